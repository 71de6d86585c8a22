#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper::cli {

class CommandContext;

// open and close: a follower index, or a leader index on --leader_url.
class IndexCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void openOrClose(CommandContext& context);
};

} // namespace duper::cli
