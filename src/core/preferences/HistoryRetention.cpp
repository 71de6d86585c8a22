#include "core/preferences/HistoryRetention.h"

namespace duper {

HistoryRetention HistoryRetention::bounded() const
{
    HistoryRetention result;
    result.fullResolutionHours = qBound(minFullResolutionHours, fullResolutionHours, maxFullResolutionHours);
    result.downsampledDays = qBound(minDownsampledDays, downsampledDays, maxDownsampledDays);
    result.maxMegabytesOnDisk = qBound(minMegabytes, maxMegabytesOnDisk, maxMegabytes);
    return result;
}

} // namespace duper
