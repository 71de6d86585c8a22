#pragma once

#include <QtGlobal>
#include <optional>

namespace duper {

// When AlertMonitor first saw the timed conditions of one follower (milliseconds since the epoch); one entry for every
// follower it has seen, so a follower seen replicating and later paused has a known start. Kept across runs by
// AlertStateFile, so a check run every few minutes can say how long a follower has been paused.
struct ConditionTimes
{
    std::optional<qint64> pausedSinceMs;
    // False when the follower was already paused the first time it was seen: pausedSinceMs is then only a lower
    // bound (Elasticsearch does not record when a follower was paused).
    bool pausedStartKnown = false;
    std::optional<qint64> lagAboveSinceMs;

    friend bool operator==(const ConditionTimes&, const ConditionTimes&) = default;
};

} // namespace duper
