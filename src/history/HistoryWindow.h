#pragma once

#include <QtGlobal>

namespace duper {

// The spans a chart offers.
enum class HistoryWindow
{
    Last15Minutes,
    LastHour,
    Last24Hours,
    Last7Days,
    Last30Days
};

// Which rows a window reads: every refresh, or per-minute minimum/average/maximum.
enum class HistoryResolution
{
    Raw,
    PerMinute
};

qint64 historyWindowMs(HistoryWindow window);
// Raw up to an hour (at most a few hundred points per follower); per-minute beyond, where raw rows would be
// thousands and, past the full-resolution period, gone.
HistoryResolution historyResolutionFor(HistoryWindow window);

} // namespace duper
