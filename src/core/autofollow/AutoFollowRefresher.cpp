#include "core/autofollow/AutoFollowRefresher.h"

namespace duper {

AutoFollowRefresher::AutoFollowRefresher(CcrApi* api, QObject* parent) : Refresher(api, 0, parent) {}

AutoFollowRefresher::~AutoFollowRefresher()
{
    cancelRefresh();
}

void AutoFollowRefresher::startRefresh(CcrApi* api)
{
    m_job = new AutoFollowSnapshotJob(api, this);
    connect(m_job, &AutoFollowSnapshotJob::finished, this, &AutoFollowRefresher::onJobFinished);
}

void AutoFollowRefresher::cancelRefresh()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job = nullptr;
}

void AutoFollowRefresher::onJobFinished(AutoFollowSnapshotJob* job)
{
    if (job != m_job)
        return;
    m_job = nullptr;
    finishRefresh(job->error(), [this, job] {
        m_snapshot = std::make_shared<const AutoFollowSnapshot>(*job->result());
        emit snapshotReady(m_snapshot);
    });
}

} // namespace duper
