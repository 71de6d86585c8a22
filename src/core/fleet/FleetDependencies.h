#pragma once

#include <QStringList>

class QNetworkAccessManager;
class QSettings;

namespace duper {

class SecretPrompter;
class SecretStore;
class SessionSecretCache;

// What the fleet opens its sessions with, handed to each cluster's ClusterSessionOpener. Only the network manager is
// required; see ClusterSessionOpener for what a null one of the others means. All must outlive the fleet.
struct FleetDependencies
{
    QNetworkAccessManager* network = nullptr;
    SecretStore* secrets = nullptr;
    SessionSecretCache* cache = nullptr;
    SecretPrompter* prompter = nullptr;
    QSettings* settings = nullptr;
    // More CA certificates to trust for every connection, on top of each profile's (the CLI's --ca-cert).
    QStringList extraCaCertificateFiles;
};

} // namespace duper
