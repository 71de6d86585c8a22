#pragma once

#include "cli/CommandSpec.h"

namespace duper::cli {

class CommandContext;

// `duper topology`: the replication edges across every saved connection (follower cluster, remote alias, leader
// cluster or the address of one Duper has no connection for, follower count, worst status) — what the fleet's map
// draws.
class TopologyCommand
{
public:
    static CommandSpec spec();

private:
    static void run(CommandContext& context);
};

} // namespace duper::cli
