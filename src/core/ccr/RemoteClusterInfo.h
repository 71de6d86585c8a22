#pragma once

#include "core/ccr/RemoteClusterMode.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// One remote of GET /_remote/info. Mode-specific fields keep their defaults for the other mode; 6.x-7.5 send no
// `mode` (those are sniff).
struct RemoteClusterInfo
{
    QString alias;
    bool connected = false;
    RemoteClusterMode mode = RemoteClusterMode::Sniff;
    // sniff
    QStringList seeds;
    int numNodesConnected = 0;
    int maxConnectionsPerCluster = 0;
    // proxy
    QString proxyAddress;
    QString serverName;
    int numProxySocketsConnected = 0;
    int maxProxySocketConnections = 0;
    // both
    QString initialConnectTimeout; // time value as ES renders it, e.g. "30s"
    bool skipUnavailable = false;
    std::optional<QString> clusterCredentials; // "::es_redacted::" for API-key based remotes (8.8+)
};

} // namespace duper
