#pragma once

#include "cli/CommandSpec.h"

#include <QList>
#include <QString>

namespace duper::cli {

class CommandContext;

// follow, pause, resume, forget: single requests on one follower index.
class FollowCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void follow(CommandContext& context);
    // Sends the follow request, once the privilege check let it through.
    static void sendFollow(CommandContext& context, const QString& follower, const QString& leader,
                           const QString& alias);
    static void pause(CommandContext& context);
    static void resume(CommandContext& context);
    static void forget(CommandContext& context);
};

} // namespace duper::cli
