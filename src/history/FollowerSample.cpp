#include "history/FollowerSample.h"

namespace duper {

FollowerSample FollowerSample::fromRow(const FollowerRow& row)
{
    FollowerSample sample;
    sample.follower = row.name;
    if (!row.shards.isEmpty())
        sample.lag = row.lag;
    sample.operationsPerSecond = row.operationsPerSecond;
    sample.timeSinceLastReadMs = row.timeSinceLastReadMillis;
    sample.failedReads = row.failedReads;
    sample.state = row.state;
    sample.errorText = row.errorSummary;
    return sample;
}

} // namespace duper
