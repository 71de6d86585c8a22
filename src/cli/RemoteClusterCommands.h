#pragma once

#include "cli/CommandSpec.h"

namespace duper::cli {

class CommandContext;

// remotes: the follower cluster's remote clusters as the Remote clusters tab lists them (connection, mode, security
// model, addresses, followers using each), as a table or JSON with --json.
class RemoteClusterCommands
{
public:
    static CommandSpec spec();

private:
    static void list(CommandContext& context);
};

} // namespace duper::cli
