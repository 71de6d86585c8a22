#include "core/fleet/FleetTopologyRules.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace duper {

namespace {

std::optional<FollowerState> worstState(const ReplicationTopology::Remote& remote)
{
    if (remote.errorFollowers > 0)
        return FollowerState::Error;
    if (remote.pausedFollowers > 0)
        return FollowerState::Paused;
    if (remote.activeFollowers > 0)
        return FollowerState::Active;
    return std::nullopt;
}

} // namespace

QStringList FleetTopologyRules::addressForms(const QString& address)
{
    QStringList forms;
    const QString trimmed = address.trimmed().toLower();
    if (trimmed.isEmpty())
        return forms;
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    const QString port = colon < 0 ? QString() : trimmed.mid(colon);
    const QString host = colon < 0 ? trimmed : trimmed.left(colon);
    // Elasticsearch publishes "hostname/ip:port" when it knows both names.
    for (const QString& part : host.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        forms.append(part + port);
        if (part == u"localhost")
            forms.append(QStringLiteral("127.0.0.1") + port);
    }
    forms.removeDuplicates();
    return forms;
}

FleetTopology FleetTopologyRules::build(const QList<FleetClusterFacts>& clusters)
{
    FleetTopology topology;

    // One node per cluster: a second connection to the same cluster (same UUID) stands for the first.
    QHash<QString, qsizetype> firstOfUuid;
    QList<qsizetype> canonical;
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const QString& uuid = clusters.at(i).clusterUuid;
        if (!uuid.isEmpty() && firstOfUuid.contains(uuid)) {
            canonical.append(firstOfUuid.value(uuid));
            continue;
        }
        if (!uuid.isEmpty())
            firstOfUuid.insert(uuid, i);
        canonical.append(i);
        topology.nodes.append(
            {clusters.at(i).connectionId, clusters.at(i).connectionName, clusters.at(i).clusterName, {}, true});
    }
    QHash<QString, qsizetype> byAddress;
    for (qsizetype i = 0; i < clusters.size(); ++i)
        for (const QString& address : clusters.at(i).nodeAddresses)
            for (const QString& form : addressForms(address))
                byAddress.insert(form, canonical.at(i));

    QMap<QString, FleetTopology::Node> unknown;
    for (const FleetClusterFacts& follower : clusters) {
        if (!follower.replication)
            continue;
        for (const ReplicationTopology::Remote& remote : follower.replication->remotes) {
            if (!remote.replicatesAnything())
                continue;
            FleetTopology::Edge edge;
            edge.followerId = follower.connectionId;
            edge.followerName = follower.connectionName;
            edge.alias = remote.alias;
            edge.leaderAddresses = remote.addresses;
            edge.connected = remote.connected;
            edge.followerCount = remote.followerCount();
            edge.autoFollowPatterns = int(remote.activePatterns.size() + remote.pausedPatterns.size());
            edge.worstState = worstState(remote);

            qsizetype leader = -1;
            for (const QString& address : remote.addresses) {
                for (const QString& form : addressForms(address)) {
                    leader = byAddress.value(form, -1);
                    if (leader >= 0)
                        break;
                }
                if (leader >= 0)
                    break;
            }
            if (leader >= 0) {
                edge.match = FleetTopology::Match::Address;
            } else {
                QList<qsizetype> named;
                for (qsizetype i = 0; i < clusters.size(); ++i)
                    if (clusters.at(i).clusterName == remote.alias && !named.contains(canonical.at(i)))
                        named.append(canonical.at(i));
                if (named.size() == 1) {
                    leader = named.first();
                    edge.match = FleetTopology::Match::ClusterName;
                }
            }
            if (leader >= 0) {
                edge.leaderId = clusters.at(leader).connectionId;
                edge.leaderName = clusters.at(leader).connectionName;
            } else {
                QStringList sorted = remote.addresses;
                sorted.sort();
                const QString key = sorted.isEmpty() ? follower.connectionId + QLatin1Char('/') + remote.alias
                                                     : sorted.join(QLatin1Char(','));
                edge.leaderId = QStringLiteral("unknown:") + key;
                if (!unknown.contains(edge.leaderId))
                    unknown.insert(edge.leaderId, {edge.leaderId, remote.alias, {}, sorted, false});
            }
            topology.edges.append(edge);
        }
    }
    for (const FleetTopology::Node& node : std::as_const(unknown))
        topology.nodes.append(node);
    std::stable_sort(topology.edges.begin(), topology.edges.end(),
                     [](const FleetTopology::Edge& a, const FleetTopology::Edge& b) {
                         const int byName = QString::compare(a.followerName, b.followerName, Qt::CaseInsensitive);
                         return byName != 0 ? byName < 0 : a.alias < b.alias;
                     });
    return topology;
}

} // namespace duper
