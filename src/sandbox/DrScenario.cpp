#include "sandbox/DrScenario.h"

#include "sandbox/AutoFollowPattern.h"
#include "sandbox/Cluster.h"
#include "sandbox/DataStreams.h"
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

    return addDataStream(sandbox, error);
}

bool DrScenario::addDataStream(Sandbox& sandbox, QString* error)
{
    IndexTemplate metrics;
    metrics.name = QStringLiteral("metrics");
    metrics.indexPatterns = {QStringLiteral("metrics-*")};
    metrics.priority = 200;
    metrics.dataStream = true;
    // On the follower too, so that a promoted stream can roll over and take writes after a failover.
    sandbox.leader().dataStreams().putTemplate(metrics);
    sandbox.follower().dataStreams().putTemplate(metrics);

    DataStreams& streams = sandbox.leader().dataStreams();
    sandbox.indexLeaderDocuments(streams.create(dataStreamName(), metrics.name).writeIndex(), 20);
    QString oldIndex;
    QString newIndex;
    if (auto failure = streams.rollover(dataStreamName(), &oldIndex, &newIndex)) {
        if (error)
            *error = failure->reason();
        return false;
    }
    sandbox.indexLeaderDocuments(newIndex, 10);

    FollowService service(sandbox.follower());
    for (const QString& backingIndex : streams.stream(dataStreamName())->indices) {
        FollowService::FollowRequest request;
        request.followerIndex = backingIndex;
        request.remoteCluster = sandbox.options().remoteAlias;
        request.leaderIndex = backingIndex;
        request.dataStreamName = dataStreamName();
        if (auto failure = service.follow(request)) {
            if (error)
                *error = failure->reason();
            return false;
        }
    }
    return true;
}

} // namespace duper::sandbox
