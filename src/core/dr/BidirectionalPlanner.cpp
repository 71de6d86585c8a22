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
    m_error = {};
    m_errorCluster.clear();
    m_localState = {};
    m_otherState = {};
    m_outstanding = 6;
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
    m_jobs << remotes << patterns << nodes;
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
    for (const QPointer<EsJob>& job : std::exchange(m_jobs, {})) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void BidirectionalPlanner::answered(const EsJob* job, ClusterSession* session)
{
    if (job->hasError() && !m_error.isError()) {
        m_error = job->error();
        m_errorCluster = clusterName(session);
    }
    if (--m_outstanding > 0)
        return;
    m_jobs.clear();
    if (!m_error.isError())
        m_plan = BidirectionalPlan::build(m_localState, m_request.localAlias, m_otherState, m_request.otherAlias,
                                          m_request.leaderPatterns);
    m_finished = true;
    emit finished();
}

} // namespace duper
