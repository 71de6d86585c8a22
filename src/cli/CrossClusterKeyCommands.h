#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper::cli {

class CommandContext;

// `duper cross-cluster-key create|list|invalidate`: cross-cluster API keys on the LEADER cluster (--leader_url or
// the saved leader; -c names the leader's connection), for remote clusters secured with API keys. The encoded key
// is a secret: printed only with --show-key, else kept only in the keychain under --remote_cluster.
class CrossClusterKeyCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void usage(CommandContext& context);
    static void create(CommandContext& context);
    static void list(CommandContext& context);
    static void invalidate(CommandContext& context);
};

} // namespace duper::cli
