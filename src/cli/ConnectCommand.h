#pragma once

#include "cli/CommandSpec.h"

#include <QCoreApplication>

namespace duper::cli {

class CommandContext;

// `duper connect`: adds or changes a remote cluster on the follower. With --seeds alone it writes the sniff-mode
// seeds (the certificate model, transport addresses). With --api-key-from it runs the whole set-up of a remote
// secured by a cross-cluster API key (core's ApiKeyRemoteSetup): the key from the keychain entry of the alias,
// DUPER_CROSS_CLUSTER_KEY or stdin (--key-stdin), else a new one created on that leader and kept in the keychain.
class ConnectCommand
{
    Q_DECLARE_TR_FUNCTIONS(duper::cli::ConnectCommand)

public:
    static CommandSpec spec();

private:
    static void run(CommandContext& context);
    static void connectWithSeeds(CommandContext& context);
    static void connectWithApiKey(CommandContext& context);
};

} // namespace duper::cli
