#include "history/HistorySchema.h"

#include "history/HistorySql.h"

namespace duper {

bool HistorySchema::prepare(HistorySql& sql)
{
    // auto_vacuum only takes effect before the first table exists; on an existing file it changes nothing.
    sql.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
    const QString journal = sql.value(QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (sql.failed())
        return false;
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        sql.fail({HistoryError::Kind::Unwritable, sql.path(), QStringLiteral("journal_mode is %1").arg(journal)});
        return false;
    }
    sql.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    sql.exec(QStringLiteral("PRAGMA journal_size_limit = 8388608")); // the -wal file shrinks back after bursts
    const QString check = sql.value(QStringLiteral("PRAGMA quick_check")).toString();
    if (sql.failed())
        return false;
    if (check != QLatin1String("ok")) {
        sql.fail({HistoryError::Kind::Corrupt, sql.path(), check});
        return false;
    }
    const int fileVersion = sql.value(QStringLiteral("PRAGMA user_version")).toInt();
    if (fileVersion > version) {
        sql.fail({HistoryError::Kind::Failed, sql.path(),
                  QStringLiteral("made by a newer Duper (layout %1)").arg(fileVersion)});
        return false;
    }

    sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS followers(id INTEGER PRIMARY KEY, connection TEXT NOT NULL, "
                            "name TEXT NOT NULL, UNIQUE(connection, name))"));
    sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS samples(follower INTEGER NOT NULL, at INTEGER NOT NULL, "
                            "lag INTEGER, ops REAL, last_read INTEGER, failed_reads INTEGER NOT NULL, "
                            "state INTEGER NOT NULL, PRIMARY KEY(follower, at)) WITHOUT ROWID"));
    sql.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS samples_at ON samples(at)"));
    sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS minutes(follower INTEGER NOT NULL, at INTEGER NOT NULL, "
                            "samples INTEGER NOT NULL, lag_min REAL, lag_avg REAL, lag_max REAL, ops_min REAL, "
                            "ops_avg REAL, ops_max REAL, read_min REAL, read_avg REAL, read_max REAL, "
                            "failed_reads INTEGER NOT NULL, state INTEGER NOT NULL, PRIMARY KEY(follower, at)) "
                            "WITHOUT ROWID"));
    sql.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS minutes_at ON minutes(at)"));
    sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS events(follower INTEGER NOT NULL, at INTEGER NOT NULL, "
                            "state INTEGER NOT NULL, error TEXT NOT NULL, PRIMARY KEY(follower, at)) WITHOUT ROWID"));
    sql.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS events_at ON events(at)"));
    sql.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value INTEGER NOT NULL) "
                            "WITHOUT ROWID"));
    sql.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return !sql.failed();
}

} // namespace duper
