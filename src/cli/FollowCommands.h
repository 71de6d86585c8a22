#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper::cli {

class CommandContext;

// follow, pause, resume, forget: single requests on one follower index.
class FollowCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void follow(CommandContext& context);
    static void pause(CommandContext& context);
    static void resume(CommandContext& context);
    static void forget(CommandContext& context);
};

} // namespace duper::cli
