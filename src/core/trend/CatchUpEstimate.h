#pragma once

#include <QtGlobal>

namespace duper {

// When a follower will have caught up with its leader, as CatchUpRule judges it from recent lag samples.
struct CatchUpEstimate
{
    enum class Kind
    {
        Unknown,       // paused, in error, no shards, too few samples, or lag neither growing nor shrinking
        CaughtUp,      // no lag
        Eta,           // lag shrinking: secondsLeft at the recent pace
        FallingBehind, // lag growing over the recent samples
    };

    Kind kind = Kind::Unknown;
    qint64 secondsLeft = 0; // only for Eta

    static CatchUpEstimate unknown() { return {}; }
    static CatchUpEstimate caughtUp() { return {Kind::CaughtUp, 0}; }
    static CatchUpEstimate eta(qint64 seconds) { return {Kind::Eta, seconds}; }
    static CatchUpEstimate fallingBehind() { return {Kind::FallingBehind, 0}; }

    // For sorting a column: unknown first (-1, like other missing figures), then caught up (0), then the time left,
    // then falling behind (largest).
    qint64 sortKey() const;

    friend bool operator==(const CatchUpEstimate&, const CatchUpEstimate&) = default;
};

} // namespace duper
