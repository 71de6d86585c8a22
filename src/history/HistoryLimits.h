#pragma once

#include "core/preferences/HistoryRetention.h"

#include <QtGlobal>

namespace duper {

// The history store's bounds in the units it works in. Made from the user's HistoryRetention; tests set small
// figures directly.
struct HistoryLimits
{
    qint64 fullResolutionMs = qint64(HistoryRetention::defaultFullResolutionHours) * 3600 * 1000;
    qint64 downsampledMs = qint64(HistoryRetention::defaultDownsampledDays) * 24 * 3600 * 1000;
    qint64 maxBytes = qint64(HistoryRetention::defaultMaxMegabytes) * 1024 * 1024;

    static HistoryLimits from(const HistoryRetention& retention);

    friend bool operator==(const HistoryLimits&, const HistoryLimits&) = default;
};

} // namespace duper
