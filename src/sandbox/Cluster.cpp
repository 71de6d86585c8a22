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
}

bool Cluster::startTransport(quint16 port)
{
    m_transport = std::make_unique<QTcpServer>();
    // Transport connections are accepted and closed: the emulated clusters talk in-process through the registry.
    QObject::connect(m_transport.get(), &QTcpServer::newConnection, m_transport.get(), [server = m_transport.get()] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            socket->close();
            socket->deleteLater();
        }
    });
    if (!m_transport->listen(QHostAddress::LocalHost, port))
        return false;
    m_registry.add(transportAddress(), this);
    return true;
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
        m_down = true;
        return true;
    }
    if (m_transport) {
        if (!m_transport->listen(QHostAddress::LocalHost, m_transportPortWhileDown))
            return false;
        m_registry.add(QStringLiteral("127.0.0.1:%1").arg(m_transportPortWhileDown), this);
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
    return nullptr;
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
    ReplicationEngine::run(*this);
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
