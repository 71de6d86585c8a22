#include "history/HistoryStore.h"

#include "core/followers/FollowerSnapshot.h"
#include "history/HistoryDatabase.h"

#include <QDateTime>

namespace duper {

HistoryStore::HistoryStore(QString path, HistoryLimits limits, Clock clock, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_limits(limits), m_clock(std::move(clock))
{
    qRegisterMetaType<duper::HistoryError>();
    qRegisterMetaType<duper::HistoryBatch>();
    qRegisterMetaType<duper::HistorySeries>();
    qRegisterMetaType<duper::RecentLag>();
    m_thread.setObjectName(QStringLiteral("duper-history"));
}

HistoryStore::~HistoryStore()
{
    if (!m_database)
        return;
    // Queued behind every batch already handed over, so those are written before the file closes.
    QMetaObject::invokeMethod(
        m_database,
        [database = m_database] {
            database->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

qint64 HistoryStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void HistoryStore::open()
{
    if (m_database)
        return;
    m_database = new HistoryDatabase(m_path, m_limits, m_busyTimeoutMs);
    m_database->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_database, &QObject::deleteLater);
    connect(m_database, &HistoryDatabase::opened, this, &HistoryStore::opened);
    connect(m_database, &HistoryDatabase::failed, this, &HistoryStore::onFailed);
    connect(m_database, &HistoryDatabase::written, this, &HistoryStore::batchWritten);
    connect(m_database, &HistoryDatabase::maintained, this, &HistoryStore::maintained);
    connect(m_database, &HistoryDatabase::seriesReady, this, &HistoryStore::seriesReady);
    connect(m_database, &HistoryDatabase::recentLagReady, this, &HistoryStore::recentLagReady);
    m_thread.start(QThread::LowPriority);
    post([nowMs = now()](HistoryDatabase* database) { database->open(nowMs); });
}

void HistoryStore::post(std::function<void(HistoryDatabase*)> call)
{
    if (!m_database || !isEnabled())
        return;
    QMetaObject::invokeMethod(
        m_database, [database = m_database, call = std::move(call)] { call(database); }, Qt::QueuedConnection);
}

void HistoryStore::record(const HistoryBatch& batch)
{
    post([batch, nowMs = now()](HistoryDatabase* database) { database->write(batch, nowMs); });
}

void HistoryStore::recordSnapshot(const QString& connectionId, std::shared_ptr<const FollowerSnapshot> snapshot)
{
    if (!snapshot)
        return;
    post([connectionId, snapshot = std::move(snapshot), nowMs = now()](HistoryDatabase* database) {
        database->write(HistoryBatch::fromSnapshot(connectionId, *snapshot), nowMs);
    });
}

void HistoryStore::setLimits(const HistoryLimits& limits)
{
    if (limits == m_limits)
        return;
    m_limits = limits;
    post([limits, nowMs = now()](HistoryDatabase* database) { database->setLimits(limits, nowMs); });
}

void HistoryStore::maintainNow()
{
    post([nowMs = now()](HistoryDatabase* database) { database->maintain(nowMs); });
}

quint64 HistoryStore::requestSeries(const QString& connectionId, const QString& follower, HistoryWindow window)
{
    const quint64 id = m_nextRequestId++;
    const qint64 nowMs = now();
    if (m_database && isEnabled()) {
        post([=](HistoryDatabase* database) { database->querySeries(id, connectionId, follower, window, nowMs); });
        return id;
    }
    HistorySeries series = HistorySeries::emptyWindow(connectionId, follower, window, nowMs);
    series.requestId = id;
    series.error = m_error.isError() ? m_error : HistoryError(HistoryError::Kind::Failed, m_path);
    // Asynchronous like a real answer, so callers handle one path.
    QMetaObject::invokeMethod(
        this, [this, series] { emit seriesReady(series); }, Qt::QueuedConnection);
    return id;
}

quint64 HistoryStore::requestRecentLag(const QString& connectionId)
{
    const quint64 id = m_nextRequestId++;
    const qint64 nowMs = now();
    if (m_database && isEnabled()) {
        post([=](HistoryDatabase* database) { database->queryRecentLag(id, connectionId, nowMs); });
        return id;
    }
    RecentLag lag;
    lag.requestId = id;
    lag.connectionId = connectionId;
    lag.toMs = nowMs;
    lag.fromMs = nowMs - RecentLag::spanMs;
    lag.error = m_error.isError() ? m_error : HistoryError(HistoryError::Kind::Failed, m_path);
    QMetaObject::invokeMethod(
        this, [this, lag] { emit recentLagReady(lag); }, Qt::QueuedConnection);
    return id;
}

void HistoryStore::onFailed(const HistoryError& error)
{
    if (m_error.isError())
        return;
    m_error = error;
    emit disabled(error);
}

} // namespace duper
