#include "core/remotes/RemoteClusterRow.h"

#include "core/remotes/RemoteAddress.h"

#include <QMap>
#include <algorithm>
#include <utility>

namespace duper {

QString RemoteClusterRow::addresses() const
{
    return mode == RemoteClusterMode::Proxy ? proxyAddress : seeds.join(QStringLiteral(", "));
}

QString RemoteClusterRow::securityKey(Security security)
{
    return security == Security::ApiKey ? QStringLiteral("api_key") : QStringLiteral("certificate");
}

RemoteClusterRow::Security RemoteClusterRow::securityOf(bool hasCredentials, const QStringList& seeds,
                                                        const QString& proxyAddress)
{
    if (hasCredentials)
        return Security::ApiKey;
    QStringList addresses = seeds;
    if (!proxyAddress.isEmpty())
        addresses << proxyAddress;
    for (const QString& text : std::as_const(addresses)) {
        const std::optional<RemoteAddress> address = RemoteAddress::parse(text);
        if (address && address->port == defaultRemoteClusterServerPort)
            return Security::ApiKey;
    }
    return Security::Certificate;
}

namespace {
// Transient settings win over persistent ones, as in ES.
const RemoteClusterSettings* settingsOf(const ClusterSettingsResponse& settings, const QString& alias)
{
    if (const RemoteClusterSettings* transient = settings.find(alias, false))
        return transient;
    return settings.find(alias, true);
}

void applySettings(RemoteClusterRow& row, const RemoteClusterSettings& settings, bool fillFromSettings)
{
    row.source = settings.persistent ? RemoteClusterRow::Source::Persistent : RemoteClusterRow::Source::Transient;
    if (!fillFromSettings)
        return;
    row.mode =
        settings.mode.value_or(settings.proxyAddress.isEmpty() ? RemoteClusterMode::Sniff : RemoteClusterMode::Proxy);
    row.seeds = settings.seeds;
    row.proxyAddress = settings.proxyAddress;
    row.serverName = settings.serverName.value_or(QString());
    row.skipUnavailable = settings.skipUnavailable.value_or(false);
    row.maxNodeConnections = settings.nodeConnections.value_or(3);
    row.maxSocketConnections = settings.proxySocketConnections.value_or(18);
    row.security = RemoteClusterRow::securityOf(false, row.seeds, row.proxyAddress);
}
} // namespace

QList<RemoteClusterRow> RemoteClusterRow::merge(const RemoteInfoResponse& info, const ClusterSettingsResponse& settings,
                                                const FollowInfoResponse* followers)
{
    QMap<QString, RemoteClusterRow> rows;
    for (const RemoteClusterInfo& remote : info.remotes) {
        RemoteClusterRow row{.alias = remote.alias,
                             .mode = remote.mode,
                             .seeds = remote.seeds,
                             .proxyAddress = remote.proxyAddress,
                             .serverName = remote.serverName,
                             .connected = remote.connected,
                             .nodesConnected = remote.numNodesConnected,
                             .maxNodeConnections = remote.maxConnectionsPerCluster,
                             .socketsConnected = remote.numProxySocketsConnected,
                             .maxSocketConnections = remote.maxProxySocketConnections,
                             .skipUnavailable = remote.skipUnavailable,
                             .initialConnectTimeout = remote.initialConnectTimeout,
                             .security =
                                 securityOf(remote.clusterCredentials.has_value(), remote.seeds, remote.proxyAddress),
                             .credentialPresent = remote.clusterCredentials.has_value(),
                             .source = Source::Node,
                             .usedBy = {},
                             .usedByKnown = false};
        if (const RemoteClusterSettings* configured = settingsOf(settings, remote.alias))
            applySettings(row, *configured, false);
        rows.insert(row.alias, row);
    }
    for (const RemoteClusterSettings& configured : settings.remotes) {
        if (rows.contains(configured.alias) || configured.remove)
            continue;
        // Settings that only null keys leave nothing behind.
        if (configured.seeds.isEmpty() && configured.proxyAddress.isEmpty())
            continue;
        RemoteClusterRow row;
        row.alias = configured.alias;
        row.inRemoteInfo = false;
        applySettings(row, *settingsOf(settings, configured.alias), true);
        rows.insert(row.alias, row);
    }
    if (followers) {
        for (const FollowerInfo& follower : followers->followers) {
            auto it = rows.find(follower.remoteCluster);
            if (it != rows.end())
                it->usedBy << follower.followerIndex;
        }
        for (RemoteClusterRow& row : rows) {
            row.usedByKnown = true;
            std::sort(row.usedBy.begin(), row.usedBy.end());
        }
    }
    return rows.values();
}

} // namespace duper
