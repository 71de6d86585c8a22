#include "history/HistoryMaintenance.h"

#include "history/HistorySql.h"

#include <QSqlError>

namespace duper {

namespace {
const QString kRolledUpKey = QStringLiteral("rolled_up_to");
constexpr int kMaxTrimRounds = 64;
} // namespace

qint64 HistoryMaintenance::rolledUpTo(HistorySql& sql)
{
    return sql.value(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kRolledUpKey}, qint64(0)).toLongLong();
}

qint64 HistoryMaintenance::usedBytes(HistorySql& sql)
{
    const qint64 pages = sql.value(QStringLiteral("PRAGMA page_count"), {}, 0).toLongLong();
    const qint64 freePages = sql.value(QStringLiteral("PRAGMA freelist_count"), {}, 0).toLongLong();
    const qint64 pageSize = sql.value(QStringLiteral("PRAGMA page_size"), {}, 4096).toLongLong();
    return (pages - freePages) * pageSize;
}

bool HistoryMaintenance::run(HistorySql& sql, const HistoryLimits& limits, qint64 nowMs, Outcome* outcome)
{
    QSqlDatabase& db = sql.database();
    if (!db.transaction()) {
        sql.failFrom(db.lastError());
        return false;
    }
    const qint64 followersBefore = sql.value(QStringLiteral("SELECT COUNT(*) FROM followers"), {}, 0).toLongLong();
    if (rollUp(sql, nowMs))
        deleteBefore(sql, nowMs - limits.fullResolutionMs, nowMs - limits.downsampledMs);
    if (!sql.failed())
        trimToSize(sql, limits.maxBytes, nowMs);
    if (!sql.failed())
        sql.exec(QStringLiteral("DELETE FROM followers WHERE NOT EXISTS (SELECT 1 FROM samples WHERE follower = id) "
                                "AND NOT EXISTS (SELECT 1 FROM minutes WHERE follower = id) "
                                "AND NOT EXISTS (SELECT 1 FROM events WHERE follower = id)"));
    const qint64 followersAfter = sql.value(QStringLiteral("SELECT COUNT(*) FROM followers"), {}, 0).toLongLong();
    if (sql.failed() || !db.commit()) {
        if (!sql.failed())
            sql.failFrom(db.lastError());
        db.rollback();
        return false;
    }
    // Outside the transaction: give freed pages back, and let the main file shrink now rather than at the next
    // automatic checkpoint.
    if (sql.value(QStringLiteral("PRAGMA freelist_count"), {}, 0).toLongLong() > 0) {
        {
            // Each step of this pragma frees one page: step it to the end, and finish it before the checkpoint.
            QSqlQuery vacuum(db);
            if (sql.prepare(vacuum, QStringLiteral("PRAGMA incremental_vacuum")) && sql.exec(vacuum))
                while (vacuum.next()) {
                }
            vacuum.finish();
        }
        // Best effort: a reader elsewhere may hold the WAL; the automatic checkpoint catches up later.
        QSqlQuery checkpoint(db);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (outcome) {
        outcome->followersRemoved = followersAfter != followersBefore;
        outcome->usedBytes = usedBytes(sql);
    }
    return !sql.failed();
}

bool HistoryMaintenance::rollUp(HistorySql& sql, qint64 nowMs)
{
    const qint64 from = rolledUpTo(sql);
    const qint64 to = nowMs - nowMs % minuteMs; // only complete minutes
    if (sql.failed() || to <= from)
        return !sql.failed();
    sql.exec(QStringLiteral("INSERT OR REPLACE INTO minutes(follower, at, samples, lag_min, lag_avg, lag_max, "
                            "ops_min, ops_avg, ops_max, read_min, read_avg, read_max, failed_reads, state) "
                            "SELECT follower, (at / 60000) * 60000 AS minute, COUNT(*), MIN(lag), AVG(lag), MAX(lag), "
                            "MIN(ops), AVG(ops), MAX(ops), MIN(last_read), AVG(last_read), MAX(last_read), "
                            "MAX(failed_reads), MAX(state) FROM samples WHERE at >= ? AND at < ? "
                            "GROUP BY follower, minute"),
             {from, to});
    sql.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"), {kRolledUpKey, to});
    return !sql.failed();
}

bool HistoryMaintenance::deleteBefore(HistorySql& sql, qint64 samplesBefore, qint64 minutesBefore)
{
    sql.exec(QStringLiteral("DELETE FROM samples WHERE at < ?"), {samplesBefore});
    sql.exec(QStringLiteral("DELETE FROM minutes WHERE at < ?"), {minutesBefore});
    sql.exec(QStringLiteral("DELETE FROM events WHERE at < ?"), {minutesBefore});
    return !sql.failed();
}

bool HistoryMaintenance::trimToSize(HistorySql& sql, qint64 maxBytes, qint64 nowMs)
{
    for (int round = 0; round < kMaxTrimRounds && usedBytes(sql) > maxBytes; ++round) {
        const QVariant oldestMinute = sql.value(QStringLiteral("SELECT MIN(at) FROM minutes"));
        const QVariant oldestSample = sql.value(QStringLiteral("SELECT MIN(at) FROM samples"));
        if (sql.failed() || (!oldestMinute.isValid() && !oldestSample.isValid()))
            break;
        qint64 oldest = nowMs;
        if (oldestMinute.isValid())
            oldest = qMin(oldest, oldestMinute.toLongLong());
        if (oldestSample.isValid())
            oldest = qMin(oldest, oldestSample.toLongLong());
        // The oldest eighth of the span held, at least a minute: a few rounds even for a far too small limit.
        const qint64 cutoff = oldest + qMax(minuteMs, (nowMs - oldest) / 8);
        if (!deleteBefore(sql, cutoff, cutoff))
            return false;
        if (cutoff > nowMs)
            break; // everything is gone; what is left is the tables themselves
    }
    return !sql.failed();
}

} // namespace duper
