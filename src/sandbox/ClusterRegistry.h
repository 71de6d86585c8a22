#pragma once

#include <QHash>
#include <QString>

namespace duper::sandbox {

class Cluster;

// The emulated clusters of one sandbox by transport address ("127.0.0.1:9300"): how a remote-cluster seed or
// proxy address finds the cluster listening there. Passed to each cluster; not a global.
class ClusterRegistry
{
public:
    void add(const QString& transportAddress, Cluster* cluster);
    void remove(const QString& transportAddress);
    // Accepts "host:port" with host 127.0.0.1 or localhost; nullptr when no emulated cluster listens there.
    Cluster* find(const QString& address) const;
    static QString normalize(const QString& address);

    // Remote cluster server addresses (the API-key security model's port, like 9443), kept apart from the
    // transport addresses: a connection there must present a cross-cluster API key.
    void addServer(const QString& address, Cluster* cluster);
    void removeServer(const QString& address);
    Cluster* findServer(const QString& address) const;

private:
    QHash<QString, Cluster*> m_clusters;
    QHash<QString, Cluster*> m_servers;
};

} // namespace duper::sandbox
