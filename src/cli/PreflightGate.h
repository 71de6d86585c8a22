#pragma once

#include "cli/OptionSpec.h"
#include "core/followers/CcrPreflightRequest.h"

#include <QList>
#include <functional>

namespace duper::cli {

class CommandContext;

// The privilege preflight in front of follow, follow-many, auto-follow create and failover: runs core's CcrPreflight
// with the command's sessions and the keychain before anything is sent. Missing privileges refuse the run (exit 1)
// with their names, unless --skip-preflight; what could not be checked is a warning on stderr.
class PreflightGate
{
public:
    // --skip-preflight
    static OptionSpec skipOption();
    // The options a command with a preflight adds: --skip-preflight and, when `withLeader`, --leader_url (optional;
    // a saved leader connection stands in) so the leader side can be checked.
    static QList<OptionSpec> options(bool withLeader);

    // Calls `then` when the run may go on; else ends it after naming what is missing.
    static void check(CommandContext& context, const CcrPreflightRequest& request, std::function<void()> then);
};

} // namespace duper::cli
