#include "cli/FollowerStatsTotals.h"

#include "core/ccr/FollowerStats.h"

namespace duper::cli {

FollowerStatsTotals FollowerStatsTotals::of(const FollowerStats& follower)
{
    FollowerStatsTotals totals;
    for (const ShardFollowStats& shard : follower.shards) {
        totals.operationsWritten += shard.operationsWritten;
        totals.failedReadRequests += shard.failedReadRequests;
        if (shard.fatalException)
            totals.fatalException = totals.fatalException
                                        ? *totals.fatalException + QStringLiteral("; ") + shard.fatalException->reason
                                        : shard.fatalException->reason;
    }
    return totals;
}

} // namespace duper::cli
