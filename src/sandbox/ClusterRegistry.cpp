#include "sandbox/ClusterRegistry.h"

namespace duper::sandbox {

QString ClusterRegistry::normalize(const QString& address)
{
    QString a = address.trimmed();
    if (a.startsWith(QLatin1String("localhost:")))
        a = QStringLiteral("127.0.0.1") + a.mid(9);
    return a;
}

void ClusterRegistry::add(const QString& transportAddress, Cluster* cluster)
{
    m_clusters.insert(normalize(transportAddress), cluster);
}

void ClusterRegistry::remove(const QString& transportAddress)
{
    m_clusters.remove(normalize(transportAddress));
}

Cluster* ClusterRegistry::find(const QString& address) const
{
    return m_clusters.value(normalize(address), nullptr);
}

void ClusterRegistry::addServer(const QString& address, Cluster* cluster)
{
    m_servers.insert(normalize(address), cluster);
}

void ClusterRegistry::removeServer(const QString& address)
{
    m_servers.remove(normalize(address));
}

Cluster* ClusterRegistry::findServer(const QString& address) const
{
    return m_servers.value(normalize(address), nullptr);
}

} // namespace duper::sandbox
