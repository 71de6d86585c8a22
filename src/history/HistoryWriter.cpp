#include "history/HistoryWriter.h"

#include "history/HistorySql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duper {

namespace {

template <typename T> QVariant orNull(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

bool HistoryWriter::write(HistorySql& sql, const HistoryBatch& batch)
{
    if (batch.samples.isEmpty())
        return true;
    QSqlDatabase& db = sql.database();
    if (!db.transaction()) {
        sql.failFrom(db.lastError());
        return false;
    }
    QSqlQuery insert(db);
    bool ok = sql.prepare(insert, QStringLiteral("INSERT OR REPLACE INTO samples(follower, at, lag, ops, last_read, "
                                                 "failed_reads, state) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    const auto cachedEvents = m_lastEvents;
    for (const FollowerSample& sample : batch.samples) {
        if (!ok)
            break;
        const std::optional<qint64> id = followerId(sql, batch.connectionId, sample.follower);
        if (!id) {
            ok = false;
            break;
        }
        insert.addBindValue(*id);
        insert.addBindValue(batch.takenAtMs);
        insert.addBindValue(orNull(sample.lag));
        insert.addBindValue(orNull(sample.operationsPerSecond));
        insert.addBindValue(orNull(sample.timeSinceLastReadMs));
        insert.addBindValue(sample.failedReads);
        insert.addBindValue(int(sample.state));
        ok = sql.exec(insert) && recordEvent(sql, *id, batch.takenAtMs, sample);
    }
    if (ok && !sql.failed() && db.commit())
        return true;
    if (!sql.failed())
        sql.failFrom(db.lastError());

    db.rollback();
    m_lastEvents = cachedEvents; // the events of this batch were not kept
    m_ids.clear();               // nor were followers it added
    return false;
}

void HistoryWriter::forget()
{
    m_ids.clear();
    m_lastEvents.clear();
}

std::optional<qint64> HistoryWriter::followerId(HistorySql& sql, const QString& connectionId, const QString& follower)
{
    const QPair<QString, QString> key(connectionId, follower);
    if (const auto found = m_ids.constFind(key); found != m_ids.cend())
        return *found;
    sql.exec(QStringLiteral("INSERT OR IGNORE INTO followers(connection, name) VALUES(?, ?)"),
             {connectionId, follower});
    const QVariant id = sql.value(QStringLiteral("SELECT id FROM followers WHERE connection = ? AND name = ?"),
                                  {connectionId, follower});
    if (sql.failed() || !id.isValid())
        return std::nullopt;
    m_ids.insert(key, id.toLongLong());
    return id.toLongLong();
}

bool HistoryWriter::recordEvent(HistorySql& sql, qint64 id, qint64 atMs, const FollowerSample& sample)
{
    auto last = m_lastEvents.find(id);
    if (last == m_lastEvents.end()) {
        QSqlQuery query(sql.database());
        if (!sql.prepare(query, QStringLiteral("SELECT state, error FROM events WHERE follower = ? "
                                               "ORDER BY at DESC LIMIT 1")))
            return false;
        query.addBindValue(id);
        if (!sql.exec(query))
            return false;
        // -1: no event yet, so the first sample of a follower records its status.
        const QPair<int, QString> previous =
            query.next() ? qMakePair(query.value(0).toInt(), query.value(1).toString()) : qMakePair(-1, QString());
        last = m_lastEvents.insert(id, previous);
    }
    const QPair<int, QString> now(int(sample.state), sample.errorText);
    if (*last == now)
        return true;
    *last = now;
    // A null QString would bind as NULL; "no error" is the empty text.
    const QString error = sample.errorText.isNull() ? QString::fromLatin1("") : sample.errorText;
    return sql.exec(QStringLiteral("INSERT OR REPLACE INTO events(follower, at, state, error) VALUES(?, ?, ?, ?)"),
                    {id, atMs, int(sample.state), error});
}

} // namespace duper
