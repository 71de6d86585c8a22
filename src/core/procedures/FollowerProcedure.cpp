#include "core/procedures/FollowerProcedure.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/es/EsErrorRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper {

FollowerProcedure::FollowerProcedure(CcrApi* api, QString index, QList<ProcedureStep> steps, QObject* parent)
    : QObject(parent), m_api(api), m_index(std::move(index)), m_steps(std::move(steps))
{}

FollowerProcedure::~FollowerProcedure()
{
    if (m_job)
        m_job->disconnect(this);
}

QString FollowerProcedure::failureReport() const
{
    if (!m_failedStep)
        return {};
    return QCoreApplication::translate("duper::FollowerProcedure", "Step \"%1\" failed: %2 %3")
        .arg(ProcedureStepText::title(*m_failedStep), m_error.userMessage(), m_state.describe(m_index));
}

void FollowerProcedure::start()
{
    if (m_running)
        return;
    m_running = true;
    m_failedStep.reset();
    m_error = EsError();
    m_current = -1;
    runNext();
}

void FollowerProcedure::cancel()
{
    if (m_job)
        m_job->cancel();
}

void FollowerProcedure::runNext()
{
    ++m_current;
    if (m_current >= m_steps.size()) {
        m_running = false;
        emit finished(true);
        return;
    }
    const ProcedureStep step = m_steps.at(m_current);
    emit stepStarted(step);
    runStep(step);
}

void FollowerProcedure::runStep(ProcedureStep step)
{
    switch (step) {
    case ProcedureStep::Inspect:
        inspect();
        return;
    case ProcedureStep::Pause:
        pause();
        return;
    case ProcedureStep::Close:
        close();
        return;
    case ProcedureStep::Open:
        open();
        return;
    case ProcedureStep::Unfollow:
    case ProcedureStep::Follow:
    case ProcedureStep::Resume:
        break;
    }
    Q_UNREACHABLE(); // a procedure listed a step it does not run
}

void FollowerProcedure::completeStep(StepOutcome outcome)
{
    m_job = nullptr;
    emit stepFinished(m_steps.at(m_current), outcome);
    runNext();
}

void FollowerProcedure::failStep(EsError error)
{
    m_job = nullptr;
    const ProcedureStep step = m_steps.at(m_current);
    m_error = std::move(error);
    m_failedStep = step;
    m_running = false;
    emit stepFailed(step, m_error);
    emit finished(false);
}

void FollowerProcedure::track(EsJob* job, std::function<void()> onSuccess,
                              std::function<bool(const EsError&)> alreadyDone)
{
    m_job = job;
    connect(job, &EsJob::finished, this,
            [this, onSuccess = std::move(onSuccess), alreadyDone = std::move(alreadyDone)](EsJob* finishedJob) {
                if (!finishedJob->hasError()) {
                    onSuccess();
                    return;
                }
                if (alreadyDone && alreadyDone(finishedJob->error())) {
                    completeStep(StepOutcome::AlreadyDone);
                    return;
                }
                failStep(finishedJob->error());
            });
}

void FollowerProcedure::inspect()
{
    // Open or closed: _cat/indices knows (404 when the index does not exist). Then follow_info: active, paused or
    // not a follower, and the remote cluster, leader index and parameters.
    EsJob* catJob = m_api->client()->send(EsRequest::get({QStringLiteral("_cat"), QStringLiteral("indices"), m_index})
                                              .addQuery(QStringLiteral("format"), QStringLiteral("json"))
                                              .addQuery(QStringLiteral("h"), QStringLiteral("index,status")));
    track(catJob, [this, catJob]() {
        const QJsonArray rows = QJsonDocument::fromJson(catJob->body()).array();
        m_state.openness = FollowerIndexState::Openness::Unknown;
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            if (object.value(QLatin1String("index")).toString() != m_index)
                continue;
            m_state.openness = object.value(QLatin1String("status")).toString() == QLatin1String("close")
                                   ? FollowerIndexState::Openness::Closed
                                   : FollowerIndexState::Openness::Open;
        }
        FollowInfoJob* infoJob = m_api->followInfo({m_index});
        track(infoJob, [this, infoJob]() {
            const FollowerInfo* info = nullptr;
            for (const FollowerInfo& candidate : infoJob->result()->followers) {
                if (candidate.followerIndex == m_index)
                    info = &candidate;
            }
            if (!info) {
                m_state.replication = FollowerIndexState::Replication::NotFollower;
            } else {
                m_state.replication = info->status == FollowerStatus::Active ? FollowerIndexState::Replication::Active
                                                                             : FollowerIndexState::Replication::Paused;
                m_state.remoteCluster = info->remoteCluster;
                m_state.leaderIndex = info->leaderIndex;
                // A paused follower reports no parameters: keep the ones read while it was active.
                if (info->hasParameters) {
                    m_state.parameters = info->parameters;
                    m_state.hasParameters = true;
                }
            }
            afterInspect();
        });
    });
}

void FollowerProcedure::afterInspect()
{
    completeStep(StepOutcome::Done);
}

void FollowerProcedure::failAsNotFollower()
{
    track(m_api->pauseFollow(m_index), [this]() {
        // It became a follower meanwhile and is now paused.
        m_state.replication = FollowerIndexState::Replication::Paused;
        completeStep(StepOutcome::Done);
    });
}

void FollowerProcedure::pause()
{
    if (m_state.replication != FollowerIndexState::Replication::Active) {
        completeStep(StepOutcome::AlreadyDone);
        return;
    }
    track(
        m_api->pauseFollow(m_index),
        [this]() {
            m_state.replication = FollowerIndexState::Replication::Paused;
            completeStep(StepOutcome::Done);
        },
        [this](const EsError& error) {
            if (!EsErrorRules::isFollowerAlreadyPaused(error))
                return false;
            m_state.replication = FollowerIndexState::Replication::Paused;
            return true;
        });
}

void FollowerProcedure::close()
{
    if (m_state.openness == FollowerIndexState::Openness::Closed) {
        completeStep(StepOutcome::AlreadyDone);
        return;
    }
    track(m_api->closeIndex(m_index), [this]() {
        m_state.openness = FollowerIndexState::Openness::Closed;
        completeStep(StepOutcome::Done);
    });
}

void FollowerProcedure::open()
{
    if (m_state.openness == FollowerIndexState::Openness::Open) {
        completeStep(StepOutcome::AlreadyDone);
        return;
    }
    track(m_api->openIndex(m_index), [this]() {
        m_state.openness = FollowerIndexState::Openness::Open;
        completeStep(StepOutcome::Done);
    });
}

} // namespace duper
