#pragma once

#include "cli/CommandSpec.h"

namespace duper {
struct FailbackPlan;
class FailbackRun;
} // namespace duper

namespace duper::cli {

class CommandContext;

// failback: once the old leader cluster A (--url / -c) is back, makes it follow the promoted cluster B
// (--leader_url or the saved leader) through the alias --remote_cluster on A — ensure the remote, delete A's old
// copies (only with --yes-delete-stale-copies or a terminal confirmation naming them), follow each index from B,
// wait until caught up, verify (core: FailbackPlanner + FailbackRun). --dry-run prints the plan and changes nothing.
// Exit codes as failover: 0 all done, 1 anything failed or stopped before deleting, 2 usage, 3/4 unreachable/auth.
class FailbackCommand
{
public:
    static CommandSpec spec();

private:
    static void run(CommandContext& context);
    static void planned(CommandContext& context, const FailbackPlan& plan);
    static void printPlan(CommandContext& context, const FailbackPlan& plan, bool dryRun);
    static void execute(CommandContext& context, const FailbackPlan& plan, bool deleteConfirmed);
    static void finish(CommandContext& context, const FailbackRun& run);
};

} // namespace duper::cli
