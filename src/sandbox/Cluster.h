#pragma once

#include "sandbox/AutoFollowCoordinator.h"
#include "sandbox/ClusterSettings.h"
#include "sandbox/CrossClusterApiKeys.h"
#include "sandbox/DataStreams.h"
#include "sandbox/EmulatedIndex.h"
#include "sandbox/NodeKeystore.h"
#include "sandbox/RestError.h"

#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <memory>

class QTcpServer;

namespace duper::sandbox {

class ClusterRegistry;
class FaultInjector;

// One emulated Elasticsearch cluster (a single node): its indices, cluster settings (remote clusters), auto-follow
// patterns, license and a transport port that other emulated clusters reach through the registry.
class Cluster
{
public:
    Cluster(QString clusterName, ClusterRegistry& registry, FaultInjector& faults);
    ~Cluster();
    Cluster(const Cluster&) = delete;
    Cluster& operator=(const Cluster&) = delete;

    // Listens on 127.0.0.1:<port> (0 = any) and registers the transport address.
    bool startTransport(quint16 port = 0);
    QString transportAddress() const;
    quint16 transportPort() const;
    // The remote cluster server port (remote_cluster_server.enabled, like 9443): remote clusters configured on it
    // connect only with a valid cross-cluster API key of this cluster. Listens on 127.0.0.1:<port> (0 = any).
    bool startRemoteClusterServer(quint16 port = 0);
    QString remoteClusterServerAddress() const; // empty when not started

    void setHttpPort(quint16 port) { m_httpPort = port; }
    quint16 httpPort() const { return m_httpPort; }
    // An outage: while down the transport port is closed and unregistered (other clusters see it disconnected) and
    // the cluster does not tick. Coming back listens on the same transport port again; the data is untouched.
    bool setDown(bool down);
    bool isDown() const { return m_down; }

    const QString& clusterName() const { return m_clusterName; }
    const QString& clusterUuid() const { return m_clusterUuid; }
    const QString& nodeId() const { return m_nodeId; }
    const QString& nodeName() const { return m_nodeName; }
    QString licenseType() const { return m_licenseType; }
    void setLicenseType(const QString& type) { m_licenseType = type; }
    bool ccrLicensed() const;

    QMap<QString, std::shared_ptr<EmulatedIndex>>& indices() { return m_indices; }
    EmulatedIndex* index(const QString& name) const;
    EmulatedIndex* createIndex(const QString& name, FlatSettings::Map settings);
    void deleteIndex(const QString& name);
    qint64 metadataVersion() const { return m_metadataVersion; }
    void bumpMetadataVersion() { ++m_metadataVersion; }

    // Resolves a comma-separated expression (names, wildcards, _all, -exclusions) to existing index names, sorted.
    // A missing concrete name fails with index_not_found_exception.
    QStringList resolve(const QString& expression, RestError* error) const;

    ClusterSettings& settings() { return m_settings; }
    std::optional<RemoteConnection> remote(const QString& alias) const;
    // The emulated cluster behind a remote alias when connected, else nullptr.
    Cluster* connectedRemote(const RemoteConnection& remote) const;
    // The error following through a remote that is configured but not connected gives.
    RestError remoteUnavailable(const RemoteConnection& remote) const;
    // True when the remote is reached on its remote cluster server address (the API-key model).
    bool usesApiKey(const RemoteConnection& remote) const;
    // For an API-key remote: the leader's 403 when the key's replication access does not cover `leaderIndex`.
    std::optional<RestError> replicationDenied(const RemoteConnection& remote, const QString& leaderIndex) const;

    CrossClusterApiKeys& apiKeys() { return m_apiKeys; }
    const CrossClusterApiKeys& apiKeys() const { return m_apiKeys; }
    NodeKeystore& keystore() { return m_keystore; }
    const NodeKeystore& keystore() const { return m_keystore; }

    AutoFollowCoordinator& autoFollow() { return m_autoFollow; }
    DataStreams& dataStreams() { return m_dataStreams; }
    const DataStreams& dataStreams() const { return m_dataStreams; }
    FaultInjector& faults() { return m_faults; }

    qint64 nowMs() const { return m_nowMs; }
    qint64 epochMs() const { return m_epochStartMs + m_nowMs; }
    // Advances the simulated clock and runs auto-follow and replication once.
    void tick(qint64 elapsedMs);

    QString newUuid();

private:
    // The leader cluster behind an API-key remote and the key its stored credential authenticates as (null when
    // none is loaded, or the key is unknown, invalidated or expired).
    const CrossClusterApiKey* remoteKey(const RemoteConnection& remote, Cluster** server) const;

    QString m_clusterName;
    ClusterRegistry& m_registry;
    FaultInjector& m_faults;
    QRandomGenerator m_random;
    QString m_clusterUuid;
    QString m_nodeId;
    QString m_nodeName;
    QString m_licenseType = QStringLiteral("trial");
    std::unique_ptr<QTcpServer> m_transport;
    std::unique_ptr<QTcpServer> m_remoteClusterServer;
    quint16 m_serverPortWhileDown = 0;
    CrossClusterApiKeys m_apiKeys;
    NodeKeystore m_keystore;
    quint16 m_httpPort = 0;
    quint16 m_transportPortWhileDown = 0;
    bool m_down = false;
    QMap<QString, std::shared_ptr<EmulatedIndex>> m_indices;
    qint64 m_metadataVersion = 1;
    ClusterSettings m_settings;
    AutoFollowCoordinator m_autoFollow;
    DataStreams m_dataStreams{*this};
    qint64 m_nowMs = 0;
    qint64 m_epochStartMs = 0;
};

} // namespace duper::sandbox
