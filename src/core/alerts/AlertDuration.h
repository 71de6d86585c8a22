#pragma once

#include <QString>
#include <QtGlobal>

namespace duper {

// Durations in alert texts, with Elasticsearch's unit letters (d, h, m, s), which read the same in every language.
class AlertDuration
{
public:
    // The smallest unit compact() prints: anything shorter reads "0s".
    static constexpr qint64 smallestUnitMs = 1'000;

    // The two largest units, rounded down: "7h 12m", "3d 2h", "45s", "0s".
    static QString compact(qint64 milliseconds);
};

} // namespace duper
