#pragma once

#include "cli/CommandSpec.h"

namespace duper {
struct BidirectionalPlan;
class BidirectionalRun;
} // namespace duper

namespace duper::cli {

class CommandContext;

// bidirectional: sets up Elastic's bi-directional replication between the cluster at --url and the one at
// --leader_url — on each an auto-follow pattern following the other through its remote alias, with followers named
// "<index>-replicated_from_<alias>" and replicated copies excluded so nothing loops (core: BidirectionalPlanner +
// BidirectionalRun). A missing alias is added with the other cluster's transport address. --dry-run prints the
// plan and changes nothing; a terminal is asked for confirmation unless --yes. Running it again is a no-op.
class BidirectionalCommand
{
public:
    static CommandSpec spec();

private:
    static void run(CommandContext& context);
    static void printPlan(CommandContext& context, const BidirectionalPlan& plan, bool dryRun);
    static void execute(CommandContext& context, const BidirectionalPlan& plan);
    static void finish(CommandContext& context, const BidirectionalRun& run);
};

} // namespace duper::cli
