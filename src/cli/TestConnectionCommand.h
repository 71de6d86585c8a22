#pragma once

#include "cli/CommandSpec.h"

namespace duper::cli {

class CommandContext;

// `duper test-connection`: the four checks of a connection (GET /; license allows CCR; has_privileges manage_ccr,
// monitor, manage; remote clusters), on -c NAME, --url, or the default follower connection.
class TestConnectionCommand
{
public:
    static CommandSpec spec();

private:
    static void run(CommandContext& context);
};

} // namespace duper::cli
