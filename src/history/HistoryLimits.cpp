#include "history/HistoryLimits.h"

namespace duper {

HistoryLimits HistoryLimits::from(const HistoryRetention& retention)
{
    const HistoryRetention bounded = retention.bounded();
    HistoryLimits limits;
    limits.fullResolutionMs = qint64(bounded.fullResolutionHours) * 3600 * 1000;
    // Per-minute figures cover at least the full-resolution period: they are what longer charts read.
    limits.downsampledMs = qMax(qint64(bounded.downsampledDays) * 24 * 3600 * 1000, limits.fullResolutionMs);
    limits.maxBytes = qint64(bounded.maxMegabytesOnDisk) * 1024 * 1024;
    return limits;
}

} // namespace duper
