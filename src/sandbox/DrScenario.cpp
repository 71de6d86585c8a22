#include "sandbox/DrScenario.h"

#include "sandbox/AutoFollowPattern.h"
#include "sandbox/FollowService.h"
#include "sandbox/Sandbox.h"

#include <QStringList>

namespace duper::sandbox {

const QStringList& DrScenario::plainIndices()
{
    static const QStringList names{QStringLiteral("orders"), QStringLiteral("customers"), QStringLiteral("invoices")};
    return names;
}

void DrScenario::prepare(SandboxOptions& options)
{
    options.workload = true;
    // A gentle workload: the drill is about watching checkpoints, not load.
    options.workloadDocsPerTick = qMin(options.workloadDocsPerTick, 5);
}

bool DrScenario::install(Sandbox& sandbox, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString alias = sandbox.options().remoteAlias;
    FollowService service(sandbox.follower());
    int documents = 10;
    for (const QString& name : plainIndices()) {
        sandbox.createLeaderIndex(name);
        sandbox.indexLeaderDocuments(name, documents);
        documents += 5;
        FollowService::FollowRequest request;
        request.followerIndex = name;
        request.remoteCluster = alias;
        request.leaderIndex = name;
        if (auto failure = service.follow(request))
            return fail(failure->reason());
    }

    AutoFollowPattern pattern;
    pattern.remoteCluster = alias;
    pattern.leaderIndexPatterns = {QStringLiteral("logs-*")};
    pattern.followIndexPattern = QStringLiteral("{{leader_index}}");
    if (auto failure = sandbox.follower().autoFollow().put(sandbox.follower(), autoFollowPatternName(), pattern))
        return fail(failure->reason());
    // Created after the pattern, so the next tick follows it.
    sandbox.createLeaderIndex(autoFollowedIndex());
    sandbox.indexLeaderDocuments(autoFollowedIndex(), 10);

    addDataStream(sandbox);
    return true;
}

void DrScenario::addDataStream(Sandbox& sandbox)
{
    Q_UNUSED(sandbox)
}

} // namespace duper::sandbox
