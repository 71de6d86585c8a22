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
    m_reads.add(job);
    job->onFinished(this, [this, onB, store](Job* finished) {
        if (finished->result())
            store(*finished->takeResult());
        answered(finished, onB);
    });
}

void FailbackPlanner::start()
{
    m_reads.reset();
    m_plan.reset();
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
    m_reads.cancel(this);
}

void FailbackPlanner::answered(const EsJob* job, bool onB)
{
    if (m_reads.noteError(job))
        m_errorOnB = onB;
    if (!m_reads.answered())
        return;
    if (!m_reads.error().isError())
        m_plan = FailbackPlan::build(m_remoteCluster, m_input);
    emit finished();
}

} // namespace duper
