#include "core/autofollow/AutoFollowRefresher.h"

#include "core/autofollow/AutoFollowSnapshotJob.h"

#include <utility>

namespace duper {

AutoFollowRefresher::AutoFollowRefresher(CcrApi* api, QObject* parent) : QObject(parent), m_api(api)
{
    Q_ASSERT(api);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoFollowRefresher::refresh);
}

AutoFollowRefresher::~AutoFollowRefresher()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void AutoFollowRefresher::setInterval(int ms)
{
    m_intervalMs = qMax(0, ms);
    if (!m_job)
        scheduleNext();
}

void AutoFollowRefresher::refresh()
{
    if (m_job) {
        m_refreshAgain = true;
        return;
    }
    m_timer.stop();
    auto* job = new AutoFollowSnapshotJob(m_api, this);
    m_job = job;
    connect(job, &AutoFollowSnapshotJob::finished, this, &AutoFollowRefresher::onJobFinished);
    emit refreshStarted();
}

void AutoFollowRefresher::onJobFinished(AutoFollowSnapshotJob* job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    if (job->hasError()) {
        if (job->error().kind() == EsError::Kind::Cancelled)
            return; // shutdown; nothing to report
        m_lastError = job->error();
        emit refreshFailed(m_lastError);
    } else {
        m_lastError = {};
        m_snapshot = std::make_shared<const AutoFollowSnapshot>(*job->result());
        m_lastRefreshed = QDateTime::currentDateTime();
        emit snapshotReady(m_snapshot);
    }
    if (std::exchange(m_refreshAgain, false))
        refresh();
    else
        scheduleNext();
}

void AutoFollowRefresher::scheduleNext()
{
    if (m_intervalMs > 0)
        m_timer.start(m_intervalMs);
    else
        m_timer.stop();
}

} // namespace duper
