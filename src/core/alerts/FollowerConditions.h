#pragma once

#include "core/alerts/RetentionPeriod.h"

#include <optional>

namespace duper {

// What the rules need to know about a follower beyond one snapshot row: how long conditions have lasted (nobody in
// Elasticsearch records when a follower was paused) and its leader's retention lease period.
struct FollowerConditions
{
    std::optional<qint64> pausedForMs;   // how long it has been seen paused (nullopt: not at all)
    bool pausedStartKnown = false;       // false: pausedForMs is only a lower bound
    std::optional<qint64> lagAboveForMs; // how long lag has been above the warning threshold
    RetentionPeriod retention;
};

} // namespace duper
