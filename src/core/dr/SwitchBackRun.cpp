#include "core/dr/SwitchBackRun.h"

#include "core/autofollow/AutoFollowActions.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/dr/FailbackPlanner.h"
#include "core/dr/FailoverPlanner.h"
#include "core/dr/FailoverRun.h"
#include "core/session/ClusterSession.h"

namespace duper {

SwitchBackRun::SwitchBackRun(ClusterSession* sessionA, ClusterSession* sessionB, QString aliasOnA, QString aliasOnB,
                             FailbackRun::Options options, QObject* parent)
    : QObject(parent), m_sessionA(sessionA), m_sessionB(sessionB), m_aliasOnA(std::move(aliasOnA)),
      m_aliasOnB(std::move(aliasOnB)), m_options(options)
{}

SwitchBackRun::~SwitchBackRun()
{
    if (m_current)
        m_current->disconnect(this);
}

void SwitchBackRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = m_succeeded = false;
    m_error = {};
    m_resumed.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = {};
    failover();
}

void SwitchBackRun::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (auto* run = qobject_cast<FailoverRun*>(m_current.data()))
        return run->cancel(); // its finished() ends this run
    if (auto* run = qobject_cast<FailbackRun*>(m_current.data()))
        return run->cancel();
    if (auto* runner = qobject_cast<BatchRunner*>(m_current.data()))
        return runner->cancel();
    if (m_current)
        m_current->disconnect(this);
    stop();
}

void SwitchBackRun::failover()
{
    emit stageStarted(Stage::Failover);
    auto* planner = new FailoverPlanner(m_sessionA->api(), m_aliasOnA, this);
    m_current = planner;
    connect(planner, &FailoverPlanner::finished, this, [this, planner] {
        planner->deleteLater();
        if (!planner->plan())
            return stop(planner->error());
        m_failover = new FailoverRun(m_sessionA, *planner->plan(), this);
        m_current = m_failover;
        connect(m_failover, &FailoverRun::finished, this, [this] {
            if (m_failover->succeeded() && !m_cancelled)
                failback();
            else
                stop();
        });
        m_failover->start();
    });
    planner->start();
}

void SwitchBackRun::failback()
{
    emit stageStarted(Stage::Failback);
    // The roles swap: B is the cluster that follows, A the one it follows.
    auto* planner = new FailbackPlanner(m_sessionB->api(), m_sessionA->api(), m_aliasOnB, this);
    m_current = planner;
    connect(planner, &FailbackPlanner::finished, this, [this, planner] {
        planner->deleteLater();
        if (!planner->plan())
            return stop(planner->error());
        m_failback = new FailbackRun(m_sessionB, m_sessionA, *planner->plan(), m_options, this);
        m_current = m_failback;
        connect(m_failback, &FailbackRun::finished, this, [this] {
            if (m_failback->succeeded() && !m_cancelled)
                resumePatterns();
            else
                stop();
        });
        m_failback->start();
    });
    planner->start();
}

void SwitchBackRun::resumePatterns()
{
    emit stageStarted(Stage::ResumePatterns);
    AutoFollowPatternsJob* job = m_sessionB->api()->autoFollowPatterns();
    m_current = job;
    job->onFinished(this, [this](AutoFollowPatternsJob* patterns) {
        if (patterns->hasError())
            return stop(patterns->error());
        QStringList paused;
        for (const AutoFollowPattern& pattern : patterns->result()->patterns)
            if (pattern.remoteCluster == m_aliasOnB && !pattern.active)
                paused.append(pattern.name);
        BatchRunner* runner = m_sessionB->autoFollowActions()->resume(paused, this);
        m_current = runner;
        connect(runner, &BatchRunner::finished, this, [this, runner] {
            m_resumed = runner->results();
            runner->deleteLater();
            m_succeeded = !m_cancelled && runner->succeededCount() == runner->total();
            stop();
        });
        runner->start();
    });
}

void SwitchBackRun::stop(const EsError& error)
{
    if (error.isError())
        m_error = error;
    m_current = nullptr;
    m_running = false;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    emit finished();
}

QString switchBackStageKey(SwitchBackRun::Stage stage)
{
    switch (stage) {
    case SwitchBackRun::Stage::Failover:
        return QStringLiteral("failover");
    case SwitchBackRun::Stage::Failback:
        return QStringLiteral("failback");
    case SwitchBackRun::Stage::ResumePatterns:
        return QStringLiteral("resume_patterns");
    }
    return {};
}

} // namespace duper
