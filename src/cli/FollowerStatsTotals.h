#pragma once

#include <QString>
#include <optional>

namespace duper {
struct FollowerStats;
}

namespace duper::cli {

// What `duper stats` shows of a follower: its shards' figures summed, straight from the parsed stats.
struct FollowerStatsTotals
{
    qint64 operationsWritten = 0;
    qint64 failedReadRequests = 0;
    std::optional<QString> fatalException; // the stopped shards' reasons joined with "; ", when any stopped

    static FollowerStatsTotals of(const duper::FollowerStats& follower);
};

} // namespace duper::cli
