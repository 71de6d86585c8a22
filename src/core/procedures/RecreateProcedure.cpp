#include "core/procedures/RecreateProcedure.h"

#include "core/ccr/CcrApi.h"

namespace duper {

RecreateProcedure::RecreateProcedure(CcrApi* api, QString followerIndex, QObject* parent)
    : FollowerProcedure(api, std::move(followerIndex), plannedSteps(), parent)
{}

QList<ProcedureStep> RecreateProcedure::plannedSteps()
{
    return {ProcedureStep::Inspect, ProcedureStep::Pause, ProcedureStep::Close, ProcedureStep::Follow};
}

FollowParameters RecreateProcedure::followParameters() const
{
    if (m_parameters)
        return *m_parameters;
    FollowParameters parameters =
        state().hasParameters ? state().parameters : (m_fallback ? *m_fallback : FollowParameters());
    parameters.waitForActiveShards.reset();
    return parameters;
}

void RecreateProcedure::runStep(ProcedureStep step)
{
    if (step == ProcedureStep::Follow)
        follow();
    else
        FollowerProcedure::runStep(step);
}

void RecreateProcedure::afterInspect()
{
    // A regular index is only recreated when an earlier run of this procedure already knows its leader.
    if (state().replication == FollowerIndexState::Replication::NotFollower && state().leaderIndex.isEmpty()) {
        failAsNotFollower();
        return;
    }
    completeStep(StepOutcome::Done);
}

void RecreateProcedure::follow()
{
    FollowRequest request;
    request.remoteCluster = state().remoteCluster;
    request.leaderIndex = state().leaderIndex;
    request.parameters = followParameters();
    track(api()->follow(index(), request), [this]() {
        mutableState().replication = FollowerIndexState::Replication::Active;
        mutableState().openness = FollowerIndexState::Openness::Open;
        completeStep(StepOutcome::Done);
    });
}

} // namespace duper
