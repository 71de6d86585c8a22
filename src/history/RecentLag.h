#pragma once

#include "history/HistoryError.h"
#include "history/LagPoint.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace duper {

// The last hour's lag of every follower of one connection (oldest first), for the table's sparklines: the answer to
// HistoryStore::requestRecentLag. One point per minute, the highest lag of its refreshes at the minute's start: a
// sparkline is a few dozen pixels wide, and 10,000 followers' raw refreshes would be millions of points. Followers without shards in that hour (paused) have no points.
struct RecentLag
{
    static constexpr qint64 spanMs = 3600 * 1000;

    quint64 requestId = 0;
    QString connectionId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QHash<QString, QList<LagPoint>> byFollower;
    HistoryError error; // set when the store is off
};

} // namespace duper

Q_DECLARE_METATYPE(duper::RecentLag)
