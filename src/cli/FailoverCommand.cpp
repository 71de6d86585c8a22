#include "cli/FailoverCommand.h"

#include "cli/CommandContext.h"
#include "cli/DrCommandFlow.h"
#include "cli/ExitCode.h"
#include "cli/PreflightGate.h"
#include "cli/RunProgress.h"
#include "core/dr/FailoverPlanner.h"
#include "core/dr/FailoverReport.h"
#include "core/dr/FailoverRun.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

constexpr QLatin1String kRemote("remote_cluster");

QString statusKey(FollowerStatus status)
{
    return status == FollowerStatus::Active ? QStringLiteral("active") : QStringLiteral("paused");
}

QJsonObject planJson(const FailoverPlan& plan)
{
    QJsonArray followers;
    for (const FailoverPlan::Follower& follower : plan.followers)
        followers.append(QJsonObject{{QStringLiteral("follower_index"), follower.name},
                                     {QStringLiteral("leader_index"), follower.leaderIndex},
                                     {QStringLiteral("status"), statusKey(follower.status)},
                                     {QStringLiteral("data_stream"), follower.dataStream}});
    QJsonArray phases;
    for (const FailoverPlan::Phase phase : plan.phases())
        phases.append(failoverPhaseKey(phase));
    return QJsonObject{{QStringLiteral("remote_cluster"), plan.remoteCluster},
                       {QStringLiteral("phases"), phases},
                       {QStringLiteral("followers"), followers},
                       {QStringLiteral("patterns_to_pause"), QJsonArray::fromStringList(plan.patternsToPause)},
                       {QStringLiteral("patterns_already_paused"), QJsonArray::fromStringList(plan.pausedPatterns)},
                       {QStringLiteral("data_streams"), QJsonArray::fromStringList(plan.dataStreams)}};
}

} // namespace

CommandSpec FailoverCommand::spec()
{
    return CommandSpec(
               QStringLiteral("failover"),
               QCoreApplication::translate("duper::cli", "promote this cluster's followers of a lost leader cluster"),
               {OptionSpec::make(OptionSpec::Kind::Text, kRemote, {}, QStringLiteral("ALIAS"),
                                 QCoreApplication::translate(
                                     "duper::cli", "the remote cluster (alias on this cluster) that was lost"),
                                 {}, true),
                DrCommandFlow::dryRunOption(), DrCommandFlow::yesOption(), DrCommandFlow::reportDirOption(),
                PreflightGate::skipOption()},
               &FailoverCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli",
            "Run against the follower cluster when the leader cluster behind --remote_cluster is lost. In Elastic's "
            "order: pause that remote's auto-follow patterns, turn every follower index of it into a regular index "
            "(pause, close, unfollow, open), promote its replicated data streams, then check that nothing follows it "
            "any more. --dry-run prints the plan and changes nothing. On a terminal it asks before changing anything "
            "unless --yes; without a terminal --yes is required. If a step fails, run the same command again: it "
            "continues from where each index is. A report (JSON and Markdown) is saved after every run. Exit code 0 "
            "when every index was promoted, 1 when any failed."));
}

void FailoverCommand::run(CommandContext& context)
{
    const QString alias = context.value(kRemote);
    auto* planner = new FailoverPlanner(&context.api(), alias, &context);
    QObject::connect(planner, &FailoverPlanner::finished, &context, [&context, planner, alias] {
        planner->deleteLater();
        if (!planner->plan())
            return context.fail(planner->error(),
                                QCoreApplication::translate("duper::cli", "could not read what follows %1").arg(alias));
        if (planner->unknownRemote())
            return context.usageError(
                {QCoreApplication::translate("duper::cli", "remote_cluster: this cluster has no remote cluster \"%1\"")
                     .arg(alias)});
        const FailoverPlan plan = *planner->plan();
        const bool dryRun = DrCommandFlow::dryRun(context);
        if (dryRun || plan.isEmpty()) {
            printPlan(context, plan, dryRun);
            return context.finish(0);
        }
        CcrPreflightRequest preflight{CcrPreflightRequest::Action::Failover, alias, {}, {}};
        for (const FailoverPlan::Follower& follower : plan.followers)
            preflight.followerIndices << follower.name;
        PreflightGate::check(context, preflight, [&context, plan] { confirmAndExecute(context, plan); });
    });
    planner->start();
}

void FailoverCommand::confirmAndExecute(CommandContext& context, const FailoverPlan& plan)
{
    const QString alias = plan.remoteCluster;
    printPlan(context, plan, false);
    if (DrCommandFlow::confirmed(
            context,
            QCoreApplication::translate("duper::cli",
                                        "failover changes the cluster and cannot be undone: add --yes to run it "
                                        "without a terminal (or --dry-run to see the plan)"),
            QCoreApplication::translate("duper::cli", "Fail over %n follower index(es) from %1?", nullptr,
                                        int(plan.followers.size()))
                .arg(alias)))
        execute(context, plan);
}

void FailoverCommand::printPlan(CommandContext& context, const FailoverPlan& plan, bool dryRun)
{
    if (DrCommandFlow::printPlanJson(context, planJson(plan), QStringLiteral("failover"), dryRun,
                                     dryRun || plan.isEmpty()))
        return;
    if (plan.isEmpty()) {
        context.output().line(
            QCoreApplication::translate("duper::cli",
                                        "Nothing on this cluster follows %1 any more: there is nothing to fail over.")
                .arg(plan.remoteCluster));
        return;
    }
    QList<QStringList> rows;
    for (const FailoverPlan::Follower& follower : plan.followers)
        rows.append({follower.name, follower.leaderIndex, statusKey(follower.status), follower.dataStream});
    context.output().table({QCoreApplication::translate("duper::cli", "FOLLOWER INDEX"),
                            QCoreApplication::translate("duper::cli", "LEADER INDEX"),
                            QCoreApplication::translate("duper::cli", "STATUS"),
                            QCoreApplication::translate("duper::cli", "DATA STREAM")},
                           rows);
    QList<QPair<QString, QString>> steps;
    for (const FailoverPlan::Phase phase : plan.phases()) {
        QString what;
        switch (phase) {
        case FailoverPlan::Phase::PausePatterns:
            what = plan.patternsToPause.join(QStringLiteral(", "));
            break;
        case FailoverPlan::Phase::Unfollow:
            what =
                QCoreApplication::translate("duper::cli", "%n follower index(es)", nullptr, int(plan.followers.size()));
            break;
        case FailoverPlan::Phase::PromoteDataStreams:
            what = plan.dataStreams.join(QStringLiteral(", "));
            break;
        case FailoverPlan::Phase::Verify:
            break;
        }
        steps.append({failoverPhaseTitle(phase), what});
    }
    context.output().line(QString());
    DrCommandFlow::printSteps(
        context, QCoreApplication::translate("duper::cli", "Plan for failing over from %1:").arg(plan.remoteCluster),
        steps, dryRun);
}

void FailoverCommand::execute(CommandContext& context, const FailoverPlan& plan)
{
    auto* run = new FailoverRun(context.session(), plan, &context);
    printRunProgress(context, run, plan.phases(), failoverPhaseTitle);
    QObject::connect(run, &FailoverRun::finished, &context, [&context, run] { finish(context, *run); });
    run->start();
}

void FailoverCommand::finish(CommandContext& context, const FailoverRun& run)
{
    const QString clusterName = DrCommandFlow::clusterName(context, context.session(), QStringLiteral("url"));
    const QJsonObject report = FailoverReport::toJson(run, clusterName);
    const QString path = DrCommandFlow::saveReport(context, QStringLiteral("failover"), run.plan().remoteCluster,
                                                   report, FailoverReport::toMarkdown(run, clusterName));
    DrCommandFlow::printOutcome(
        context, report, QStringLiteral("failover"), path,
        run.succeeded()
            ? QCoreApplication::translate("duper::cli",
                                          "Failover from %1 complete: %n index(es) are regular, writable indices now.",
                                          nullptr, int(run.plan().followers.size()))
                  .arg(run.plan().remoteCluster)
            : QCoreApplication::translate("duper::cli",
                                          "Failover from %1 did not finish: %n item(s) failed. Run the same "
                                          "command again to continue.",
                                          nullptr, run.failedCount())
                  .arg(run.plan().remoteCluster));
    context.finish(exitCodeForRun(run));
}

} // namespace duper::cli
