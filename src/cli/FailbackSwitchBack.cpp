#include "cli/FailbackSwitchBack.h"

#include "cli/CommandContext.h"
#include "cli/DrCommandFlow.h"
#include "cli/ExitCode.h"
#include "cli/TerminalConfirmation.h"
#include "core/dr/FailbackReport.h"
#include "core/dr/FailoverRun.h"
#include "core/dr/SwitchBackRun.h"

#include <QCoreApplication>

namespace duper::cli {

void FailbackSwitchBack::run(CommandContext& context, const QStringList& indices, const QJsonObject& failbackReport)
{
    const QString aliasOnA = context.value(QStringLiteral("remote_cluster"));
    const QString aliasOnB = context.value(QStringLiteral("remote_cluster_back"));
    if (!context.has(QStringLiteral("yes")) &&
        !TerminalConfirmation::ask(
            QCoreApplication::translate("duper::cli",
                                        "Switch back now: promote this cluster's %n follower(s) and make "
                                        "the other cluster follow it again through %1?",
                                        nullptr, int(indices.size()))
                .arg(aliasOnB))) {
        context.output().note(QCoreApplication::translate("duper::cli", "Not switched back."));
        return context.finish(int(ExitCode::Refused));
    }
    FailbackRun::Options options;
    options.deleteConfirmed = context.has(QStringLiteral("yes_delete_stale_copies"));
    if (!options.deleteConfirmed && TerminalConfirmation::canAsk())
        options.deleteConfirmed = TerminalConfirmation::ask(
            QCoreApplication::translate("duper::cli", "Delete the other cluster's copies for good: %1?")
                .arg(indices.join(QStringLiteral(", "))));
    if (!options.deleteConfirmed) {
        context.output().error(QCoreApplication::translate(
            "duper::cli", "Not switched back: the other cluster's copies must be deleted before it can follow this "
                          "one; add --yes-delete-stale-copies (or run on a terminal) to agree."));
        return context.finish(int(ExitCode::Refused));
    }
    auto* run = new SwitchBackRun(context.session(), context.leaderSession(), aliasOnA, aliasOnB, options, &context);
    QObject::connect(run, &SwitchBackRun::stageStarted, &context, [&context](SwitchBackRun::Stage stage) {
        context.output().note(
            QCoreApplication::translate("duper::cli", "Switching back: %1").arg(switchBackStageKey(stage)));
    });
    QObject::connect(run, &SwitchBackRun::finished, &context, [&context, run, failbackReport, aliasOnA] {
        const QString clusterA = DrCommandFlow::clusterName(context, context.session(), QStringLiteral("url"));
        const QString clusterB =
            DrCommandFlow::clusterName(context, context.leaderSession(), QStringLiteral("leader_url"));
        QJsonObject report = FailbackReport::toJson(*run, clusterA, clusterB);
        const QString path = DrCommandFlow::saveReport(context, QStringLiteral("switchback"), aliasOnA, report,
                                                       FailbackReport::toMarkdown(*run, clusterA, clusterB));
        if (context.json()) {
            report.insert(QStringLiteral("report_file"), path);
            QJsonObject body = failbackReport;
            body.insert(QStringLiteral("command"), QStringLiteral("failback"));
            body.insert(QStringLiteral("switch_back"), report);
            context.output().printJson(body);
        } else {
            context.output().line(
                run->succeeded()
                    ? QCoreApplication::translate("duper::cli", "Switched back: the original direction is restored.")
                    : QCoreApplication::translate("duper::cli", "Switching back did not finish: run the same "
                                                                "command again to continue."));
            if (!path.isEmpty())
                context.output().note(QCoreApplication::translate("duper::cli", "Report: %1").arg(path));
        }
        if (run->succeeded())
            return context.finish(0);
        const int code = run->error().isError() ? exitCodeFor(run->error()) : int(ExitCode::Refused);
        context.finish(
            code == int(ExitCode::Unreachable) || code == int(ExitCode::AuthFailed) ? code : int(ExitCode::Refused));
    });
    run->start();
}

} // namespace duper::cli
