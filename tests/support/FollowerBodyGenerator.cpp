#include "FollowerBodyGenerator.h"

#include <QRandomGenerator>

namespace duper::test {

namespace {

void appendField(QByteArray& out, const char* key, qint64 value)
{
    out += '"';
    out += key;
    out += "\":";
    out += QByteArray::number(value);
    out += ',';
}

void appendField(QByteArray& out, const char* key, const QString& value)
{
    out += '"';
    out += key;
    out += "\":\"";
    out += value.toUtf8();
    out += "\",";
}

// Replaces the trailing ',' of the last member with `closer`.
void close(QByteArray& out, char closer)
{
    if (out.endsWith(','))
        out.chop(1);
    out += closer;
}

// Per follower and shard: a reproducible stream of numbers.
QRandomGenerator rngFor(quint32 seed, int follower, int shard)
{
    return QRandomGenerator(seed ^ (quint32(follower) * 2654435761u) ^ (quint32(shard + 1) * 40503u));
}

} // namespace

QString FollowerBodyGenerator::followerName(int follower)
{
    return QStringLiteral("follower-%1").arg(follower, 6, 10, QLatin1Char('0'));
}

QString FollowerBodyGenerator::leaderName(int follower)
{
    return QStringLiteral("leader-%1").arg(follower, 6, 10, QLatin1Char('0'));
}

QString FollowerBodyGenerator::remoteName(int follower)
{
    return QStringLiteral("leader-cluster-%1").arg(follower % 3);
}

bool FollowerBodyGenerator::isPaused(int follower) const
{
    return m_options.pausedEvery > 0 && follower % m_options.pausedEvery == m_options.pausedEvery - 1;
}

int FollowerBodyGenerator::shardCount(int follower) const
{
    return m_options.maxShards <= 1 ? 1 : 1 + follower % m_options.maxShards;
}

int FollowerBodyGenerator::activeFollowers() const
{
    int count = 0;
    for (int i = 0; i < m_options.followers; ++i)
        count += isPaused(i) ? 0 : 1;
    return count;
}

qint64 FollowerBodyGenerator::leaderGlobalCheckpoint(int follower, int shard) const
{
    QRandomGenerator rng = rngFor(m_options.seed, follower, shard);
    return 1000 + qint64(rng.bounded(10'000'000));
}

qint64 FollowerBodyGenerator::followerGlobalCheckpoint(int follower, int shard) const
{
    QRandomGenerator rng = rngFor(m_options.seed, follower, shard);
    const qint64 leader = 1000 + qint64(rng.bounded(10'000'000));
    return leader - qint64(rng.bounded(500));
}

bool FollowerBodyGenerator::hasReadException(int follower) const
{
    return !isPaused(follower) && m_options.readExceptionEvery > 0 && follower % m_options.readExceptionEvery == 0;
}

bool FollowerBodyGenerator::hasFatalException(int follower) const
{
    return !isPaused(follower) && m_options.fatalEvery > 0 &&
           follower % m_options.fatalEvery == 1 % m_options.fatalEvery;
}

QByteArray FollowerBodyGenerator::followInfoBody() const
{
    QByteArray out;
    out.reserve(qsizetype(m_options.followers) * 520 + 32);
    out += "{\"follower_indices\":[";
    for (int i = 0; i < m_options.followers; ++i) {
        out += '{';
        appendField(out, "follower_index", followerName(i));
        appendField(out, "remote_cluster", remoteName(i));
        appendField(out, "leader_index", leaderName(i));
        if (isPaused(i)) {
            appendField(out, "status", QStringLiteral("paused"));
        } else {
            appendField(out, "status", QStringLiteral("active"));
            const bool custom = m_options.customParametersEvery > 0 && i % m_options.customParametersEvery == 0;
            out += "\"parameters\":{";
            appendField(out, "max_read_request_operation_count", custom ? 1024 : 5120);
            appendField(out, "max_write_request_operation_count", 5120);
            appendField(out, "max_outstanding_read_requests", custom ? 16 : 12);
            appendField(out, "max_outstanding_write_requests", 9);
            appendField(out, "max_read_request_size", custom ? QStringLiteral("64mb") : QStringLiteral("32mb"));
            appendField(out, "max_write_request_size", QStringLiteral("9223372036854775807b"));
            appendField(out, "max_write_buffer_count", 2147483647);
            appendField(out, "max_write_buffer_size", QStringLiteral("512mb"));
            appendField(out, "max_retry_delay", custom ? QStringLiteral("10s") : QStringLiteral("500ms"));
            appendField(out, "read_poll_timeout", QStringLiteral("1m"));
            close(out, '}');
            out += ',';
        }
        close(out, '}');
        out += ',';
    }
    close(out, ']');
    out += '}';
    return out;
}

void FollowerBodyGenerator::appendShardStats(QByteArray& out, int follower, int shard) const
{
    QRandomGenerator rng = rngFor(m_options.seed, follower, shard);
    const qint64 leaderGcp = 1000 + qint64(rng.bounded(10'000'000));
    const qint64 followerGcp = leaderGcp - qint64(rng.bounded(500));
    const qint64 leaderMax = leaderGcp + qint64(rng.bounded(64));
    const qint64 followerMax = followerGcp + qint64(rng.bounded(32));
    const qint64 reads = 1 + qint64(rng.bounded(100'000));
    const qint64 writes = 1 + qint64(rng.bounded(50'000));
    out += '{';
    appendField(out, "remote_cluster", remoteName(follower));
    appendField(out, "leader_index", leaderName(follower));
    appendField(out, "follower_index", followerName(follower));
    appendField(out, "shard_id", shard);
    appendField(out, "leader_global_checkpoint", leaderGcp);
    appendField(out, "leader_max_seq_no", leaderMax);
    appendField(out, "follower_global_checkpoint", followerGcp);
    appendField(out, "follower_max_seq_no", followerMax);
    appendField(out, "last_requested_seq_no", followerMax + 1);
    appendField(out, "outstanding_read_requests", rng.bounded(13));
    appendField(out, "outstanding_write_requests", rng.bounded(10));
    appendField(out, "write_buffer_operation_count", rng.bounded(5121));
    appendField(out, "follower_mapping_version", 1 + rng.bounded(20));
    appendField(out, "follower_settings_version", 1 + rng.bounded(10));
    appendField(out, "follower_aliases_version", 1 + rng.bounded(10));
    appendField(out, "total_read_time_millis", reads * 3);
    appendField(out, "total_read_remote_exec_time_millis", reads);
    appendField(out, "successful_read_requests", reads);
    appendField(out, "failed_read_requests", hasReadException(follower) && shard == 0 ? 3 : 0);
    appendField(out, "operations_read", followerMax + 1);
    appendField(out, "bytes_read", (followerMax + 1) * 412);
    appendField(out, "total_write_time_millis", writes * 2);
    appendField(out, "write_buffer_size_in_bytes", qint64(rng.bounded(1 << 20)));
    appendField(out, "successful_write_requests", writes);
    appendField(out, "failed_write_requests", 0);
    appendField(out, "operations_written", followerGcp + 1);
    out += "\"read_exceptions\":[";
    if (hasReadException(follower) && shard == 0) {
        out += "{\"from_seq_no\":" + QByteArray::number(followerMax + 1) +
               ",\"retries\":3,\"exception\":{\"type\":\"node_not_connected_exception\",\"reason\":\"[node-" +
               QByteArray::number(follower % 5) + "][127.0.0.1:9300] Node not connected\"}}";
    }
    out += "],";
    appendField(out, "time_since_last_read_millis", rng.bounded(60'000));
    if (hasFatalException(follower) && shard == 0) {
        out += "\"fatal_exception\":{\"type\":\"illegal_argument_exception\",\"reason\":\"leader index [" +
               leaderName(follower).toUtf8() + "] does not have soft deletes enabled\"},";
    }
    close(out, '}');
    out += ',';
}

void FollowerBodyGenerator::appendFollowStatsIndices(QByteArray& out) const
{
    out += "{\"indices\":[";
    for (int i = 0; i < m_options.followers; ++i) {
        if (isPaused(i))
            continue;
        out += '{';
        appendField(out, "index", followerName(i));
        if (m_options.totalGlobalCheckpointLag) {
            qint64 lag = 0;
            for (int shard = 0; shard < shardCount(i); ++shard)
                lag += leaderGlobalCheckpoint(i, shard) - followerGlobalCheckpoint(i, shard);
            appendField(out, "total_global_checkpoint_lag", lag);
        }
        out += "\"shards\":[";
        for (int shard = 0; shard < shardCount(i); ++shard)
            appendShardStats(out, i, shard);
        close(out, ']');
        out += '}';
        out += ',';
    }
    close(out, ']');
    out += '}';
}

QByteArray FollowerBodyGenerator::followStatsBody() const
{
    QByteArray out;
    out.reserve(qsizetype(m_options.followers) * 1000 * m_options.maxShards + 32);
    appendFollowStatsIndices(out);
    return out;
}

QByteArray FollowerBodyGenerator::ccrStatsBody() const
{
    QByteArray out;
    out.reserve(qsizetype(m_options.followers) * 1000 * m_options.maxShards + 512);
    out += "{\"auto_follow_stats\":{\"number_of_failed_follow_indices\":1,"
           "\"number_of_failed_remote_cluster_state_requests\":0,\"number_of_successful_follow_indices\":";
    out += QByteArray::number(m_options.followers);
    out += ",\"recent_auto_follow_errors\":[{\"leader_index\":\"logs-broken\",\"timestamp\":1700000000000,"
           "\"auto_follow_exception\":{\"type\":\"illegal_argument_exception\",\"reason\":\"leader index "
           "[logs-broken] does not have soft deletes enabled\"}}],\"auto_followed_clusters\":[";
    for (int remote = 0; remote < 3; ++remote) {
        if (remote > 0)
            out += ',';
        out += "{\"cluster_name\":\"" + remoteName(remote).toUtf8() +
               "\",\"time_since_last_check_millis\":" + QByteArray::number(1000 + remote) +
               ",\"last_seen_metadata_version\":" + QByteArray::number(42 + remote) + '}';
    }
    out += "]},\"follow_stats\":";
    appendFollowStatsIndices(out);
    out += '}';
    return out;
}

} // namespace duper::test
