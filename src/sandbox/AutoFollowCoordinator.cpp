#include "sandbox/AutoFollowCoordinator.h"

#include "sandbox/Cluster.h"
#include "sandbox/FollowService.h"
#include "sandbox/IndexPattern.h"

namespace duper::sandbox {

QString AutoFollowCoordinator::followerName(const AutoFollowPattern& pattern, const QString& leaderIndex)
{
    if (pattern.followIndexPattern.isEmpty())
        return leaderIndex;
    QString name = pattern.followIndexPattern;
    name.replace(QLatin1String("{{leader_index}}"), leaderIndex);
    return name;
}

std::optional<RestError> AutoFollowCoordinator::put(Cluster& cluster, const QString& name, AutoFollowPattern pattern)
{
    const auto remote = cluster.remote(pattern.remoteCluster);
    if (!remote)
        return RestError::noSuchRemoteCluster(pattern.remoteCluster);
    Cluster* leader = cluster.connectedRemote(*remote);
    if (!leader)
        return cluster.remoteUnavailable(*remote);
    if (!leader->ccrLicensed()) {
        return RestError(400, QStringLiteral("status_exception"),
                         QStringLiteral("can not fetch remote cluster state as the remote cluster [%1] is not licensed "
                                        "for [ccr]; the license mode [%2] on cluster [%1] does not enable [ccr]")
                             .arg(pattern.remoteCluster, leader->licenseType().toUpper()));
    }
    auto existing = m_patterns.constFind(name);
    if (existing != m_patterns.constEnd()) {
        pattern.followedLeaderUuids = existing->followedLeaderUuids;
    } else {
        for (const auto& index : std::as_const(leader->indices())) {
            const DataStream* stream = leader->dataStreams().streamOf(index->name());
            if (IndexPattern::matchesAny(pattern.leaderIndexPatterns, index->name()) ||
                (stream && IndexPattern::matchesAny(pattern.leaderIndexPatterns, stream->name)))
                pattern.followedLeaderUuids.insert(index->uuid());
        }
    }
    m_patterns.insert(name, std::move(pattern));
    cluster.bumpMetadataVersion();
    return std::nullopt;
}

void AutoFollowCoordinator::recordError(const QString& key, qint64 timestampMs, const RestError& error)
{
    m_recentErrors.insert(key, RecentError{timestampMs, error});
    while (m_recentErrors.size() > 5)
        m_recentErrors.erase(m_recentErrors.begin());
}

void AutoFollowCoordinator::run(Cluster& follower)
{
    FollowService service(follower);
    for (auto it = m_patterns.begin(); it != m_patterns.end(); ++it) {
        AutoFollowPattern& pattern = it.value();
        if (!pattern.active)
            continue;
        const auto remote = follower.remote(pattern.remoteCluster);
        Cluster* leader = remote ? follower.connectedRemote(*remote) : nullptr;
        if (!leader) {
            ++m_failedRemoteClusterStateRequests;
            recordError(it.key(), follower.epochMs(),
                        remote ? follower.remoteUnavailable(*remote)
                               : RestError::noSuchRemoteCluster(pattern.remoteCluster));
            continue;
        }
        ClusterCheck& check = m_clusters[pattern.remoteCluster];
        check.lastCheckMs = follower.nowMs();
        check.lastSeenMetadataVersion = leader->metadataVersion();
        // Copy: following may create indices (when leader and follower are the same cluster).
        const auto leaderIndices = leader->indices();
        for (const auto& index : leaderIndices) {
            if (pattern.followedLeaderUuids.contains(index->uuid()) || !index->isOpen() || index->isFollower())
                continue;
            // A backing index matches through its own name or its data stream's name, as in ES.
            const DataStream* stream = leader->dataStreams().streamOf(index->name());
            const auto matches = [&](const QStringList& patterns) {
                return IndexPattern::matchesAny(patterns, index->name()) ||
                       (stream && IndexPattern::matchesAny(patterns, stream->name));
            };
            if (!matches(pattern.leaderIndexPatterns) || matches(pattern.leaderIndexExclusionPatterns))
                continue;
            pattern.followedLeaderUuids.insert(index->uuid());
            FollowService::FollowRequest request;
            request.followerIndex = followerName(pattern, index->name());
            if (stream) {
                // The follow_index_pattern renames the stream; the backing index keeps its .ds- form.
                request.dataStreamName = followerName(pattern, stream->name);
                request.followerIndex = index->name();
                request.followerIndex.replace(QStringLiteral(".ds-") + stream->name + QLatin1Char('-'),
                                              QStringLiteral(".ds-") + request.dataStreamName + QLatin1Char('-'));
            }
            request.remoteCluster = pattern.remoteCluster;
            request.leaderIndex = index->name();
            request.parameters = pattern.parameters;
            request.settings = pattern.settings;
            if (auto error = service.follow(request)) {
                ++m_failedFollowIndices;
                recordError(index->name(), follower.epochMs(), *error);
            } else {
                ++m_successfulFollowIndices;
            }
        }
    }
}

void AutoFollowCoordinator::writeStats(JsonWriter& w, const Cluster& follower) const
{
    w.beginObject();
    w.key(QLatin1String("number_of_failed_follow_indices")).value(m_failedFollowIndices);
    w.key(QLatin1String("number_of_failed_remote_cluster_state_requests")).value(m_failedRemoteClusterStateRequests);
    w.key(QLatin1String("number_of_successful_follow_indices")).value(m_successfulFollowIndices);
    w.key(QLatin1String("recent_auto_follow_errors")).beginArray();
    for (auto it = m_recentErrors.begin(); it != m_recentErrors.end(); ++it) {
        w.beginObject();
        w.key(QLatin1String("leader_index")).value(it.key());
        w.key(QLatin1String("timestamp")).value(it->timestampMs);
        w.key(QLatin1String("auto_follow_exception")).raw(it->error.causeJson(false));
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1String("auto_followed_clusters")).beginArray();
    for (auto it = m_clusters.begin(); it != m_clusters.end(); ++it) {
        w.beginObject();
        w.key(QLatin1String("cluster_name")).value(it.key());
        w.key(QLatin1String("time_since_last_check_millis")).value(follower.nowMs() - it->lastCheckMs);
        w.key(QLatin1String("last_seen_metadata_version")).value(it->lastSeenMetadataVersion);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace duper::sandbox
