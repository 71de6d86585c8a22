#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper::cli {

class CommandContext;

// info and stats: read commands printing a table, or JSON with --json.
class StatusCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void info(CommandContext& context);
    static void stats(CommandContext& context);
};

} // namespace duper::cli
