#pragma once

#include "cli/CommandSpec.h"

#include <QList>

namespace duper {
struct ConsistencyResult;
}

namespace duper::cli {

class CommandContext;

// `duper verify -f NAME | --all`: compares each follower's copy with its leader index (document counts and shard
// checkpoints, see ConsistencyRules) and says whether it is complete, behind, differs, or could not be checked. The
// leader comes from --leader_url, --leader NAME (a saved connection) or the default leader connection.
// Exit 0 when every copy is complete or behind, 1 when one differs or could not be checked, 3/4 when a cluster could
// not be reached / refused the credentials.
class VerifyCommand
{
public:
    static CommandSpec spec();
    // The exit code for these results (see the class comment).
    static int exitCodeForResults(const QList<ConsistencyResult>& results);

private:
    static void run(CommandContext& context);
    static void print(CommandContext& context, const QList<ConsistencyResult>& results);
};

} // namespace duper::cli
