#pragma once

#include <QtGlobal>

namespace duper {

// How much replication history Duper keeps (Preferences → History): every refresh's figures for
// `fullResolutionHours`, per-minute minimum/average/maximum for `downsampledDays`, and never more than
// `maxMegabytes` on disk (the oldest figures go first).
struct HistoryRetention
{
    static constexpr int defaultFullResolutionHours = 24;
    static constexpr int defaultDownsampledDays = 30;
    static constexpr int defaultMaxMegabytes = 200;
    // What Preferences offers.
    static constexpr int minFullResolutionHours = 1;
    static constexpr int maxFullResolutionHours = 168;
    static constexpr int minDownsampledDays = 1;
    static constexpr int maxDownsampledDays = 365;
    static constexpr int minMegabytes = 10;
    static constexpr int maxMegabytes = 10000;

    int fullResolutionHours = defaultFullResolutionHours;
    int downsampledDays = defaultDownsampledDays;
    int maxMegabytesOnDisk = defaultMaxMegabytes;

    // Each figure within what Preferences offers.
    HistoryRetention bounded() const;

    friend bool operator==(const HistoryRetention&, const HistoryRetention&) = default;
};

} // namespace duper
