#pragma once

#include "cli/CommandSpec.h"
#include "core/procedures/ProcedureStep.h"

#include <QList>

namespace duper {
class BatchRunner;
class FollowerActions;
} // namespace duper

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
    // Runs `runner` (one index, a procedure action of `actions`): reports the steps (stderr), the result (stdout)
    // and ends the run. `steps` are the procedure's steps, for "[2/4]".
    static void run(CommandContext& context, FollowerActions* actions, BatchRunner* runner,
                    const QList<ProcedureStep>& steps, const QString& successText);
};

} // namespace duper::cli
