#pragma once

#include "core/followers/FollowerRow.h"
#include "history/HistoryRange.h"

#include <optional>

namespace duper {

// One point of a follower's series: a refresh (raw) or a minute (per-minute, at the minute's start).
struct HistoryPoint
{
    qint64 atMs = 0;
    int samples = 1; // refreshes the point stands for
    std::optional<HistoryRange> lag;
    std::optional<HistoryRange> operationsPerSecond;
    std::optional<HistoryRange> timeSinceLastReadMs;
    qint64 failedReads = 0;                      // the highest count seen
    FollowerState state = FollowerState::Active; // the worst seen: Error over Paused over Active

    friend bool operator==(const HistoryPoint&, const HistoryPoint&) = default;
};

} // namespace duper
