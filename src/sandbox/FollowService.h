#pragma once

#include "core/values/FollowParameters.h"
#include "sandbox/FlatSettings.h"
#include "sandbox/RestError.h"

#include <optional>

namespace duper::sandbox {

class Cluster;

// The follower-side CCR state changes (follow, pause, resume, unfollow) with ES's checks in ES's order. Used by the
// REST routes and by the auto-follow coordinator.
class FollowService
{
public:
    struct FollowRequest
    {
        QString followerIndex;
        QString remoteCluster;
        QString leaderIndex;
        FollowParameters parameters;
        FlatSettings::Map settings; // overrides, keys normalised to "index.*"
        QString dataStreamName;     // the local data stream a followed backing index joins (default: the leader's)
    };

    explicit FollowService(Cluster& cluster) : m_cluster(cluster) {}

    std::optional<RestError> follow(const FollowRequest& request);
    std::optional<RestError> pause(const QString& index);
    std::optional<RestError> resume(const QString& index, const FollowParameters& parameters);
    std::optional<RestError> unfollow(const QString& index);

    static RestError licenseNonCompliant();

private:
    // A follower of a backing index becomes a backing index of a replicated data stream, as ES does.
    void joinReplicatedDataStream(const FollowRequest& request, Cluster& leaderCluster);

    Cluster& m_cluster;
};

} // namespace duper::sandbox
