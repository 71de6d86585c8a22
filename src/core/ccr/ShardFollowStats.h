#pragma once

#include "core/ccr/ReadException.h"
#include "core/es/ErrorCause.h"

#include <QList>
#include <QString>
#include <optional>

namespace duper {

// The stats of one shard-follow task (ShardFollowNodeTaskStatus), as in follow_stats and ccr stats.
// Fields missing from older versions stay at their defaults (0, or -1 for sequence numbers).
struct ShardFollowStats
{
    QString remoteCluster;
    QString leaderIndex;
    QString followerIndex;
    int shardId = 0;
    qint64 leaderGlobalCheckpoint = -1;
    qint64 leaderMaxSeqNo = -1;
    qint64 followerGlobalCheckpoint = -1;
    qint64 followerMaxSeqNo = -1;
    qint64 lastRequestedSeqNo = -1;
    int outstandingReadRequests = 0;
    int outstandingWriteRequests = 0;
    int writeBufferOperationCount = 0;
    qint64 writeBufferSizeInBytes = 0;
    qint64 followerMappingVersion = 0;
    qint64 followerSettingsVersion = 0;
    qint64 followerAliasesVersion = 0;
    qint64 totalReadTimeMillis = 0;
    qint64 totalReadRemoteExecTimeMillis = 0;
    qint64 successfulReadRequests = 0;
    qint64 failedReadRequests = 0;
    qint64 operationsRead = 0;
    qint64 bytesRead = 0;
    qint64 totalWriteTimeMillis = 0;
    qint64 successfulWriteRequests = 0;
    qint64 failedWriteRequests = 0;
    qint64 operationsWritten = 0;
    QList<ReadException> readExceptions;
    qint64 timeSinceLastReadMillis = -1;
    // Present only when the task stopped on a non-retryable error; it must then be resumed by hand.
    std::optional<ErrorCause> fatalException;

    // leader_global_checkpoint - follower_global_checkpoint, never negative.
    qint64 globalCheckpointLag() const
    {
        return leaderGlobalCheckpoint > followerGlobalCheckpoint ? leaderGlobalCheckpoint - followerGlobalCheckpoint
                                                                 : 0;
    }
};

} // namespace duper
