#include "history/HistoryDatabase.h"

#include "history/HistoryMaintenance.h"
#include "history/HistoryQueries.h"
#include "history/HistorySchema.h"
#include "history/HistorySql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace duper {

namespace {
const QString kDriver = QStringLiteral("QSQLITE");
} // namespace

HistoryDatabase::HistoryDatabase(QString path, HistoryLimits limits, int busyTimeoutMs)
    : m_path(std::move(path)), m_limits(limits), m_busyTimeoutMs(busyTimeoutMs),
      m_connectionName(QStringLiteral("duper-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryDatabase::~HistoryDatabase()
{
    closeConnection();
}

bool HistoryDatabase::checkFile()
{
    if (!QSqlDatabase::isDriverAvailable(kDriver)) {
        switchOff({HistoryError::Kind::NoDriver, m_path});
        return false;
    }
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath())) {
        switchOff({HistoryError::Kind::Unwritable, m_path, QStringLiteral("cannot create the folder")});
        return false;
    }
    if (file.exists() && (!file.isFile() || !file.isWritable())) {
        switchOff({HistoryError::Kind::Unwritable, m_path, QStringLiteral("not a writable file")});
        return false;
    }
    return true;
}

void HistoryDatabase::open(qint64 nowMs)
{
    if (m_sql || m_error.isError() || !checkFile())
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
        if (!db.open()) {
            HistoryError error = HistoryError::fromSql(db.lastError(), m_path);
            if (error.kind() == HistoryError::Kind::Failed)
                error = {HistoryError::Kind::Unwritable, m_path, error.detail()};
            db = QSqlDatabase();
            switchOff(error);
            return;
        }
        m_sql = std::make_unique<HistorySql>(db, m_path);
    }
    // A write at once: a read-only or locked file shows now, not at the first refresh.
    if (!HistorySchema::prepare(*m_sql) ||
        !m_sql->exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('opened_at', ?)"), {nowMs})) {
        switchOff(m_sql->error());
        return;
    }
    emit opened();
    maintain(nowMs);
}

void HistoryDatabase::write(const HistoryBatch& batch, qint64 nowMs)
{
    if (!m_sql)
        return;
    if (!m_writer.write(*m_sql, batch)) {
        switchOff(m_sql->error());
        return;
    }
    emit written(batch.takenAtMs, int(batch.samples.size()));
    // A clock set back also counts as due.
    if (m_lastMaintenanceMs < 0 || nowMs - m_lastMaintenanceMs >= maintenanceIntervalMs || nowMs < m_lastMaintenanceMs)
        maintain(nowMs);
}

void HistoryDatabase::setLimits(const HistoryLimits& limits, qint64 nowMs)
{
    m_limits = limits;
    maintain(nowMs);
}

void HistoryDatabase::maintain(qint64 nowMs)
{
    if (!m_sql)
        return;
    m_lastMaintenanceMs = nowMs;
    HistoryMaintenance::Outcome outcome;
    if (!HistoryMaintenance::run(*m_sql, m_limits, nowMs, &outcome)) {
        switchOff(m_sql->error());
        return;
    }
    if (outcome.followersRemoved)
        m_writer.forget();
    emit maintained(outcome.usedBytes);
}

void HistoryDatabase::querySeries(quint64 requestId, const QString& connectionId, const QString& follower,
                                  HistoryWindow window, qint64 nowMs)
{
    HistorySeries series;
    if (m_sql) {
        series = HistoryQueries::series(*m_sql, connectionId, follower, window, nowMs);
        if (m_sql->failed()) {
            const HistoryError error = m_sql->error();
            switchOff(error);
            series = {};
        }
    }
    if (!m_sql) { // off: an empty answer that says why
        series = HistorySeries::emptyWindow(connectionId, follower, window, nowMs);
        series.error = m_error.isError() ? m_error : HistoryError(HistoryError::Kind::Failed, m_path);
    }
    series.requestId = requestId;
    emit seriesReady(series);
}

void HistoryDatabase::queryRecentLag(quint64 requestId, const QString& connectionId, qint64 nowMs)
{
    RecentLag lag;
    if (m_sql) {
        lag = HistoryQueries::recentLag(*m_sql, connectionId, nowMs);
        if (m_sql->failed()) {
            const HistoryError error = m_sql->error();
            switchOff(error);
            lag = {};
        }
    }
    if (!m_sql) {
        lag.connectionId = connectionId;
        lag.toMs = nowMs;
        lag.fromMs = nowMs - RecentLag::spanMs;
        lag.error = m_error.isError() ? m_error : HistoryError(HistoryError::Kind::Failed, m_path);
    }
    lag.requestId = requestId;
    emit recentLagReady(lag);
}

void HistoryDatabase::close()
{
    closeConnection();
}

void HistoryDatabase::switchOff(HistoryError error)
{
    closeConnection();
    if (m_error.isError())
        return;
    m_error = std::move(error);
    emit failed(m_error);
}

void HistoryDatabase::closeConnection()
{
    if (m_sql) {
        m_sql->database().close();
        m_sql.reset(); // the last QSqlDatabase handle, before the connection is removed
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace duper
