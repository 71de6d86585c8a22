#pragma once

#include "core/procedures/FollowerProcedure.h"

namespace duper {

// Turns a follower index into a regular index: pause (if active) → close → unfollow → open, as Elasticsearch
// requires (unfollow only accepts a paused, closed follower and leaves the index closed).
// A closed regular index is taken as a previous run that stopped after unfollow: only the reopening is left.
// An open regular index is refused with Elasticsearch's own "is not a follower index" answer; it is never closed.
class UnfollowProcedure : public FollowerProcedure
{
    Q_OBJECT

public:
    UnfollowProcedure(CcrApi* api, QString followerIndex, QObject* parent = nullptr);

    // The steps it runs, for progress lists made before the procedure exists.
    static QList<ProcedureStep> plannedSteps();

protected:
    void runStep(ProcedureStep step) override;
    void afterInspect() override;

private:
    void unfollow();
};

} // namespace duper
