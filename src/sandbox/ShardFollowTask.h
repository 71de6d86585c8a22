#pragma once

#include "sandbox/FollowLimits.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/Operation.h"
#include "sandbox/RestError.h"

#include <QList>
#include <QString>
#include <optional>

namespace duper::sandbox {

// The replication state and statistics of one follower shard (ES's ShardFollowNodeTask): reads the leader shard's
// history in batches bounded by the follow parameters, buffers and writes them, and keeps the numbers follow_stats
// reports. Time is simulated: the caller passes the sandbox clock.
class ShardFollowTask
{
public:
    struct Written
    {
        qint64 from = 0;
        qint64 to = -1; // inclusive; empty when to < from
    };

    ShardFollowTask(int shardId, qint64 followerCheckpoint, qint64 nowMs);

    int shardId() const { return m_shardId; }
    // One step of replication. `leaderHistory` is null when the leader cannot be read; `readFailure` says why.
    // At most `readBudget` operations are read in this step (a rate-limited link to the leader).
    Written step(const QList<Operation>* leaderHistory, const FollowLimits& limits, qint64 nowMs, qint64 readBudget,
                 const RestError& readFailure);
    void setFatal(const RestError& error) { m_fatal = error; }
    bool hasFatal() const { return m_fatal.has_value(); }

    qint64 leaderGlobalCheckpoint() const { return m_leaderCheckpoint; }
    qint64 followerGlobalCheckpoint() const { return m_written; }
    qint64 operationsWritten() const { return m_operationsWritten; }
    qint64 globalCheckpointLag() const { return qMax<qint64>(0, m_leaderCheckpoint - m_written); }

    void writeStats(JsonWriter& w, const QString& remote, const QString& leader, const QString& follower,
                    qint64 nowMs) const;

private:
    struct ReadException
    {
        qint64 fromSeqNo = 0;
        int retries = 0;
        RestError error;
    };

    int m_shardId = 0;
    qint64 m_leaderCheckpoint = -1;
    qint64 m_leaderMaxSeqNo = -1;
    qint64 m_read = -1;    // last sequence number read into the buffer
    qint64 m_written = -1; // follower max seq no = global checkpoint
    qint64 m_lastRequested = -1;
    qint64 m_bufferBytes = 0;
    int m_outstandingReads = 0;
    qint64 m_totalReadMillis = 0;
    qint64 m_totalReadRemoteExecMillis = 0;
    qint64 m_successfulReads = 0;
    qint64 m_failedReads = 0;
    qint64 m_operationsRead = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalWriteMillis = 0;
    qint64 m_successfulWrites = 0;
    qint64 m_operationsWritten = 0;
    qint64 m_lastReadAt = -1;
    QList<ReadException> m_readExceptions;
    std::optional<RestError> m_fatal;
};

} // namespace duper::sandbox
