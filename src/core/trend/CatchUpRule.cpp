#include "core/trend/CatchUpRule.h"

#include <algorithm>
#include <cmath>

namespace duper {

CatchUpEstimate CatchUpRule::estimate(bool measurable, const QList<LagSample>& recent)
{
    if (!measurable || recent.isEmpty())
        return CatchUpEstimate::unknown();
    const LagSample& last = recent.last();
    if (last.lag <= 0)
        return CatchUpEstimate::caughtUp();
    if (recent.size() < 2)
        return CatchUpEstimate::unknown();
    const LagSample& first = recent.first();
    const qint64 elapsedMs = last.atMs - first.atMs;
    if (elapsedMs <= 0)
        return CatchUpEstimate::unknown();
    const qint64 growth = last.lag - first.lag;
    if (growth > 0) {
        // Growing over the window and not shrinking at the latest step; one step up may be a burst.
        const LagSample& previous = recent.at(recent.size() - 2);
        const bool stillGrowing = last.lag >= previous.lag;
        return recent.size() >= minSamplesForFallingBehind && stillGrowing ? CatchUpEstimate::fallingBehind()
                                                                           : CatchUpEstimate::unknown();
    }
    if (growth == 0)
        return CatchUpEstimate::unknown(); // steady: the follower keeps pace but does not close the gap
    const double drainedPerSecond = double(-growth) * 1000.0 / double(elapsedMs);
    const double seconds = std::ceil(double(last.lag) / drainedPerSecond);
    // Beyond a year the figure means nothing; it also keeps the conversion to an integer defined.
    constexpr double kYearSeconds = 365.0 * 24 * 3600;
    return CatchUpEstimate::eta(qint64(std::min(seconds, kYearSeconds)));
}

} // namespace duper
