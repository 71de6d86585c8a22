#pragma once

#include "history/HistorySeries.h"
#include "history/RecentLag.h"

#include <QString>
#include <optional>

namespace duper {

class HistorySql;

// Reads the history back. Per-minute series read the stored minutes and aggregate the samples not rolled up yet the
// same way, so the last minutes are there before maintenance ran.
class HistoryQueries
{
public:
    // sql.error() is set on failure.
    static HistorySeries series(HistorySql& sql, const QString& connectionId, const QString& follower,
                                HistoryWindow window, qint64 nowMs);
    static RecentLag recentLag(HistorySql& sql, const QString& connectionId, qint64 nowMs);

private:
    static std::optional<qint64> followerId(HistorySql& sql, const QString& connectionId, const QString& follower);
    static void readPoints(HistorySql& sql, qint64 id, HistorySeries* series);
    static void readEvents(HistorySql& sql, qint64 id, HistorySeries* series);
};

} // namespace duper
