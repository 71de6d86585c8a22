#pragma once

#include "cli/CommandSpec.h"
#include "core/ccr/AutoFollowPattern.h"

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
    // Sends the pattern, once the privilege check let it through.
    static void save(CommandContext& context, const AutoFollowPattern& pattern);
    static void get(CommandContext& context);
    static void simple(CommandContext& context);
};

} // namespace duper::cli
