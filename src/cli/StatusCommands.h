#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper::cli {

class CommandContext;
struct InfoFollower;

// info and stats: read commands printing a table, or JSON with --json.
class StatusCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void info(CommandContext& context);
    static void stats(CommandContext& context);
    // The info table (or JSON), with the status the window shows: Error for a follower stopped on an error.
    static void printInfo(CommandContext& context, const QList<InfoFollower>& followers);
};

} // namespace duper::cli
