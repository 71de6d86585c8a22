#pragma once

#include "history/HistoryLimits.h"

#include <QtGlobal>

namespace duper {

class HistorySql;

// Keeps the history file within its bounds, in this order: rolls every complete minute of samples up into
// per-minute rows, drops samples past the full-resolution period and minutes and events past the downsampled
// period, forgets followers with nothing left, then, while the file's used pages exceed the size limit, drops the
// oldest eighth of what is left, and hands freed pages back to the file system.
class HistoryMaintenance
{
public:
    static constexpr qint64 minuteMs = 60 * 1000;

    struct Outcome
    {
        bool followersRemoved = false; // cached follower ids are stale
        qint64 usedBytes = 0;          // pages in use after maintenance
    };

    // False with sql.error() set.
    static bool run(HistorySql& sql, const HistoryLimits& limits, qint64 nowMs, Outcome* outcome);
    // Up to which time (exclusive) samples are rolled up into minutes; 0 before the first roll-up.
    static qint64 rolledUpTo(HistorySql& sql);
    static qint64 usedBytes(HistorySql& sql);

private:
    static bool rollUp(HistorySql& sql, qint64 nowMs);
    static bool trimToSize(HistorySql& sql, qint64 maxBytes, qint64 nowMs);
    static bool deleteBefore(HistorySql& sql, qint64 samplesBefore, qint64 minutesBefore);
};

} // namespace duper
