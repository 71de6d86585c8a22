#pragma once

#include "cli/CommandSpec.h"

namespace duper {
class FollowManyOperation;
class FollowManyPlan;
} // namespace duper

namespace duper::cli {

class CommandContext;

// follow-many: follows the leader indices that already exist on a remote cluster and match patterns (auto-follow
// patterns only pick up indices created later), optionally creating that auto-follow pattern too. --dry-run prints
// the plan and follows nothing.
class FollowManyCommand
{
public:
    static CommandSpec spec();

private:
    static void run(CommandContext& context);
    static void execute(CommandContext& context, const FollowManyPlan& plan);
    static void report(CommandContext& context, const FollowManyPlan& plan, const FollowManyOperation* operation);
};

} // namespace duper::cli
