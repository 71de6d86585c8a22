#pragma once

#include "core/batch/BatchRunner.h"
#include "core/ccr/ForgetFollowerRequest.h"
#include "core/ccr/ForgetFollowerResponse.h"

#include <QObject>
#include <QString>
#include <functional>

namespace duper {

class CcrApi;

// forget_follower for one follower index, the four requests it takes: the follower cluster's name (GET /), the
// follower index's UUID (its settings), the alias the follower knows the leader cluster by (given, else the
// follower's follow info, else the follower cluster's only remote cluster), then POST
// /<leader_index>/_ccr/forget_follower on the LEADER cluster. The leader keeps a follower's retention leases until it
// is told to forget them, so this is what frees them after an unfollow.
class ForgetFollowerTask
{
public:
    struct Target
    {
        QString followerIndex;
        QString leaderIndex;
        QString leaderRemoteCluster; // empty: found as above
    };
    // Called once the leader answered, before `finish`, with what was sent and the shard counts.
    using Answered = std::function<void(const ForgetFollowerRequest& request, const ForgetFollowerResponse& response)>;

    // Runs the steps; `finish` gets Succeeded, or Failed with a sentence naming the cluster that failed (also when
    // some of the leader's shards failed). Replies arriving after `guard` is gone are dropped.
    static BatchRunner::Cancel run(CcrApi* follower, CcrApi* leader, const Target& target,
                                   const BatchRunner::Finish& finish, const Answered& answered, QObject* guard);
};

} // namespace duper
