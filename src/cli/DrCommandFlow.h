#pragma once

#include "cli/OptionSpec.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace duper {
class ClusterSession;
}

namespace duper::cli {

class CommandContext;

// What the disaster-recovery commands (failover, failback, bidirectional) do alike, so they ask, print and save the
// same way: their shared options, the plan as JSON or as numbered steps, the confirmation before changing a
// cluster (a terminal, or --yes), the report saved through core's ReportStore and the closing output.
class DrCommandFlow
{
public:
    static OptionSpec dryRunOption();
    static OptionSpec yesOption();
    static OptionSpec reportDirOption();
    static bool dryRun(const CommandContext& context);

    // Under --json prints `plan` with "command" and "dry_run" when `print`; true when the output is JSON (the
    // caller prints nothing else).
    static bool printPlanJson(CommandContext& context, QJsonObject plan, const QString& command, bool dryRun,
                              bool print);
    // "<heading>" and "  1. <title>: <what>" per step, then the dry-run note when `dryRun`.
    static void printSteps(CommandContext& context, const QString& heading, const QList<QPair<QString, QString>>& steps,
                           bool dryRun);

    // True when the command may change the cluster: --yes, or a terminal said yes. Otherwise it has finished the
    // command: bad input (`needsYes` says why) without a terminal, "Nothing was changed." when refused.
    static bool confirmed(CommandContext& context, const QString& needsYes, const QString& question);

    // The session's cluster name for the report, else its connection's, else the URL option without credentials.
    static QString clusterName(const CommandContext& context, const ClusterSession* session, const QString& urlOption);
    // Saves the report in --report_dir; its JSON file's path, or empty with the reason printed (the run itself is
    // not undone by a report it could not write).
    static QString saveReport(CommandContext& context, const QString& action, const QString& subject,
                              const QJsonObject& json, const QString& markdown);
    // The end of a run: under --json the report with "command" and "report_file", else `summary` and where the
    // report is.
    static void printOutcome(CommandContext& context, QJsonObject report, const QString& command, const QString& path,
                             const QString& summary);
};

} // namespace duper::cli
