#include "core/dr/FailbackPlanner.h"

#include "core/ccr/CcrApi.h"

namespace duper {

FailbackPlanner::FailbackPlanner(CcrApi* apiA, CcrApi* apiB, QString remoteCluster, QObject* parent)
    : QObject(parent), m_apiA(apiA), m_apiB(apiB), m_remoteCluster(std::move(remoteCluster))
{}

FailbackPlanner::~FailbackPlanner()
{
    cancel();
}

template <typename Job, typename Store> void FailbackPlanner::read(Job* job, bool onB, Store store)
{
    ++m_outstanding;
    m_jobs.append(job);
    job->onFinished(this, [this, onB, store](Job* finished) {
        if (finished->result())
            store(*finished->takeResult());
        answered(finished, onB);
    });
}

void FailbackPlanner::start()
{
    m_outstanding = 0;
    read(m_apiA->remoteInfo(), false, [this](RemoteInfoResponse r) { m_input.remotesA = std::move(r); });
    read(m_apiA->followInfo(), false, [this](FollowInfoResponse r) { m_input.followInfoA = std::move(r); });
    read(m_apiA->indexStats(), false, [this](IndexStatsResponse r) { m_input.statsA = std::move(r); });
    read(m_apiA->dataStreams(), false, [this](DataStreamsResponse r) { m_input.dataStreamsA = std::move(r); });
    read(m_apiB->followInfo(), true, [this](FollowInfoResponse r) { m_input.followInfoB = std::move(r); });
    read(m_apiB->indexStats(), true, [this](IndexStatsResponse r) { m_input.statsB = std::move(r); });
    read(m_apiB->localNode(), true, [this](NodesInfoResponse r) { m_input.seedsB = r.transportAddresses; });
}

void FailbackPlanner::cancel()
{
    for (const QPointer<EsJob>& job : std::exchange(m_jobs, {})) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void FailbackPlanner::answered(const EsJob* job, bool onB)
{
    if (job->hasError() && !m_error.isError()) {
        m_error = job->error();
        m_errorOnB = onB;
    }
    if (--m_outstanding > 0)
        return;
    m_jobs.clear();
    if (!m_error.isError())
        m_plan = FailbackPlan::build(m_remoteCluster, m_input);
    emit finished();
}

} // namespace duper
