#include "core/followers/FollowerRefresher.h"

#include "core/followers/FollowerSnapshotJob.h"

namespace duper {

namespace {
constexpr int watchPollMs = 1000;
}

FollowerRefresher::FollowerRefresher(QObject* parent) : QObject(parent)
{
    configureParsePool(m_parsePool);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FollowerRefresher::refresh);
}

FollowerRefresher::~FollowerRefresher()
{
    if (m_job)
        m_job->disconnect(this);
    if (m_job)
        m_job->cancel();
}

void FollowerRefresher::configureParsePool(QThreadPool& pool)
{
    pool.setMaxThreadCount(1);
    pool.setThreadPriority(QThread::IdlePriority);
}

void FollowerRefresher::setApi(CcrApi* api)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
    }
    m_api = api;
    m_snapshot.reset();
    m_lastRefreshed = {};
    m_lastError = {};
    m_watched.clear();
    m_timer.stop();
}

void FollowerRefresher::setInterval(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (!m_job)
        scheduleNext();
}

void FollowerRefresher::watchUntilActive(const QString& follower, int timeoutMs)
{
    m_watched = follower;
    m_watchDeadline = QDateTime::currentDateTimeUtc().addMSecs(timeoutMs);
    refresh();
}

void FollowerRefresher::refresh()
{
    if (!m_api || m_job)
        return;
    m_timer.stop();
    auto* job = new FollowerSnapshotJob(m_api, m_snapshot, &m_parsePool, this);
    m_job = job;
    connect(job, &FollowerSnapshotJob::finished, this, &FollowerRefresher::onJobFinished);
    emit refreshStarted();
}

void FollowerRefresher::onJobFinished(FollowerSnapshotJob* job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    if (job->hasError()) {
        if (job->error().kind() == EsError::Kind::Cancelled)
            return; // a new connection or shutdown; nothing to report
        m_lastError = job->error();
        emit refreshFailed(m_lastError);
    } else {
        m_lastError = {};
        m_snapshot = job->result();
        m_lastRefreshed = QDateTime::currentDateTime();
        emit snapshotReady(m_snapshot);
    }
    scheduleNext();
}

bool FollowerRefresher::watchedFollowerSettled() const
{
    if (m_watched.isEmpty())
        return true;
    if (QDateTime::currentDateTimeUtc() >= m_watchDeadline)
        return true;
    if (!m_snapshot)
        return false;
    const qsizetype row = m_snapshot->indexOf(m_watched);
    return row >= 0 && m_snapshot->rows.at(row).state != FollowerState::Paused;
}

void FollowerRefresher::scheduleNext()
{
    if (!m_api)
        return;
    if (!watchedFollowerSettled()) {
        m_timer.start(watchPollMs);
        return;
    }
    m_watched.clear();
    if (m_intervalMs > 0)
        m_timer.start(m_intervalMs);
    else
        m_timer.stop();
}

} // namespace duper
