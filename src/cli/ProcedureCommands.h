#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper {
class FollowerProcedure;
}

namespace duper::cli {

class CommandContext;

// unfollow and recreate: the core's resumable multi-step procedures, each step reported as it runs.
class ProcedureCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void unfollow(CommandContext& context);
    static void recreate(CommandContext& context);
    // Reports the steps (stderr), the result (stdout) and ends the run; owns `procedure` through `context`.
    static void run(CommandContext& context, FollowerProcedure* procedure, const QString& successText);
};

} // namespace duper::cli
