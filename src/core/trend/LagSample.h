#pragma once

#include <QtGlobal>

namespace duper {

// A follower's lag (operations behind its leader) at one refresh.
struct LagSample
{
    qint64 atMs = 0; // ms since the epoch
    qint64 lag = 0;

    friend bool operator==(const LagSample&, const LagSample&) = default;
};

} // namespace duper
