#pragma once

#include "core/trend/CatchUpEstimate.h"
#include "core/trend/LagSample.h"

#include <QList>

namespace duper {

// The catch-up rule, pure: from a follower's recent lag samples (oldest first, the last one is now) say whether it
// has caught up, when it will at the recent pace, or that it is falling behind.
//
// The pace is the change in lag between the first and the last sample, not the follower's operations per second:
// the leader keeps writing too, and only the lag's own change says whether the distance shrinks.
class CatchUpRule
{
public:
    // Fewer samples than this cannot tell growth from a single burst.
    static constexpr int minSamplesForFallingBehind = 3;

    // `measurable`: the follower is active and reports shards (a paused or failing follower has no pace).
    static CatchUpEstimate estimate(bool measurable, const QList<LagSample>& recent);
};

} // namespace duper
