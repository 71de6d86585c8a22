#pragma once

#include "core/ccr/FollowerInfo.h"
#include "core/ccr/ShardFollowStats.h"
#include "core/values/FollowParameters.h"

#include <QList>
#include <QString>
#include <optional>

namespace duper {

// What a user sees as a follower's status. Error is ours, not Elasticsearch's: a shard task stopped on a
// fatal_exception, or its reads keep failing (see FollowerRow::repeatingReadFailureThreshold).
enum class FollowerState
{
    Active,
    Paused,
    Error
};

// One follower index as the Follower indices tab shows it: follow info merged with its shard-follow stats and the
// figures derived from them.
struct FollowerRow
{
    // A read exception retried this many times (or more) counts as "keeps repeating" and makes the row Error.
    static constexpr int repeatingReadFailureThreshold = 3;

    QString name; // the follower index
    QString remoteCluster;
    QString leaderIndex;
    FollowerState state = FollowerState::Active;
    FollowParameters parameters; // as reported; empty for paused followers (ES sends none)
    bool hasParameters = false;
    QList<ShardFollowStats> shards; // sorted by shard id; empty when paused

    // Sum over shards of leader global checkpoint - follower global checkpoint.
    qint64 lag = 0;
    qint64 operationsWritten = 0; // sum over shards
    // From the change in operationsWritten since the previous snapshot; nullopt on the first one, when paused, or
    // when the counter went backwards (the follower was recreated).
    std::optional<double> operationsPerSecond;
    // The longest time since a shard last read from the leader; nullopt when there are no shards.
    std::optional<qint64> timeSinceLastReadMillis;
    qint64 failedReads = 0; // sum of failed_read_requests
    int readExceptionCount = 0;
    bool hasFatalException = false;
    // One line for the Error state ("shard 0: <reason>"), empty otherwise.
    QString errorSummary;
};

QString followerStateName(FollowerState state); // "Active", "Paused", "Error" (untranslated; for CLI/JSON)

} // namespace duper
