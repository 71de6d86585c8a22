#pragma once

#include "cli/CommandSpec.h"

namespace duper {
struct AlertThresholds;
}

namespace duper::cli {

class CommandContext;

// `duper check`: the alert rules (lag, time since the last read, read exceptions, fatal errors, paused too long) as a
// monitoring plugin for Nagios, Icinga and the like. Exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (cluster
// unreachable, credentials refused, bad usage); one summary line with performance data, then a line per problem; or
// --json. CheckRun does the work; this file holds the options.
class CheckCommand
{
public:
    static CommandSpec spec();
    // The thresholds the options give (defaults for the others); problems in words for a usage error.
    static AlertThresholds readThresholds(CommandContext& context, QStringList* problems);

private:
    static void run(CommandContext& context);
};

} // namespace duper::cli
