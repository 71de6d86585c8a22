#include "cli/BidirectionalCommand.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/DrCommandFlow.h"
#include "cli/ExitCode.h"
#include "core/dr/BidirectionalPlanner.h"
#include "core/dr/BidirectionalReport.h"
#include "core/dr/BidirectionalRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

constexpr QLatin1String kRemote("remote_cluster");
constexpr QLatin1String kRemoteBack("remote_cluster_back");
constexpr QLatin1String kPatterns("leader_index_patterns");

QJsonObject sideJson(const BidirectionalPlan::Side& side)
{
    QJsonObject pattern = side.pattern.toJson();
    pattern.insert(QStringLiteral("name"), side.pattern.name);
    return QJsonObject{
        {QStringLiteral("cluster"), side.cluster},
        {QStringLiteral("follows"), side.otherCluster},
        {QStringLiteral("remote_cluster"), side.alias},
        {QStringLiteral("remote_cluster_state"), aliasStateKey(side.aliasState)},
        {QStringLiteral("seeds_to_add"), side.needsAlias() ? QJsonArray::fromStringList(side.seeds) : QJsonArray()},
        {QStringLiteral("auto_follow_pattern"), pattern},
        {QStringLiteral("pattern_state"), patternStateKey(side.patternState)},
        {QStringLiteral("conflict"), side.conflict}};
}

QJsonObject planJson(const BidirectionalPlan& plan)
{
    QJsonArray phases;
    for (const BidirectionalPlan::Phase phase : plan.phases())
        phases.append(bidirectionalPhaseKey(phase));
    return QJsonObject{{QStringLiteral("phases"), phases},
                       {QStringLiteral("sides"), QJsonArray{sideJson(plan.local), sideJson(plan.other)}}};
}

} // namespace

CommandSpec BidirectionalCommand::spec()
{
    using Kind = OptionSpec::Kind;
    const QList<OptionSpec> options{
        CommonOptions::leaderUrl(true),
        OptionSpec::make(Kind::Text, kRemote, {}, QStringLiteral("ALIAS"),
                         QCoreApplication::translate("duper::cli",
                                                     "the remote cluster on this cluster that points at the other one"),
                         {}, true),
        OptionSpec::make(Kind::Text, kRemoteBack, {}, QStringLiteral("ALIAS"),
                         QCoreApplication::translate(
                             "duper::cli", "the remote cluster on the other cluster that points back at this one"),
                         {}, true),
        OptionSpec::make(
            Kind::List, kPatterns, {}, QStringLiteral("PATTERN"),
            QCoreApplication::translate("duper::cli", "leader index names or wildcards to replicate both ways"), {},
            true),
        DrCommandFlow::dryRunOption(),
        DrCommandFlow::yesOption(),
        DrCommandFlow::reportDirOption(),
    };
    return CommandSpec(
               QStringLiteral("bidirectional"),
               QCoreApplication::translate("duper::cli", "set up bi-directional replication between two clusters"),
               options, &BidirectionalCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli",
            "Run against one cluster (--url) with the other at --leader_url. Each cluster gets an auto-follow pattern "
            "bidirectional-<alias> following the other's --leader_index_patterns through its remote alias "
            "(--remote_cluster on this cluster, --remote_cluster_back on the other); followers are named "
            "<index>-replicated_from_<alias> and both patterns exclude *-replicated_from_*, so nothing replicates "
            "back in a loop. A missing or disconnected alias is set to the other cluster's transport address. "
            "--dry-run prints the plan and changes nothing. On a terminal it asks before changing anything unless "
            "--yes; without a terminal --yes is required. Running it again changes nothing; a different pattern of "
            "the same name is an error. A report (JSON and Markdown) is saved after every run. Exit code 0 when both "
            "patterns read back as planned, 1 otherwise."));
}

void BidirectionalCommand::run(CommandContext& context)
{
    if (!context.leaderSession())
        return context.usageError(
            {QCoreApplication::translate("duper::cli", "--%1 is required").arg(QStringLiteral("leader_url"))});
    const QString alias = context.value(kRemote);
    const QString back = context.value(kRemoteBack);
    if (alias == back)
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "remote_cluster_back: give each cluster its own alias for the other")});
    BidirectionalPlanner::Request request{alias, back, context.line().list(kPatterns)};
    auto* planner = new BidirectionalPlanner(context.session(), context.leaderSession(), request, &context);
    QObject::connect(planner, &BidirectionalPlanner::finished, &context, [&context, planner] {
        planner->deleteLater();
        if (!planner->plan())
            return context.fail(planner->error(),
                                QCoreApplication::translate("duper::cli", "could not read the setup of %1")
                                    .arg(planner->errorCluster()));
        const BidirectionalPlan plan = *planner->plan();
        const bool dryRun = DrCommandFlow::dryRun(context);
        printPlan(context, plan, dryRun);
        if (dryRun)
            return context.finish(plan.hasConflict() ? int(ExitCode::Refused) : 0);
        if (plan.isDone() || plan.hasConflict())
            return execute(context, plan); // verifies, or reports the conflict
        if (DrCommandFlow::confirmed(
                context,
                QCoreApplication::translate("duper::cli", "bidirectional changes both clusters: add --yes to run it "
                                                          "without a terminal (or --dry-run to see the plan)"),
                QCoreApplication::translate("duper::cli", "Set up bi-directional replication between %1 and %2?")
                    .arg(plan.local.cluster, plan.other.cluster)))
            execute(context, plan);
    });
    planner->start();
}

void BidirectionalCommand::printPlan(CommandContext& context, const BidirectionalPlan& plan, bool dryRun)
{
    if (DrCommandFlow::printPlanJson(context, planJson(plan), QStringLiteral("bidirectional"), true, dryRun))
        return;
    QList<QStringList> rows;
    for (const BidirectionalPlan::Side& side : plan.sides()) {
        const QString aliasStep = side.needsAlias() ? QCoreApplication::translate("duper::cli", "%1 (%2: set to %3)")
                                                          .arg(side.alias, aliasStateKey(side.aliasState),
                                                               side.seeds.join(QStringLiteral(",")))
                                                    : side.alias;
        rows.append({side.cluster, aliasStep, side.pattern.name,
                     side.pattern.leaderIndexPatterns.join(QStringLiteral(",")), side.pattern.followIndexPattern,
                     patternStateKey(side.patternState)});
    }
    context.output().table({QCoreApplication::translate("duper::cli", "CLUSTER"),
                            QCoreApplication::translate("duper::cli", "REMOTE CLUSTER"),
                            QCoreApplication::translate("duper::cli", "PATTERN"),
                            QCoreApplication::translate("duper::cli", "LEADER INDICES"),
                            QCoreApplication::translate("duper::cli", "FOLLOWER NAMES"),
                            QCoreApplication::translate("duper::cli", "STATE")},
                           rows);
    for (const BidirectionalPlan::Side& side : plan.sides())
        if (side.patternState == BidirectionalPlan::PatternState::Conflict)
            context.output().error(
                QCoreApplication::translate("duper::cli", "auto-follow pattern %1 already exists on %2 and differs: %3")
                    .arg(side.pattern.name, side.cluster, side.conflict));
    context.output().line(QString());
    if (plan.isDone()) {
        context.output().line(
            QCoreApplication::translate("duper::cli", "Both patterns exist already: there is nothing to set up."));
        if (dryRun)
            context.output().line(QCoreApplication::translate("duper::cli", "Dry run: nothing was changed."));
        return;
    }
    QList<QPair<QString, QString>> steps;
    for (const BidirectionalPlan::Phase phase : plan.phases())
        steps.append({bidirectionalPhaseTitle(phase), QString()});
    DrCommandFlow::printSteps(context, QCoreApplication::translate("duper::cli", "Plan:"), steps, dryRun);
}

void BidirectionalCommand::execute(CommandContext& context, const BidirectionalPlan& plan)
{
    auto* run = new BidirectionalRun(context.session(), context.leaderSession(), plan, &context);
    QObject::connect(
        run, &BidirectionalRun::phaseStarted, &context, [&context](BidirectionalPlan::Phase phase, int count) {
            context.output().note(QStringLiteral("%1 (%2)").arg(bidirectionalPhaseTitle(phase)).arg(count));
        });
    QObject::connect(run, &BidirectionalRun::itemFinished, &context,
                     [&context](BidirectionalPlan::Phase, const BatchItemResult& result) {
                         if (result.failed())
                             context.output().error(QStringLiteral("%1: %2").arg(result.name, result.message));
                     });
    QObject::connect(run, &BidirectionalRun::finished, &context, [&context, run] { finish(context, *run); });
    run->start();
}

void BidirectionalCommand::finish(CommandContext& context, const BidirectionalRun& run)
{
    const QString path =
        DrCommandFlow::saveReport(context, QStringLiteral("bidirectional"), run.plan().local.alias,
                                  BidirectionalReport::toJson(run), BidirectionalReport::toMarkdown(run));
    QJsonArray items;
    for (const BidirectionalRun::Item& item : run.items())
        items.append(QJsonObject{{QStringLiteral("phase"), bidirectionalPhaseKey(item.phase)},
                                 {QStringLiteral("cluster"), item.side == BidirectionalRun::Which::Local
                                                                 ? run.plan().local.cluster
                                                                 : run.plan().other.cluster},
                                 {QStringLiteral("name"), item.result.name},
                                 {QStringLiteral("result"), item.result.failed()        ? QStringLiteral("failed")
                                                            : item.result.alreadyDone() ? QStringLiteral("already_done")
                                                                                        : QStringLiteral("done")},
                                 {QStringLiteral("message"), item.result.message}});
    QJsonObject body = planJson(run.plan());
    body.insert(QStringLiteral("result"), run.succeeded() ? QStringLiteral("succeeded") : QStringLiteral("failed"));
    body.insert(QStringLiteral("items"), items);
    DrCommandFlow::printOutcome(
        context, body, QStringLiteral("bidirectional"), path,
        run.succeeded()
            ? QCoreApplication::translate("duper::cli", "Bi-directional replication between %1 and %2 is set up.")
                  .arg(run.plan().local.cluster, run.plan().other.cluster)
            : QCoreApplication::translate("duper::cli", "Bi-directional setup did not finish: %n item(s) failed.",
                                          nullptr, run.failedCount()));
    context.finish(exitCodeForRun(run));
}

} // namespace duper::cli
