#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace duper {

// A shard's fields in the order Elasticsearch writes them (ShardFollowNodeTaskStatus), for OrderedKeyLookup.
enum class ShardStatsKey
{
    RemoteCluster,
    LeaderIndex,
    FollowerIndex,
    ShardId,
    LeaderGlobalCheckpoint,
    LeaderMaxSeqNo,
    FollowerGlobalCheckpoint,
    FollowerMaxSeqNo,
    LastRequestedSeqNo,
    OutstandingReadRequests,
    OutstandingWriteRequests,
    WriteBufferOperationCount,
    WriteBufferSizeInBytes,
    FollowerMappingVersion,
    FollowerSettingsVersion,
    FollowerAliasesVersion,
    TotalReadTimeMillis,
    TotalReadRemoteExecTimeMillis,
    SuccessfulReadRequests,
    FailedReadRequests,
    OperationsRead,
    BytesRead,
    TotalWriteTimeMillis,
    SuccessfulWriteRequests,
    FailedWriteRequests,
    OperationsWritten,
    ReadExceptions,
    TimeSinceLastReadMillis,
    FatalException,
    Count
};

inline constexpr std::array<std::string_view, std::size_t(ShardStatsKey::Count)> kShardStatsKeys{
    "remote_cluster",
    "leader_index",
    "follower_index",
    "shard_id",
    "leader_global_checkpoint",
    "leader_max_seq_no",
    "follower_global_checkpoint",
    "follower_max_seq_no",
    "last_requested_seq_no",
    "outstanding_read_requests",
    "outstanding_write_requests",
    "write_buffer_operation_count",
    "write_buffer_size_in_bytes",
    "follower_mapping_version",
    "follower_settings_version",
    "follower_aliases_version",
    "total_read_time_millis",
    "total_read_remote_exec_time_millis",
    "successful_read_requests",
    "failed_read_requests",
    "operations_read",
    "bytes_read",
    "total_write_time_millis",
    "successful_write_requests",
    "failed_write_requests",
    "operations_written",
    "read_exceptions",
    "time_since_last_read_millis",
    "fatal_exception",
};

} // namespace duper
