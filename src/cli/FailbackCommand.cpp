#include "cli/FailbackCommand.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/DrCommandFlow.h"
#include "cli/ExitCode.h"
#include "cli/FailbackSwitchBack.h"
#include "cli/RunProgress.h"
#include "cli/TerminalConfirmation.h"
#include "core/dr/FailbackPlanner.h"
#include "core/dr/FailbackReport.h"
#include "core/dr/FailbackRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

constexpr QLatin1String kRemote("remote_cluster");
constexpr QLatin1String kYesDelete("yes_delete_stale_copies");
constexpr QLatin1String kSwitchBack("switch_back");
constexpr QLatin1String kRemoteBack("remote_cluster_back");

QString documents(const std::optional<IndexStatsResponse::Index>& stats)
{
    return stats ? QString::number(stats->documents) : QStringLiteral("-");
}

QJsonObject planJson(const FailbackPlan& plan)
{
    QJsonArray indices;
    for (const FailbackPlan::Index& index : plan.indices)
        indices.append(QJsonObject{
            {QStringLiteral("index"), index.name},
            {QStringLiteral("data_stream"), index.dataStream},
            {QStringLiteral("on_old_leader"), failbackOnAKey(index.onA)},
            {QStringLiteral("documents_old_leader"), index.statsA ? QJsonValue(index.statsA->documents) : QJsonValue()},
            {QStringLiteral("documents_promoted"), index.statsB.documents},
            {QStringLiteral("max_seq_no_old_leader"),
             index.statsA ? QJsonValue(index.statsA->maxSeqNo()) : QJsonValue()},
            {QStringLiteral("max_seq_no_promoted"), index.statsB.maxSeqNo()},
            {QStringLiteral("differs"), index.differs()}});
    QJsonArray skipped;
    for (const FailbackPlan::Skipped& entry : plan.skipped)
        skipped.append(QJsonObject{{QStringLiteral("index"), entry.name}, {QStringLiteral("reason"), entry.reason}});
    QJsonArray phases;
    for (const FailbackPlan::Phase phase : plan.phases())
        phases.append(failbackPhaseKey(phase));
    return QJsonObject{{QStringLiteral("remote_cluster"), plan.remoteCluster},
                       {QStringLiteral("remote_exists"), plan.remoteExists},
                       {QStringLiteral("remote_connected"), plan.remoteConnected},
                       {QStringLiteral("seeds"), QJsonArray::fromStringList(plan.seeds)},
                       {QStringLiteral("phases"), phases},
                       {QStringLiteral("indices"), indices},
                       {QStringLiteral("delete_data_streams"), QJsonArray::fromStringList(plan.dataStreamsToDelete)},
                       {QStringLiteral("delete_indices"), QJsonArray::fromStringList(plan.indicesToDelete)},
                       {QStringLiteral("skipped"), skipped}};
}

} // namespace

CommandSpec FailbackCommand::spec()
{
    using Kind = OptionSpec::Kind;
    return CommandSpec(
               QStringLiteral("failback"),
               QCoreApplication::translate("duper::cli",
                                           "make the old leader cluster follow the promoted cluster after a failover"),
               {
                   CommonOptions::leaderUrl(true), // the promoted cluster; a saved leader connection stands in
                   OptionSpec::make(Kind::Text, kRemote, {}, QStringLiteral("ALIAS"),
                                    QCoreApplication::translate(
                                        "duper::cli", "the alias on this cluster that points to the promoted cluster"),
                                    {}, true),
                   DrCommandFlow::dryRunOption(),
                   DrCommandFlow::yesOption(),
                   OptionSpec::flag(kYesDelete,
                                    QCoreApplication::translate(
                                        "duper::cli", "agree to deleting this cluster's old copies of the indices")),
                   DrCommandFlow::reportDirOption(),
                   OptionSpec::flag(kSwitchBack, QCoreApplication::translate(
                                                     "duper::cli", "after failing back, promote this cluster and make "
                                                                   "the other one follow it again (a separate "
                                                                   "confirmation)")),
                   OptionSpec::make(Kind::Text, kRemoteBack, {}, QStringLiteral("ALIAS"),
                                    QCoreApplication::translate("duper::cli",
                                                                "with --switch-back: the alias on the promoted "
                                                                "cluster that points to this one")),
               },
               &FailbackCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli",
            "Run against the old leader cluster (--url) once it is back; --leader_url is the promoted cluster and "
            "--remote_cluster the alias on the old leader that points to it (added, seeded with the promoted cluster's "
            "transport address, when missing). Every regular index of the promoted cluster is followed under the same "
            "name; the old leader's copies of them are deleted first, which needs --yes-delete-stale-copies or a "
            "confirmation on a terminal that names them (without either it stops before deleting, exit 1). Then it "
            "waits until every follower has caught up and checks the document counts. --dry-run prints the plan and "
            "changes nothing. If a step fails, run the same command again: it continues. A report is saved after "
            "every run. Exit code 0 when every index follows and has caught up, 1 otherwise."));
}

void FailbackCommand::run(CommandContext& context)
{
    if (context.has(kSwitchBack) && context.value(kRemoteBack).isEmpty())
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "--switch-back needs --remote_cluster_back: the alias on the promoted cluster that points to "
                          "this one")});
    const QString alias = context.value(kRemote);
    auto* planner = new FailbackPlanner(&context.api(), context.leaderApi(), alias, &context);
    QObject::connect(planner, &FailbackPlanner::finished, &context, [&context, planner, alias] {
        planner->deleteLater();
        if (!planner->plan())
            return context.fail(planner->error(),
                                planner->errorOnB()
                                    ? QCoreApplication::translate("duper::cli", "could not read the promoted cluster")
                                    : QCoreApplication::translate("duper::cli", "could not read this cluster"));
        planned(context, *planner->plan());
    });
    planner->start();
}

void FailbackCommand::planned(CommandContext& context, const FailbackPlan& plan)
{
    const bool dryRun = DrCommandFlow::dryRun(context);
    printPlan(context, plan, dryRun);
    if (dryRun || plan.isEmpty())
        return context.finish(0);
    if (!DrCommandFlow::confirmed(
            context,
            QCoreApplication::translate("duper::cli", "failback changes this cluster: add --yes to run it "
                                                      "without a terminal (or --dry-run to see the plan)"),
            QCoreApplication::translate("duper::cli", "Make this cluster follow %n index(es) from %1?", nullptr,
                                        int(plan.indices.size()))
                .arg(plan.remoteCluster)))
        return;
    bool deleteConfirmed = !plan.needsDeletion() || context.has(kYesDelete);
    if (!deleteConfirmed && TerminalConfirmation::canAsk())
        deleteConfirmed = TerminalConfirmation::ask(
            QCoreApplication::translate("duper::cli", "Delete these old copies on this cluster for good: %1?")
                .arg(plan.staleCopies().join(QStringLiteral(", "))));
    if (!deleteConfirmed) {
        context.output().error(
            QCoreApplication::translate(
                "duper::cli",
                "Stopped before deleting: this cluster's copies %1 must be deleted before it can follow them. Run "
                "again with --yes-delete-stale-copies (or on a terminal) to agree. Nothing was changed.")
                .arg(plan.staleCopies().join(QStringLiteral(", "))));
        return context.finish(int(ExitCode::Refused));
    }
    execute(context, plan, deleteConfirmed);
}

void FailbackCommand::printPlan(CommandContext& context, const FailbackPlan& plan, bool dryRun)
{
    if (DrCommandFlow::printPlanJson(context, planJson(plan), QStringLiteral("failback"), dryRun,
                                     dryRun || plan.isEmpty()))
        return;
    if (plan.isEmpty()) {
        context.output().line(QCoreApplication::translate(
            "duper::cli", "The promoted cluster has no index to follow: there is nothing to fail back."));
        return;
    }
    QList<QStringList> rows;
    for (const FailbackPlan::Index& index : plan.indices)
        rows.append({index.name, failbackOnAKey(index.onA), documents(index.statsA),
                     QString::number(index.statsB.documents),
                     index.differs() ? QCoreApplication::translate("duper::cli", "yes")
                                     : QCoreApplication::translate("duper::cli", "no"),
                     index.dataStream});
    context.output().table({QCoreApplication::translate("duper::cli", "INDEX"),
                            QCoreApplication::translate("duper::cli", "HERE"),
                            QCoreApplication::translate("duper::cli", "DOCS HERE"),
                            QCoreApplication::translate("duper::cli", "DOCS PROMOTED"),
                            QCoreApplication::translate("duper::cli", "DIFFERS"),
                            QCoreApplication::translate("duper::cli", "DATA STREAM")},
                           rows);
    for (const FailbackPlan::Skipped& entry : plan.skipped)
        context.output().note(
            QCoreApplication::translate("duper::cli", "Skipped %1: %2").arg(entry.name, entry.reason));
    QList<QPair<QString, QString>> steps;
    for (const FailbackPlan::Phase phase : plan.phases()) {
        QString what;
        switch (phase) {
        case FailbackPlan::Phase::EnsureRemote:
            what = plan.remoteExists
                       ? (plan.remoteConnected ? QCoreApplication::translate("duper::cli", "exists, connected")
                                               : QCoreApplication::translate("duper::cli", "exists, not connected"))
                       : QCoreApplication::translate("duper::cli", "add it with seeds %1")
                             .arg(plan.seeds.join(QStringLiteral(", ")));
            break;
        case FailbackPlan::Phase::DeleteStaleCopies:
            what = plan.staleCopies().join(QStringLiteral(", "));
            break;
        case FailbackPlan::Phase::Follow:
            what = QCoreApplication::translate("duper::cli", "%n index(es)", nullptr, int(plan.toFollow().size()));
            break;
        case FailbackPlan::Phase::CatchUp:
        case FailbackPlan::Phase::Verify:
            break;
        }
        steps.append({failbackPhaseTitle(phase), what});
    }
    context.output().line(QString());
    DrCommandFlow::printSteps(
        context, QCoreApplication::translate("duper::cli", "Plan for failing back to %1:").arg(plan.remoteCluster),
        steps, dryRun);
}

void FailbackCommand::execute(CommandContext& context, const FailbackPlan& plan, bool deleteConfirmed)
{
    FailbackRun::Options options;
    options.deleteConfirmed = deleteConfirmed;
    auto* run = new FailbackRun(context.session(), context.leaderSession(), plan, options, &context);
    printRunProgress(context, run, plan.phases(), failbackPhaseTitle);
    QObject::connect(run, &FailbackRun::finished, &context, [&context, run] { finish(context, *run); });
    run->start();
}

void FailbackCommand::finish(CommandContext& context, const FailbackRun& run)
{
    const QString clusterA = DrCommandFlow::clusterName(context, context.session(), QStringLiteral("url"));
    const QString clusterB = DrCommandFlow::clusterName(context, context.leaderSession(), QStringLiteral("leader_url"));
    QJsonObject report = FailbackReport::toJson(run, clusterA, clusterB);
    const QString path = DrCommandFlow::saveReport(context, QStringLiteral("failback"), run.plan().remoteCluster,
                                                   report, FailbackReport::toMarkdown(run, clusterA, clusterB));
    if (run.succeeded() && context.has(kSwitchBack)) {
        report.insert(QStringLiteral("report_file"), path);
        return FailbackSwitchBack::run(context, run.plan().indexNames(), report);
    }
    DrCommandFlow::printOutcome(
        context, report, QStringLiteral("failback"), path,
        run.succeeded()
            ? QCoreApplication::translate(
                  "duper::cli", "Failback to %1 complete: this cluster follows %n index(es) and has caught up.",
                  nullptr, int(run.plan().indices.size()))
                  .arg(run.plan().remoteCluster)
            : QCoreApplication::translate(
                  "duper::cli",
                  "Failback to %1 did not finish: %n item(s) failed. Run the same command again to continue.", nullptr,
                  run.failedCount())
                  .arg(run.plan().remoteCluster));
    context.finish(exitCodeForRun(run));
}

} // namespace duper::cli
