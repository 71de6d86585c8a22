#pragma once

#include <QJsonObject>
#include <QStringList>

namespace duper::cli {

class CommandContext;

// The optional last part of `duper failback --switch-back`, after a successful failback: confirms (a terminal, or
// --yes; deleting the promoted cluster's copies needs --yes-delete-stale-copies or a confirmation naming them), runs
// core's SwitchBackRun (failover on this cluster, the promoted cluster follows it again through
// --remote_cluster_back, its paused auto-follow patterns resumed), saves a report and ends the command.
class FailbackSwitchBack
{
public:
    // `indices`: what the failback made this cluster follow (the promoted cluster's copies to delete);
    // `failbackReport`: printed with the switch-back's under --json.
    static void run(CommandContext& context, const QStringList& indices, const QJsonObject& failbackReport);
};

} // namespace duper::cli
