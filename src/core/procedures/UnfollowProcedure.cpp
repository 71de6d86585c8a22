#include "core/procedures/UnfollowProcedure.h"

#include "core/ccr/CcrApi.h"

namespace duper {

UnfollowProcedure::UnfollowProcedure(CcrApi* api, QString followerIndex, QObject* parent)
    : FollowerProcedure(api, std::move(followerIndex), plannedSteps(), parent)
{}

QList<ProcedureStep> UnfollowProcedure::plannedSteps()
{
    return {ProcedureStep::Inspect, ProcedureStep::Pause, ProcedureStep::Close, ProcedureStep::Unfollow,
            ProcedureStep::Open};
}

void UnfollowProcedure::runStep(ProcedureStep step)
{
    if (step == ProcedureStep::Unfollow)
        unfollow();
    else
        FollowerProcedure::runStep(step);
}

void UnfollowProcedure::afterInspect()
{
    const FollowerIndexState& current = state();
    if (current.replication == FollowerIndexState::Replication::NotFollower &&
        current.openness != FollowerIndexState::Openness::Closed) {
        failAsNotFollower();
        return;
    }
    completeStep(StepOutcome::Done);
}

void UnfollowProcedure::unfollow()
{
    if (state().replication == FollowerIndexState::Replication::NotFollower) {
        completeStep(StepOutcome::AlreadyDone);
        return;
    }
    track(api()->unfollow(index()), [this]() {
        mutableState().replication = FollowerIndexState::Replication::NotFollower;
        completeStep(StepOutcome::Done);
    });
}

} // namespace duper
