#include "core/dr/BidirectionalPlanner.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"

namespace duper {

BidirectionalPlanner::BidirectionalPlanner(ClusterSession* local, ClusterSession* other, Request request,
                                           QObject* parent)
    : QObject(parent), m_local(local), m_other(other), m_request(std::move(request))
{}

BidirectionalPlanner::~BidirectionalPlanner()
{
    cancel();
}

QString BidirectionalPlanner::clusterName(const ClusterSession* session)
{
    if (session->identity() && !session->identity()->clusterName.isEmpty())
        return session->identity()->clusterName;
    return session->displayName();
}

void BidirectionalPlanner::start()
{
    m_finished = false;
    m_plan.reset();
    m_reads.reset();
    m_errorCluster.clear();
    m_localState = {};
    m_otherState = {};
    read(m_local, &m_localState);
    read(m_other, &m_otherState);
}

void BidirectionalPlanner::read(ClusterSession* session, BidirectionalPlan::ClusterState* state)
{
    state->name = clusterName(session);
    RemoteInfoJob* remotes = session->api()->remoteInfo();
    AutoFollowPatternsJob* patterns = session->api()->autoFollowPatterns();
    auto* nodes = session->client()->send<QStringList>(EsRequest::get({QStringLiteral("_nodes")}),
                                                       &BidirectionalPlan::parseTransportAddresses);
    for (EsJob* job : {static_cast<EsJob*>(remotes), static_cast<EsJob*>(patterns), static_cast<EsJob*>(nodes)})
        m_reads.add(job);
    remotes->onFinished(this, [this, session, state](RemoteInfoJob* job) {
        if (const auto& result = job->result())
            state->remotes = *result;
        answered(job, session);
    });
    patterns->onFinished(this, [this, session, state](AutoFollowPatternsJob* job) {
        if (const auto& result = job->result())
            state->patterns = result->patterns;
        answered(job, session);
    });
    nodes->onFinished(this, [this, session, state](EsResultJob<QStringList>* job) {
        if (const auto& result = job->result())
            state->transportAddresses = *result;
        answered(job, session);
    });
}

void BidirectionalPlanner::cancel()
{
    m_reads.cancel(this);
}

void BidirectionalPlanner::answered(const EsJob* job, ClusterSession* session)
{
    if (m_reads.noteError(job))
        m_errorCluster = clusterName(session);
    if (!m_reads.answered())
        return;
    if (!m_reads.error().isError())
        m_plan = BidirectionalPlan::build(m_localState, m_request.localAlias, m_otherState, m_request.otherAlias,
                                          m_request.leaderPatterns);
    m_finished = true;
    emit finished();
}

} // namespace duper
