#pragma once

#include "history/HistoryError.h"
#include "history/HistoryEvent.h"
#include "history/HistoryPoint.h"
#include "history/HistoryWindow.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace duper {

// One follower's history over a window, oldest first: the answer to HistoryStore::requestSeries.
struct HistorySeries
{
    quint64 requestId = 0;
    QString connectionId;
    QString follower;
    HistoryWindow window = HistoryWindow::LastHour;
    HistoryResolution resolution = HistoryResolution::Raw;
    qint64 fromMs = 0; // the window: [fromMs, toMs]
    qint64 toMs = 0;
    QList<HistoryPoint> points;
    QList<HistoryEvent> events;
    HistoryError error; // set when the store is off: no points

    // The window ending at `nowMs`, with no points yet.
    static HistorySeries emptyWindow(const QString& connectionId, const QString& follower, HistoryWindow window,
                                     qint64 nowMs)
    {
        HistorySeries series;
        series.connectionId = connectionId;
        series.follower = follower;
        series.window = window;
        series.resolution = historyResolutionFor(window);
        series.toMs = nowMs;
        series.fromMs = nowMs - historyWindowMs(window);
        return series;
    }
};

} // namespace duper

Q_DECLARE_METATYPE(duper::HistorySeries)
