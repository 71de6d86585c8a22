#include "sandbox/Cluster.h"

#include "sandbox/ClusterRegistry.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/IndexPattern.h"
#include "sandbox/ReplicationEngine.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>

namespace duper::sandbox {

namespace {

quint32 seedFor(const QString& name)
{
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

// Connections to the emulated ports are accepted and closed: the clusters talk in-process through the registry.
std::unique_ptr<QTcpServer> acceptingServer()
{
    auto server = std::make_unique<QTcpServer>();
    QObject::connect(server.get(), &QTcpServer::newConnection, server.get(), [s = server.get()] {
        while (QTcpSocket* socket = s->nextPendingConnection()) {
            socket->close();
            socket->deleteLater();
        }
    });
    return server;
}

} // namespace

Cluster::Cluster(QString clusterName, ClusterRegistry& registry, FaultInjector& faults)
    : m_clusterName(std::move(clusterName)), m_registry(registry), m_faults(faults), m_random(seedFor(m_clusterName))
{
    m_clusterUuid = newUuid();
    m_nodeId = newUuid();
    m_nodeName = m_clusterName + QStringLiteral("-node-0");
    m_epochStartMs = QDateTime::currentMSecsSinceEpoch();
}

Cluster::~Cluster()
{
    if (m_transport && !m_down)
        m_registry.remove(transportAddress());
    if (m_remoteClusterServer && !m_down)
        m_registry.removeServer(remoteClusterServerAddress());
}

bool Cluster::startTransport(quint16 port)
{
    m_transport = acceptingServer();
    if (!m_transport->listen(QHostAddress::LocalHost, port))
        return false;
    m_registry.add(transportAddress(), this);
    return true;
}

bool Cluster::startRemoteClusterServer(quint16 port)
{
    m_remoteClusterServer = acceptingServer();
    if (!m_remoteClusterServer->listen(QHostAddress::LocalHost, port))
        return false;
    m_registry.addServer(remoteClusterServerAddress(), this);
    return true;
}

QString Cluster::remoteClusterServerAddress() const
{
    if (!m_remoteClusterServer)
        return {};
    const quint16 port = m_down ? m_serverPortWhileDown : m_remoteClusterServer->serverPort();
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QString Cluster::transportAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(transportPort());
}

quint16 Cluster::transportPort() const
{
    if (m_down)
        return m_transportPortWhileDown;
    return m_transport ? m_transport->serverPort() : 0;
}

bool Cluster::setDown(bool down)
{
    if (down == m_down)
        return true;
    if (down) {
        m_transportPortWhileDown = transportPort();
        if (m_transport) {
            m_registry.remove(transportAddress());
            m_transport->close();
        }
        if (m_remoteClusterServer) {
            m_serverPortWhileDown = m_remoteClusterServer->serverPort();
            m_registry.removeServer(remoteClusterServerAddress());
            m_remoteClusterServer->close();
        }
        m_down = true;
        return true;
    }
    if (m_transport) {
        if (!m_transport->listen(QHostAddress::LocalHost, m_transportPortWhileDown))
            return false;
        m_registry.add(QStringLiteral("127.0.0.1:%1").arg(m_transportPortWhileDown), this);
    }
    if (m_remoteClusterServer) {
        if (!m_remoteClusterServer->listen(QHostAddress::LocalHost, m_serverPortWhileDown))
            return false;
        m_registry.addServer(QStringLiteral("127.0.0.1:%1").arg(m_serverPortWhileDown), this);
    }
    m_down = false;
    return true;
}

bool Cluster::ccrLicensed() const
{
    return m_licenseType == u"trial" || m_licenseType == u"platinum" || m_licenseType == u"enterprise";
}

EmulatedIndex* Cluster::index(const QString& name) const
{
    auto it = m_indices.constFind(name);
    return it == m_indices.constEnd() ? nullptr : it->get();
}

EmulatedIndex* Cluster::createIndex(const QString& name, FlatSettings::Map settings)
{
    const int shards = settings.value(QStringLiteral("index.number_of_shards"), QStringLiteral("1")).toString().toInt();
    auto index = std::make_shared<EmulatedIndex>(name, newUuid(), shards, epochMs(), std::move(settings));
    m_indices.insert(name, index);
    ++m_metadataVersion;
    return index.get();
}

void Cluster::deleteIndex(const QString& name)
{
    m_indices.remove(name);
    ++m_metadataVersion;
}

QStringList Cluster::resolve(const QString& expression, RestError* error) const
{
    QStringList result;
    const QStringList parts = expression.isEmpty() ? QStringList{QStringLiteral("_all")}
                                                   : expression.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part == u"_all" || part == u"*") {
            for (auto it = m_indices.begin(); it != m_indices.end(); ++it)
                result.append(it.key());
        } else if (part.startsWith(QLatin1Char('-')) && !result.isEmpty()) {
            const QString pattern = part.mid(1);
            result.removeIf([&](const QString& n) { return IndexPattern::matches(pattern, n); });
        } else if (IndexPattern::isWildcard(part)) {
            for (auto it = m_indices.begin(); it != m_indices.end(); ++it) {
                if (IndexPattern::matches(part, it.key()))
                    result.append(it.key());
            }
        } else if (m_indices.contains(part)) {
            result.append(part);
        } else if (const auto stream = m_dataStreams.streams().constFind(part);
                   stream != m_dataStreams.streams().constEnd()) {
            result += stream->indices; // a data stream stands for its backing indices
        } else {
            if (error)
                *error = RestError::indexNotFound(part);
            return {};
        }
    }
    result.sort();
    result.removeDuplicates();
    return result;
}

std::optional<RemoteConnection> Cluster::remote(const QString& alias) const
{
    const auto remotes = m_settings.remotes();
    auto it = remotes.constFind(alias);
    if (it == remotes.constEnd())
        return std::nullopt;
    return *it;
}

Cluster* Cluster::connectedRemote(const RemoteConnection& remote) const
{
    if (m_faults.remoteDisconnected)
        return nullptr;
    for (const QString& address : remote.addresses()) {
        if (Cluster* cluster = m_registry.find(address))
            return cluster;
    }
    Cluster* server = nullptr;
    return remoteKey(remote, &server) ? server : nullptr;
}

bool Cluster::usesApiKey(const RemoteConnection& remote) const
{
    for (const QString& address : remote.addresses()) {
        if (m_registry.findServer(address))
            return true;
    }
    return false;
}

const CrossClusterApiKey* Cluster::remoteKey(const RemoteConnection& remote, Cluster** server) const
{
    const auto credentials = m_keystore.remoteCredentials(remote.alias);
    if (!credentials)
        return nullptr;
    for (const QString& address : remote.addresses()) {
        if (Cluster* cluster = m_registry.findServer(address)) {
            *server = cluster;
            return cluster->apiKeys().authenticate(*credentials, cluster->epochMs());
        }
    }
    return nullptr;
}

std::optional<RestError> Cluster::replicationDenied(const RemoteConnection& remote, const QString& leaderIndex) const
{
    Cluster* server = nullptr;
    const CrossClusterApiKey* key = remoteKey(remote, &server);
    if (!key || key->allowsReplicationOf(leaderIndex))
        return std::nullopt;
    // The fulfilling cluster's denial for a cross-cluster request (message built as Elasticsearch's
    // AuthorizationDenialMessages does for remote access; the user is the one following on this cluster).
    return RestError(403, QStringLiteral("security_exception"),
                     QStringLiteral("action [indices:internal/admin/ccr/restore/session/put] towards remote cluster is "
                                    "unauthorized for user [elastic] with assigned roles [superuser] authenticated by "
                                    "API key id [%1] of user [%2] on indices [%3], this action is granted by the "
                                    "index privileges [cross_cluster_replication_internal,all]")
                         .arg(key->id, key->creator, leaderIndex));
}

RestError Cluster::remoteUnavailable(const RemoteConnection& remote) const
{
    if (remote.proxyMode) {
        return {500, QStringLiteral("connect_transport_exception"),
                QStringLiteral("[%1] Unable to connect to remote cluster [%2]").arg(remote.proxyAddress, remote.alias)};
    }
    return {500, QStringLiteral("no_seed_node_left_exception"),
            QStringLiteral("Unable to open any connections to remote cluster [%1]").arg(remote.alias)};
}

void Cluster::tick(qint64 elapsedMs)
{
    if (m_down)
        return;
    m_nowMs += elapsedMs;
    m_autoFollow.run(*this);
    ReplicationEngine::run(*this, elapsedMs);
}

QString Cluster::newUuid()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QString id;
    id.reserve(22);
    for (int i = 0; i < 22; ++i)
        id.append(QLatin1Char(alphabet[m_random.bounded(64)]));
    return id;
}

} // namespace duper::sandbox
