#pragma once

#include "history/HistoryPoint.h"

#include <optional>

namespace duper {

// The figures a follower's history charts: one chart each.
enum class HistoryMetric
{
    Lag,                 // operations the follower is behind its leader
    OperationsPerSecond, // operations written per second
    TimeSinceLastRead    // milliseconds since the follower last read from the leader
};

// The point's range for `metric`; none where the refresh had no figure (a paused follower has no shards).
inline std::optional<HistoryRange> historyRange(const HistoryPoint& point, HistoryMetric metric)
{
    switch (metric) {
    case HistoryMetric::Lag:
        return point.lag;
    case HistoryMetric::OperationsPerSecond:
        return point.operationsPerSecond;
    case HistoryMetric::TimeSinceLastRead:
        return point.timeSinceLastReadMs;
    }
    return std::nullopt;
}

} // namespace duper
