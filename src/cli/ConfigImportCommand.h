#pragma once

#include "cli/CommandSpec.h"

namespace duper::cli {

class CommandContext;

// `duper config import`: the earlier tool's ~/.duperrc.yml becomes saved connections (its leader / follower choices
// the defaults) and its plain-text secrets move into the keychain. The file itself is left alone.
class ConfigImportCommand
{
public:
    static CommandSpec command();

private:
    static void run(CommandContext& context);
};

} // namespace duper::cli
