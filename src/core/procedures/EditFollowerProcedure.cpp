#include "core/procedures/EditFollowerProcedure.h"

#include "core/ccr/CcrApi.h"

#include <QCoreApplication>

namespace duper {

EditFollowerProcedure::EditFollowerProcedure(CcrApi* api, QString followerIndex, FollowParameters newParameters,
                                             FollowParameters previousParameters, QObject* parent)
    : FollowerProcedure(api, std::move(followerIndex), plannedSteps(), parent),
      m_newParameters(std::move(newParameters)), m_previousParameters(std::move(previousParameters))
{
    // wait_for_active_shards belongs to the follow API only; resume_follow would reject it.
    m_newParameters.waitForActiveShards.reset();
    m_previousParameters.waitForActiveShards.reset();
}

QList<ProcedureStep> EditFollowerProcedure::plannedSteps()
{
    return {ProcedureStep::Inspect, ProcedureStep::Pause, ProcedureStep::Resume};
}

QString EditFollowerProcedure::failureReport() const
{
    QString report = FollowerProcedure::failureReport();
    if (canResumeWithPrevious()) {
        report += QLatin1Char(' ') +
                  tr("Replication of \"%1\" is now paused: resume it with the previous settings, or correct the "
                     "settings and save again.")
                      .arg(index());
    }
    return report;
}

bool EditFollowerProcedure::canResumeWithPrevious() const
{
    return !isRunning() && failedStep() == ProcedureStep::Resume &&
           state().replication == FollowerIndexState::Replication::Paused;
}

void EditFollowerProcedure::resumeWithPrevious()
{
    if (isRunning() || m_previousJob)
        return;
    EsJob* job = api()->resumeFollow(index(), m_previousParameters);
    m_previousJob = job;
    connect(job, &EsJob::finished, this, [this](EsJob* finishedJob) {
        m_previousJob = nullptr;
        if (!finishedJob->hasError())
            mutableState().replication = FollowerIndexState::Replication::Active;
        emit resumeWithPreviousFinished(!finishedJob->hasError(), finishedJob->error());
    });
}

void EditFollowerProcedure::runStep(ProcedureStep step)
{
    if (step == ProcedureStep::Resume)
        resume();
    else
        FollowerProcedure::runStep(step);
}

void EditFollowerProcedure::afterInspect()
{
    // A regular index has no parameters to edit: let Elasticsearch say so in its own words.
    if (state().replication == FollowerIndexState::Replication::NotFollower) {
        failAsNotFollower();
        return;
    }
    completeStep(StepOutcome::Done);
}

void EditFollowerProcedure::resume()
{
    track(api()->resumeFollow(index(), m_newParameters), [this]() {
        mutableState().replication = FollowerIndexState::Replication::Active;
        mutableState().parameters = m_newParameters;
        completeStep(StepOutcome::Done);
    });
}

} // namespace duper
