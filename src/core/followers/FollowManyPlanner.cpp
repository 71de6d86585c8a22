#include "core/followers/FollowManyPlanner.h"

#include "core/ccr/CcrApi.h"

namespace duper {

FollowManyPlanner::FollowManyPlanner(CcrApi* api, QObject* parent) : QObject(parent), m_api(api)
{}

FollowManyPlanner::~FollowManyPlanner()
{
    for (const QPointer<EsJob>& job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

void FollowManyPlanner::cancel()
{
    const QList<QPointer<EsJob>> jobs = std::exchange(m_jobs, {});
    m_pending = 0;
    for (const QPointer<EsJob>& job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void FollowManyPlanner::start(const FollowManySpec& spec)
{
    cancel();
    m_spec = spec;
    m_plan.reset();
    m_error = EsError();
    m_remote.reset();
    m_localNames.clear();
    m_followers.clear();

    ResolveIndexJob* remote = m_api->resolveIndex(FollowManyPlan::resolveExpression(spec));
    remote->onFinished(this, [this](ResolveIndexJob* job) {
        if (job->hasError())
            m_error = job->error();
        else
            m_remote = job->result();
        jobDone();
    });
    // Hidden indices too: a follower name may collide with one.
    ResolveIndexJob* local = m_api->resolveIndex(QStringLiteral("*,.*"));
    local->onFinished(this, [this](ResolveIndexJob* job) {
        if (job->hasError()) {
            m_error = job->error();
        } else {
            for (const ResolvedIndex& index : job->result()->indices)
                m_localNames.append(index.name);
            for (const ResolvedAlias& alias : job->result()->aliases)
                m_localNames.append(alias.name);
            for (const ResolvedDataStream& stream : job->result()->dataStreams)
                m_localNames.append(stream.name);
        }
        jobDone();
    });
    FollowInfoJob* info = m_api->followInfo();
    info->onFinished(this, [this](FollowInfoJob* job) {
        if (job->hasError())
            m_error = job->error();
        else
            m_followers = job->result()->followers;
        jobDone();
    });
    m_jobs = {remote, local, info};
    m_pending = int(m_jobs.size());
}

void FollowManyPlanner::jobDone()
{
    if (--m_pending > 0)
        return;
    m_jobs.clear();
    if (!m_error.isError() && m_remote)
        m_plan = FollowManyPlan::build(m_spec, *m_remote, m_localNames, m_followers);
    emit finished();
}

} // namespace duper
