#include "core/dr/FailoverPlanner.h"

#include "core/ccr/CcrApi.h"

namespace duper {

FailoverPlanner::FailoverPlanner(CcrApi* api, QString remoteCluster, QObject* parent)
    : QObject(parent), m_api(api), m_remoteCluster(std::move(remoteCluster))
{}

FailoverPlanner::~FailoverPlanner()
{
    cancel();
}

void FailoverPlanner::start()
{
    m_outstanding = 3;
    RemoteInfoJob* remotes = m_api->remoteInfo();
    FollowInfoJob* followers = m_api->followInfo();
    AutoFollowPatternsJob* patterns = m_api->autoFollowPatterns();
    m_jobs = {remotes, followers, patterns};
    remotes->onFinished(this, [this](RemoteInfoJob* job) {
        if (const auto& result = job->result())
            m_remoteKnown = result->find(m_remoteCluster) != nullptr;
        answered(job);
    });
    followers->onFinished(this, [this](FollowInfoJob* job) {
        m_followInfo = job->takeResult();
        answered(job);
    });
    patterns->onFinished(this, [this](AutoFollowPatternsJob* job) {
        if (const auto& result = job->result())
            m_patterns = result->patterns;
        answered(job);
    });
}

void FailoverPlanner::cancel()
{
    for (const QPointer<EsJob>& job : std::exchange(m_jobs, {})) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void FailoverPlanner::answered(const EsJob* job)
{
    if (job->hasError() && !m_error.isError())
        m_error = job->error();
    if (--m_outstanding > 0)
        return;
    m_jobs.clear();
    if (!m_error.isError()) {
        FailoverPlan plan = FailoverPlan::build(m_remoteCluster, *m_followInfo, *m_patterns);
        m_unknownRemote = !m_remoteKnown && plan.isEmpty() && plan.pausedPatterns.isEmpty();
        m_plan = std::move(plan);
    }
    m_finished = true;
    emit finished();
}

} // namespace duper
