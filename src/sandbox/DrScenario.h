#pragma once

#include <QString>

namespace duper::sandbox {

class Sandbox;
struct SandboxOptions;

// `duper sandbox --scenario dr`: what a disaster-recovery drill starts from. Plain leader indices (orders,
// customers, invoices) with documents, each followed on the follower cluster under the same name, an auto-follow
// pattern `logs` (logs-* -> {{leader_index}}) with a matching leader index, and a workload writing to the leader.
class DrScenario
{
public:
    static QString name() { return QStringLiteral("dr"); }
    static const QStringList& plainIndices();
    static QString autoFollowPatternName() { return QStringLiteral("logs"); }
    static QString autoFollowedIndex() { return QStringLiteral("logs-app"); }

    // Before the sandbox is built: turns the workload on.
    static void prepare(SandboxOptions& options);
    // After Sandbox::start(): creates the indices, followers and auto-follow pattern. False and `error` on failure.
    static bool install(Sandbox& sandbox, QString* error);

private:
    // Hook for the data stream of the drill (a data stream with two backing indices followed by the follower
    // cluster). Data streams are not emulated yet: once the sandbox has them, create the stream here.
    static void addDataStream(Sandbox& sandbox);
};

} // namespace duper::sandbox
