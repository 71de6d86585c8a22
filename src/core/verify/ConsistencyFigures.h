#pragma once

#include "core/ccr/ShardFollowStats.h"
#include "core/es/EsError.h"

#include <QList>
#include <QString>
#include <optional>

namespace duper {

// What a consistency check gathered about one follower index: its follow info, the per-shard checkpoints from
// GET /{follower}/_ccr/stats, and both copies' document counts (GET /{index}/_count on each cluster), or why some
// of it could not be read. ConsistencyRules turns it into a verdict.
struct ConsistencyFigures
{
    enum class Problem
    {
        None,
        FollowerMissing,     // the follower index does not exist
        NotAFollower,        // it exists but follows nothing
        OtherRemote,         // it follows another remote cluster than the leader given
        LeaderMissing,       // the leader index does not exist on the leader cluster
        LeaderUnreachable,   // the leader cluster could not be reached (or refused the credentials)
        FollowerUnreachable, // the follower cluster could not be reached while checking
        Failed,              // any other refusal
    };

    QString followerIndex;
    QString remoteCluster;
    QString leaderIndex;
    bool paused = false;
    // From the last stats read; empty while paused (ES lists running shard tasks only).
    QList<ShardFollowStats> shards;
    std::optional<qint64> leaderDocuments;
    std::optional<qint64> followerDocuments;
    // The checkpoints or the leader's max seq no changed between the stats read before and after the counts, so the
    // counts may come from different moments.
    bool movedDuringCheck = false;

    Problem problem = Problem::None;
    QString expectedRemote; // for OtherRemote: the remote cluster the leader given stands for
    EsError error;          // the error behind the problem, when there was one
};

} // namespace duper
