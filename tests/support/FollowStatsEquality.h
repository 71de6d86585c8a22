#pragma once

// Field-by-field equality of parsed follower stats, without QTest: the fuzz targets use it to hold a streamed parse
// to the ordinary one, and FollowStatsComparison turns a difference into a test failure.

#include "core/ccr/FollowerStats.h"

#include <QList>
#include <utility>

namespace duper::test {

// The name of the first listed member in which `a` and `b` differ, or nullptr.
template <typename T, typename... Types>
const char* firstDifferingMember(const T& a, const T& b, const std::pair<const char*, Types T::*>&... members)
{
    const char* differing = nullptr;
    ((differing = differing == nullptr && !(a.*members.second == b.*members.second) ? members.first : differing), ...);
    return differing;
}

inline const char* firstDifference(const ErrorCause& a, const ErrorCause& b)
{
    if (const char* member =
            firstDifferingMember(a, b, std::pair{"type", &ErrorCause::type}, std::pair{"reason", &ErrorCause::reason},
                                 std::pair{"extra", &ErrorCause::extra}))
        return member;
    if (a.rootCause.size() != b.rootCause.size())
        return "root_cause";
    for (qsizetype i = 0; i < a.rootCause.size(); ++i) {
        if (firstDifference(a.rootCause.at(i), b.rootCause.at(i)))
            return "root_cause";
    }
    if (bool(a.causedBy) != bool(b.causedBy) || (a.causedBy && firstDifference(*a.causedBy, *b.causedBy)))
        return "caused_by";
    return nullptr;
}

inline const char* firstDifference(const ShardFollowStats& a, const ShardFollowStats& b)
{
    using S = ShardFollowStats;
    if (const char* member = firstDifferingMember(
            a, b, std::pair{"remote_cluster", &S::remoteCluster}, std::pair{"leader_index", &S::leaderIndex},
            std::pair{"follower_index", &S::followerIndex}, std::pair{"shard_id", &S::shardId},
            std::pair{"leader_global_checkpoint", &S::leaderGlobalCheckpoint},
            std::pair{"leader_max_seq_no", &S::leaderMaxSeqNo},
            std::pair{"follower_global_checkpoint", &S::followerGlobalCheckpoint},
            std::pair{"follower_max_seq_no", &S::followerMaxSeqNo},
            std::pair{"last_requested_seq_no", &S::lastRequestedSeqNo},
            std::pair{"outstanding_read_requests", &S::outstandingReadRequests},
            std::pair{"outstanding_write_requests", &S::outstandingWriteRequests},
            std::pair{"write_buffer_operation_count", &S::writeBufferOperationCount},
            std::pair{"write_buffer_size_in_bytes", &S::writeBufferSizeInBytes},
            std::pair{"follower_mapping_version", &S::followerMappingVersion},
            std::pair{"follower_settings_version", &S::followerSettingsVersion},
            std::pair{"follower_aliases_version", &S::followerAliasesVersion},
            std::pair{"total_read_time_millis", &S::totalReadTimeMillis},
            std::pair{"total_read_remote_exec_time_millis", &S::totalReadRemoteExecTimeMillis},
            std::pair{"successful_read_requests", &S::successfulReadRequests},
            std::pair{"failed_read_requests", &S::failedReadRequests}, std::pair{"operations_read", &S::operationsRead},
            std::pair{"bytes_read", &S::bytesRead}, std::pair{"total_write_time_millis", &S::totalWriteTimeMillis},
            std::pair{"successful_write_requests", &S::successfulWriteRequests},
            std::pair{"failed_write_requests", &S::failedWriteRequests},
            std::pair{"operations_written", &S::operationsWritten},
            std::pair{"time_since_last_read_millis", &S::timeSinceLastReadMillis}))
        return member;
    if (a.readExceptions.size() != b.readExceptions.size())
        return "read_exceptions";
    for (qsizetype i = 0; i < a.readExceptions.size(); ++i) {
        const ReadException& x = a.readExceptions.at(i);
        const ReadException& y = b.readExceptions.at(i);
        if (x.fromSeqNo != y.fromSeqNo || x.retries != y.retries || firstDifference(x.exception, y.exception))
            return "read_exceptions";
    }
    if (a.fatalException.has_value() != b.fatalException.has_value() ||
        (a.fatalException && firstDifference(*a.fatalException, *b.fatalException)))
        return "fatal_exception";
    return nullptr;
}

// The first difference between two lists of follower stats, as "index[shard].member", or an empty string.
inline QString firstDifference(const QList<FollowerStats>& a, const QList<FollowerStats>& b)
{
    if (a.size() != b.size())
        return QStringLiteral("the number of followers (%1 and %2)").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const FollowerStats& x = a.at(i);
        const FollowerStats& y = b.at(i);
        if (x.index != y.index || x.totalGlobalCheckpointLag != y.totalGlobalCheckpointLag ||
            x.shards.size() != y.shards.size())
            return QStringLiteral("follower %1 (%2)").arg(i).arg(x.index);
        for (qsizetype shard = 0; shard < x.shards.size(); ++shard) {
            if (const char* member = firstDifference(x.shards.at(shard), y.shards.at(shard)))
                return QStringLiteral("%1[%2].%3").arg(x.index).arg(shard).arg(QLatin1StringView(member));
        }
    }
    return QString();
}

} // namespace duper::test
