#pragma once

#include <QString>

namespace duper::sandbox {

class Sandbox;
struct SandboxOptions;

// `duper sandbox --scenario dr`: what a disaster-recovery drill starts from. Plain leader indices (orders,
// customers, invoices) with documents, each followed on the follower cluster under the same name, an auto-follow
// pattern `logs` (logs-* -> {{leader_index}}) with a matching leader index, a data stream `metrics-dr` with two backing
// indices followed on the follower cluster (a replicated stream there), and a workload writing to the leader.
class DrScenario
{
public:
    static QString name() { return QStringLiteral("dr"); }
    static const QStringList& plainIndices();
    static QString autoFollowPatternName() { return QStringLiteral("logs"); }
    static QString autoFollowedIndex() { return QStringLiteral("logs-app"); }
    static QString dataStreamName() { return QStringLiteral("metrics-dr"); }

    // Before the sandbox is built: turns the workload on.
    static void prepare(SandboxOptions& options);
    // After Sandbox::start(): creates the indices, followers and auto-follow pattern. False and `error` on failure.
    static bool install(Sandbox& sandbox, QString* error);

private:
    // The index template `metrics` (metrics-*, data stream) on both clusters, the stream on the leader rolled over
    // once, and both backing indices followed (the follower cluster gets the replicated stream).
    static bool addDataStream(Sandbox& sandbox, QString* error);
};

} // namespace duper::sandbox
