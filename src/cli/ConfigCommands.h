#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper::cli {

class CommandContext;

// Saved connections: `config` (list, never secrets), `add-cluster`, `delete-cluster`, `set-leader-cluster`,
// `set-follower-cluster` (each also as `duper config <name>`) and `config import` (ConfigImportCommand). Secrets go
// to the keychain only.
class ConfigCommands
{
public:
    static QList<CommandSpec> commands();

private:
    static void list(CommandContext& context);
    static void addCluster(CommandContext& context);
    static void deleteCluster(CommandContext& context);
    static void setDefault(CommandContext& context);
};

} // namespace duper::cli
