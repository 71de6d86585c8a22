#include "core/security/ApiKeyMigrationPlanner.h"

#include "core/ccr/CcrApi.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>

namespace duper {

ApiKeyMigrationPlanner::ApiKeyMigrationPlanner(ClusterSession* follower, QString alias, ApiKeyMigrationStateStore store,
                                               QObject* parent)
    : QObject(parent), m_follower(follower), m_alias(std::move(alias)), m_store(std::move(store))
{}

ApiKeyMigrationPlanner::~ApiKeyMigrationPlanner()
{
    cancel();
}

QString ApiKeyMigrationPlanner::clusterKey(const ClusterSession& session)
{
    if (const auto& identity = session.identity()) {
        if (!identity->clusterUuid.isEmpty())
            return identity->clusterUuid;
        if (!identity->clusterName.isEmpty())
            return identity->clusterName;
    }
    return session.connectionId();
}

void ApiKeyMigrationPlanner::start()
{
    m_reads.reset();
    m_plan.reset();
    m_errorWhat.clear();
    CcrApi* api = m_follower->api();
    ClusterSettingsJob* settings = api->clusterSettings();
    RemoteInfoJob* remotes = api->remoteInfo();
    FollowInfoJob* followers = api->followInfo();
    AutoFollowPatternsJob* patterns = api->autoFollowPatterns();
    for (EsJob* job : std::initializer_list<EsJob*>{settings, remotes, followers, patterns})
        m_reads.add(job);
    settings->onFinished(this, [this](ClusterSettingsJob* job) {
        m_settings = job->takeResult();
        answered(job, tr("could not read the follower cluster's settings"));
    });
    remotes->onFinished(this, [this](RemoteInfoJob* job) {
        m_remotes = job->takeResult();
        answered(job, tr("could not read the follower cluster's remote clusters"));
    });
    followers->onFinished(this, [this](FollowInfoJob* job) {
        m_followInfo = job->takeResult();
        answered(job, tr("could not read the follower indices"));
    });
    patterns->onFinished(this, [this](AutoFollowPatternsJob* job) {
        if (const auto& result = job->result())
            m_patterns = result->patterns;
        answered(job, tr("could not read the auto-follow patterns"));
    });
}

void ApiKeyMigrationPlanner::cancel()
{
    m_reads.cancel(this);
}

void ApiKeyMigrationPlanner::answered(const EsJob* job, const QString& what)
{
    if (m_reads.noteError(job))
        m_errorWhat = what;
    if (!m_reads.answered())
        return;
    if (!m_reads.error().isError() && m_settings && m_remotes && m_followInfo) {
        const QString cluster = clusterKey(*m_follower);
        m_plan = ApiKeyMigrationPlan::build(m_alias, *m_settings, *m_remotes, *m_followInfo, m_patterns,
                                            m_store.load(cluster, m_alias));
        m_plan->cluster = cluster;
    }
    emit finished();
}

} // namespace duper
