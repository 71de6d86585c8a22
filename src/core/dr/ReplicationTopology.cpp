#include "core/dr/ReplicationTopology.h"

#include "core/followers/FollowManyPlan.h"
#include "core/followers/FollowerSnapshot.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace duper {

namespace {

void addOnce(QStringList& list, const QString& name)
{
    if (!list.contains(name))
        list.append(name);
}

} // namespace

ReplicationTopology ReplicationTopology::build(const RemoteInfoResponse& remotes, const FollowInfoResponse& followInfo,
                                               const QList<AutoFollowPattern>& patterns,
                                               const FollowStatsResponse* stats, const DataStreamsResponse* dataStreams)
{
    ReplicationTopology topology;
    topology.errorsKnown = stats != nullptr;
    topology.dataStreamsKnown = dataStreams != nullptr;

    // A map keeps the rows sorted by alias; an alias only followers or patterns name is listed too (not configured),
    // because a failover from it still has work to do.
    QMap<QString, Remote> byAlias;
    const auto remoteFor = [&byAlias](const QString& alias) -> Remote& {
        auto it = byAlias.find(alias);
        if (it == byAlias.end()) {
            it = byAlias.insert(alias, Remote{});
            it->alias = alias;
            it->configured = false;
        }
        return *it;
    };
    for (const RemoteClusterInfo& info : remotes.remotes) {
        Remote& remote = remoteFor(info.alias);
        remote.configured = true;
        remote.connected = info.connected;
        remote.mode = info.mode;
        remote.addresses = info.mode == RemoteClusterMode::Proxy ? QStringList{info.proxyAddress} : info.seeds;
        remote.addresses.removeAll(QString());
    }

    // The follower list's own rules decide what counts as an error (a fatal exception, repeating read failures).
    const FollowerSnapshot snapshot = FollowerSnapshot::build(followInfo, stats ? *stats : FollowStatsResponse{}, 0);
    QHash<QString, QString> remoteOfFollower;
    for (const FollowerRow& row : snapshot.rows) {
        Remote& remote = remoteFor(row.remoteCluster);
        remoteOfFollower.insert(row.name, row.remoteCluster);
        if (stats && row.state == FollowerState::Error)
            ++remote.errorFollowers;
        else if (row.state == FollowerState::Paused)
            ++remote.pausedFollowers;
        else
            ++remote.activeFollowers;
        if (!dataStreams) {
            const QString stream = FollowManyPlan::dataStreamOfBackingIndex(row.name);
            if (!stream.isEmpty())
                addOnce(remote.dataStreams, stream);
        }
    }
    if (dataStreams) {
        for (const DataStream& stream : dataStreams->dataStreams) {
            if (!stream.replicated)
                continue;
            for (const DataStreamIndex& index : stream.indices) {
                if (const auto it = remoteOfFollower.constFind(index.name); it != remoteOfFollower.constEnd()) {
                    addOnce(remoteFor(*it).dataStreams, stream.name);
                    break;
                }
            }
        }
    }

    for (const AutoFollowPattern& pattern : patterns) {
        Remote& remote = remoteFor(pattern.remoteCluster);
        (pattern.active ? remote.activePatterns : remote.pausedPatterns).append(pattern.name);
    }

    for (Remote& remote : byAlias) {
        remote.activePatterns.sort();
        remote.pausedPatterns.sort();
        remote.dataStreams.sort();
        topology.remotes.append(std::move(remote));
    }
    return topology;
}

const ReplicationTopology::Remote* ReplicationTopology::find(const QString& alias) const
{
    const auto it = std::find_if(remotes.cbegin(), remotes.cend(),
                                 [&alias](const Remote& remote) { return remote.alias == alias; });
    return it == remotes.cend() ? nullptr : &*it;
}

} // namespace duper
