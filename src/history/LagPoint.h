#pragma once

#include <QtGlobal>

namespace duper {

// A follower's lag at one refresh, for a sparkline.
struct LagPoint
{
    qint64 atMs = 0;
    qint64 lag = 0;

    friend bool operator==(const LagPoint&, const LagPoint&) = default;
};

} // namespace duper
