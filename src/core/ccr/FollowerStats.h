#pragma once

#include "core/ccr/ShardFollowStats.h"

#include <QList>
#include <QString>
#include <optional>

namespace duper {

// One entry of follow stats `indices[]`: a follower index and its running shard tasks.
struct FollowerStats
{
    QString index;
    std::optional<qint64> totalGlobalCheckpointLag; // newer ES versions only
    QList<ShardFollowStats> shards;

    // The reported total, else the sum over the shards.
    qint64 globalCheckpointLag() const
    {
        if (totalGlobalCheckpointLag)
            return *totalGlobalCheckpointLag;
        qint64 sum = 0;
        for (const ShardFollowStats& shard : shards)
            sum += shard.globalCheckpointLag();
        return sum;
    }
};

} // namespace duper
