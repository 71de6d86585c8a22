#include "sandbox/ShardFollowTask.h"

namespace duper::sandbox {

namespace {

struct Batch
{
    qint64 count = 0;
    qint64 bytes = 0;
};

// The operations from `from` on (at most up to `last`) that one read or bulk write takes: at most `maxOps`, and no
// more bytes than `maxBytes` unless a single operation is larger (it still goes, alone).
Batch takeBatch(const QList<Operation>& history, qint64 from, qint64 last, qint64 maxOps, qint64 maxBytes)
{
    Batch batch;
    for (qint64 seq = from; batch.count < maxOps && seq <= last; ++seq) {
        const qint64 opBytes = history.at(seq).bytes;
        if (batch.count > 0 && batch.bytes + opBytes > maxBytes)
            break;
        batch.bytes += opBytes;
        ++batch.count;
    }
    return batch;
}

} // namespace

ShardFollowTask::ShardFollowTask(int shardId, qint64 followerCheckpoint, qint64 nowMs)
    : m_shardId(shardId), m_leaderCheckpoint(followerCheckpoint), m_leaderMaxSeqNo(followerCheckpoint),
      m_read(followerCheckpoint), m_written(followerCheckpoint), m_lastRequested(followerCheckpoint)
{
    Q_UNUSED(nowMs);
}

ShardFollowTask::Written ShardFollowTask::step(const QList<Operation>* leaderHistory, const FollowLimits& limits,
                                               qint64 nowMs, qint64 readBudget, const RestError& readFailure)
{
    Written written;
    if (m_fatal)
        return written;
    if (!leaderHistory) {
        ++m_failedReads;
        m_outstandingReads = 0;
        const qint64 from = m_read + 1;
        if (!m_readExceptions.isEmpty() && m_readExceptions.last().fromSeqNo == from) {
            ++m_readExceptions.last().retries;
            m_readExceptions.last().error = readFailure;
        } else {
            m_readExceptions.append(ReadException{from, 1, readFailure});
        }
        return written;
    }
    m_readExceptions.clear();
    const qint64 leaderMax = leaderHistory->size() - 1;
    m_leaderMaxSeqNo = leaderMax;
    m_leaderCheckpoint = leaderMax;

    // Reads: up to max_outstanding_read_requests batches, each bounded by the operation count and byte size,
    // and only while the write buffer has room.
    int reads = 0;
    const qint64 readLimit = readBudget >= leaderMax - m_read ? leaderMax : m_read + readBudget;
    while (reads < limits.maxOutstandingReads && m_read < readLimit && (m_read - m_written) < limits.maxBufferCount &&
           m_bufferBytes < limits.maxBufferBytes) {
        const qint64 from = m_read + 1;
        const auto [count, bytes] = takeBatch(*leaderHistory, from, readLimit, limits.maxReadOps, limits.maxReadBytes);
        m_lastRequested = qMin(leaderMax, from + limits.maxReadOps - 1);
        m_read += count;
        m_bufferBytes += bytes;
        m_operationsRead += count;
        m_bytesRead += bytes;
        ++m_successfulReads;
        const qint64 millis = 1 + count / 1000;
        m_totalReadMillis += millis;
        m_totalReadRemoteExecMillis += qMax<qint64>(0, millis - 1) + (count > 0 ? 1 : 0);
        ++reads;
    }
    if (reads == 0 && m_read >= leaderMax) {
        // Caught up: the long-poll read returns empty.
        ++m_successfulReads;
        m_outstandingReads = 1;
    } else {
        m_outstandingReads =
            (m_read < leaderMax) ? static_cast<int>(qMin<qint64>(reads, limits.maxOutstandingReads)) : 1;
    }
    m_lastReadAt = nowMs;

    // Writes: up to max_outstanding_write_requests bulk requests bounded by count and size.
    const qint64 firstWritten = m_written + 1;
    int writes = 0;
    while (writes < limits.maxOutstandingWrites && m_written < m_read) {
        const auto [count, bytes] =
            takeBatch(*leaderHistory, m_written + 1, m_read, limits.maxWriteOps, limits.maxWriteBytes);
        m_written += count;
        m_bufferBytes -= bytes;
        m_operationsWritten += count;
        ++m_successfulWrites;
        m_totalWriteMillis += 1 + count / 2000;
        ++writes;
    }
    written.from = firstWritten;
    written.to = m_written;
    return written;
}

void ShardFollowTask::writeStats(JsonWriter& w, const QString& remote, const QString& leader, const QString& follower,
                                 qint64 nowMs) const
{
    w.beginObject();
    w.key(QLatin1String("remote_cluster")).value(remote);
    w.key(QLatin1String("leader_index")).value(leader);
    w.key(QLatin1String("follower_index")).value(follower);
    w.key(QLatin1String("shard_id")).value(m_shardId);
    w.key(QLatin1String("leader_global_checkpoint")).value(m_leaderCheckpoint);
    w.key(QLatin1String("leader_max_seq_no")).value(m_leaderMaxSeqNo);
    w.key(QLatin1String("follower_global_checkpoint")).value(m_written);
    w.key(QLatin1String("follower_max_seq_no")).value(m_written);
    w.key(QLatin1String("last_requested_seq_no")).value(m_lastRequested);
    w.key(QLatin1String("outstanding_read_requests")).value(m_fatal ? 0 : m_outstandingReads);
    w.key(QLatin1String("outstanding_write_requests")).value(0);
    w.key(QLatin1String("write_buffer_operation_count")).value(m_read - m_written);
    w.key(QLatin1String("write_buffer_size_in_bytes")).value(m_bufferBytes);
    w.key(QLatin1String("follower_mapping_version")).value(1);
    w.key(QLatin1String("follower_settings_version")).value(1);
    w.key(QLatin1String("follower_aliases_version")).value(1);
    w.key(QLatin1String("total_read_time_millis")).value(m_totalReadMillis);
    w.key(QLatin1String("total_read_remote_exec_time_millis")).value(m_totalReadRemoteExecMillis);
    w.key(QLatin1String("successful_read_requests")).value(m_successfulReads);
    w.key(QLatin1String("failed_read_requests")).value(m_failedReads);
    w.key(QLatin1String("operations_read")).value(m_operationsRead);
    w.key(QLatin1String("bytes_read")).value(m_bytesRead);
    w.key(QLatin1String("total_write_time_millis")).value(m_totalWriteMillis);
    w.key(QLatin1String("successful_write_requests")).value(m_successfulWrites);
    w.key(QLatin1String("failed_write_requests")).value(0);
    w.key(QLatin1String("operations_written")).value(m_operationsWritten);
    w.key(QLatin1String("read_exceptions")).beginArray();
    for (const ReadException& e : m_readExceptions) {
        w.beginObject();
        w.key(QLatin1String("from_seq_no")).value(e.fromSeqNo);
        w.key(QLatin1String("retries")).value(e.retries);
        w.key(QLatin1String("exception")).raw(e.error.causeJson(false));
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1String("time_since_last_read_millis")).value(m_lastReadAt < 0 ? qint64(-1) : nowMs - m_lastReadAt);
    if (m_fatal)
        w.key(QLatin1String("fatal_exception")).raw(m_fatal->causeJson(false));
    w.endObject();
}

} // namespace duper::sandbox
