#include "history/HistoryQueries.h"

#include "history/HistoryMaintenance.h"
#include "history/HistorySql.h"

#include <QSqlQuery>

namespace duper {

namespace {

// Columns: at, samples, lag min/avg/max, ops min/avg/max, read min/avg/max, failed_reads, state.
const QString kMinuteColumns = QStringLiteral(
    "at, samples, lag_min, lag_avg, lag_max, ops_min, ops_avg, ops_max, read_min, read_avg, read_max, failed_reads, "
    "state");
const QString kAggregatedSamples = QStringLiteral(
    "(at / 60000) * 60000 AS minute, COUNT(*), MIN(lag), AVG(lag), MAX(lag), MIN(ops), AVG(ops), MAX(ops), "
    "MIN(last_read), AVG(last_read), MAX(last_read), MAX(failed_reads), MAX(state)");
const QString kRawAsMinuteColumns =
    QStringLiteral("at, 1, lag, lag, lag, ops, ops, ops, last_read, last_read, last_read, failed_reads, state");

std::optional<HistoryRange> rangeAt(const QSqlQuery& query, int first)
{
    if (query.isNull(first))
        return std::nullopt;
    return HistoryRange{query.value(first).toDouble(), query.value(first + 1).toDouble(),
                        query.value(first + 2).toDouble()};
}

FollowerState stateFrom(int value)
{
    switch (value) {
    case int(FollowerState::Paused):
        return FollowerState::Paused;
    case int(FollowerState::Error):
        return FollowerState::Error;
    default:
        return FollowerState::Active;
    }
}

} // namespace

std::optional<qint64> HistoryQueries::followerId(HistorySql& sql, const QString& connectionId, const QString& follower)
{
    const QVariant id = sql.value(QStringLiteral("SELECT id FROM followers WHERE connection = ? AND name = ?"),
                                  {connectionId, follower});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

HistorySeries HistoryQueries::series(HistorySql& sql, const QString& connectionId, const QString& follower,
                                     HistoryWindow window, qint64 nowMs)
{
    HistorySeries series = HistorySeries::emptyWindow(connectionId, follower, window, nowMs);
    if (const std::optional<qint64> id = followerId(sql, connectionId, follower)) {
        readPoints(sql, *id, &series);
        readEvents(sql, *id, &series);
    }
    return series;
}

void HistoryQueries::readPoints(HistorySql& sql, qint64 id, HistorySeries* series)
{
    QSqlQuery query(sql.database());
    query.setForwardOnly(true);
    if (series->resolution == HistoryResolution::Raw) {
        if (!sql.prepare(query, QStringLiteral("SELECT %1 FROM samples WHERE follower = ? AND at >= ? AND at <= ? "
                                               "ORDER BY at")
                                    .arg(kRawAsMinuteColumns)))
            return;
        query.addBindValue(id);
        query.addBindValue(series->fromMs);
        query.addBindValue(series->toMs);
    } else {
        const qint64 rolledUpTo = HistoryMaintenance::rolledUpTo(sql);
        const qint64 fromMinute = series->fromMs - series->fromMs % HistoryMaintenance::minuteMs;
        if (!sql.prepare(query, QStringLiteral("SELECT %1 FROM minutes WHERE follower = ? AND at >= ? AND at < ? "
                                               "UNION ALL SELECT %2 FROM samples WHERE follower = ? AND at >= ? "
                                               "AND at <= ? GROUP BY minute ORDER BY 1")
                                    .arg(kMinuteColumns, kAggregatedSamples)))
            return;
        query.addBindValue(id);
        query.addBindValue(fromMinute);
        query.addBindValue(rolledUpTo);
        query.addBindValue(id);
        query.addBindValue(qMax(rolledUpTo, fromMinute));
        query.addBindValue(series->toMs);
    }
    if (!sql.exec(query))
        return;
    while (query.next()) {
        HistoryPoint point;
        point.atMs = query.value(0).toLongLong();
        point.samples = query.value(1).toInt();
        point.lag = rangeAt(query, 2);
        point.operationsPerSecond = rangeAt(query, 5);
        point.timeSinceLastReadMs = rangeAt(query, 8);
        point.failedReads = query.value(11).toLongLong();
        point.state = stateFrom(query.value(12).toInt());
        series->points.append(point);
    }
}

void HistoryQueries::readEvents(HistorySql& sql, qint64 id, HistorySeries* series)
{
    QSqlQuery query(sql.database());
    query.setForwardOnly(true);
    if (!sql.prepare(query, QStringLiteral("SELECT at, state, error FROM events WHERE follower = ? AND at >= ? "
                                           "AND at <= ? ORDER BY at")))
        return;
    query.addBindValue(id);
    query.addBindValue(series->fromMs);
    query.addBindValue(series->toMs);
    if (!sql.exec(query))
        return;
    while (query.next())
        series->events.append(
            {query.value(0).toLongLong(), stateFrom(query.value(1).toInt()), query.value(2).toString()});
}

RecentLag HistoryQueries::recentLag(HistorySql& sql, const QString& connectionId, qint64 nowMs)
{
    RecentLag result;
    result.connectionId = connectionId;
    result.toMs = nowMs;
    result.fromMs = nowMs - RecentLag::spanMs;
    QSqlQuery query(sql.database());
    query.setForwardOnly(true);
    if (!sql.prepare(query, QStringLiteral("SELECT f.name, (s.at / 60000) * 60000 AS minute, MAX(s.lag) FROM samples s "
                                           "JOIN followers f ON f.id = s.follower WHERE f.connection = ? AND "
                                           "s.at >= ? AND s.at <= ? AND s.lag IS NOT NULL "
                                           "GROUP BY f.id, minute ORDER BY f.name, minute")))
        return result;
    query.addBindValue(connectionId);
    query.addBindValue(result.fromMs);
    query.addBindValue(result.toMs);
    if (!sql.exec(query))
        return result;
    QString name;
    QList<LagPoint>* points = nullptr;
    while (query.next()) {
        const QString follower = query.value(0).toString();
        if (!points || follower != name) {
            name = follower;
            points = &result.byFollower[name];
        }
        points->append({query.value(1).toLongLong(), query.value(2).toLongLong()});
    }
    return result;
}

} // namespace duper
