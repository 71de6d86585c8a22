#pragma once

#include "cli/CommandSpec.h"

namespace duper {
struct FailoverPlan;
class FailoverRun;
} // namespace duper

namespace duper::cli {

class CommandContext;

// failover: promotes the follower cluster when the leader behind one remote alias is lost — pauses that remote's
// auto-follow patterns, turns every follower of it into a regular index, promotes replicated data streams and checks
// the result (core: FailoverPlanner + FailoverRun). --dry-run prints the plan and changes nothing; a terminal is
// asked for confirmation unless --yes. Running it again continues where a previous run stopped.
class FailoverCommand
{
public:
    static CommandSpec spec();

private:
    static void run(CommandContext& context);
    // Once the privilege check let it through: the plan, the confirmation, the run.
    static void confirmAndExecute(CommandContext& context, const FailoverPlan& plan);
    static void printPlan(CommandContext& context, const FailoverPlan& plan, bool dryRun);
    static void execute(CommandContext& context, const FailoverPlan& plan);
    static void finish(CommandContext& context, const FailoverRun& run);
};

} // namespace duper::cli
