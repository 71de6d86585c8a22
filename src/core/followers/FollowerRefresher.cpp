#include "core/followers/FollowerRefresher.h"

#include "core/followers/FollowerSnapshotJob.h"

namespace duper {

namespace {
constexpr int watchPollMs = 1000;
constexpr int defaultIntervalMs = 10000;
} // namespace

FollowerRefresher::FollowerRefresher(QObject* parent) : Refresher(nullptr, defaultIntervalMs, parent)
{
    configureParsePool(m_parsePool);
}

FollowerRefresher::~FollowerRefresher()
{
    cancelRefresh();
}

void FollowerRefresher::configureParsePool(QThreadPool& pool)
{
    pool.setMaxThreadCount(1);
    // Not IdlePriority: on Linux that is SCHED_IDLE, which runs only when no other thread on the machine wants a
    // core, so any background work (even a niced compile) starved a 10,000-follower load from 45 ms to 1.4 s.
    pool.setThreadPriority(QThread::LowPriority);
}

void FollowerRefresher::startRefresh(CcrApi* api)
{
    m_job = new FollowerSnapshotJob(api, m_snapshot, &m_parsePool, this);
    connect(m_job, &FollowerSnapshotJob::finished, this, &FollowerRefresher::onJobFinished);
}

void FollowerRefresher::cancelRefresh()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job = nullptr;
}

void FollowerRefresher::clearSnapshot()
{
    m_snapshot.reset();
    m_watched.clear();
}

void FollowerRefresher::watchUntilActive(const QString& follower, int timeoutMs)
{
    m_watched = follower;
    m_watchDeadline = QDateTime::currentDateTimeUtc().addMSecs(timeoutMs);
    refresh();
}

void FollowerRefresher::onJobFinished(FollowerSnapshotJob* job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    finishRefresh(job->error(), [this, job] {
        m_snapshot = job->result();
        if (watchedFollowerSettled())
            m_watched.clear();
        emit snapshotReady(m_snapshot);
    });
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

int FollowerRefresher::nextRefreshDelay() const
{
    if (!watchedFollowerSettled())
        return watchPollMs;
    return interval();
}

} // namespace duper
