#pragma once

#include "core/procedures/FollowerProcedure.h"
#include "core/values/FollowParameters.h"

#include <optional>

namespace duper {

// Recreates a follower index from its leader — the way out of a fatal replication error: pause (if active) →
// close → follow the same leader index on the same remote cluster again, with the same parameters. The follow
// restores the leader's data over the closed index and reopens it.
// The parameters are the ones follow_info reported while the follower was active. A paused follower reports none;
// then the ones given with setParameters() are used, else Elasticsearch's defaults.
class RecreateProcedure : public FollowerProcedure
{
    Q_OBJECT

public:
    RecreateProcedure(CcrApi* api, QString followerIndex, QObject* parent = nullptr);

    // The steps it runs, for progress lists made before the procedure exists.
    static QList<ProcedureStep> plannedSteps();

    // Parameters to follow with, instead of the ones read from the cluster (e.g. remembered before a pause).
    void setParameters(const FollowParameters& parameters) { m_parameters = parameters; }
    // Parameters to follow with only when the cluster reports none (a paused follower), e.g. the remembered ones.
    void setFallbackParameters(const FollowParameters& parameters) { m_fallback = parameters; }
    // The parameters the Follow step sends (or sent).
    FollowParameters followParameters() const;

protected:
    void runStep(ProcedureStep step) override;
    void afterInspect() override;

private:
    void follow();

    std::optional<FollowParameters> m_parameters;
    std::optional<FollowParameters> m_fallback;
};

} // namespace duper
