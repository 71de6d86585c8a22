#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper::cli {

class CommandContext;

// auto-follow, get-auto-follow, pause-auto-follow, resume-auto-follow, delete-auto-follow.
class AutoFollowCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void put(CommandContext& context);
    static void get(CommandContext& context);
    static void simple(CommandContext& context);
};

} // namespace duper::cli
