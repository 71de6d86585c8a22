#pragma once

#include "cli/OptionSpec.h"

#include <QList>
#include <functional>

namespace duper {
class FleetService;
struct FleetRow;
} // namespace duper

namespace duper::cli {

class CommandContext;

// `duper info --all-connections` and `duper stats --all-connections`: every saved connection at once, through the
// core's FleetService (one session per connection, each with its own deadline, so one unreachable cluster does not
// hold up the others). Exit code 0 when every cluster answered, 1 when some did not (named on stderr), 3 when none
// did.
class FleetCommands
{
public:
    static OptionSpec allConnectionsOption();
    // One row per follower index of every cluster, with the connection it belongs to.
    static void info(CommandContext& context);
    // One row per cluster: reachable or why not, name, version, license, followers by status, auto-follow patterns,
    // worst lag, longest time since a read, the remotes it follows.
    static void stats(CommandContext& context);

    // Opens and refreshes every saved connection once and calls `then` when each has answered (or failed). Ends the
    // run with a usage error when -c/--url was also given or nothing is saved.
    static void load(CommandContext& context, std::function<void(FleetService& fleet)> then);
    // Names each cluster that could not be read on stderr; the exit code for `rows` (0, 1 or 3).
    static int reportUnreachable(CommandContext& context, const QList<FleetRow>& rows);
    // "reachable", "unreachable", "secret missing"... for the STATUS column (translated) and JSON (not).
    static QString stateText(const FleetRow& row);
    static QString stateName(const FleetRow& row);
};

} // namespace duper::cli
