#include "cli/FollowCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"
#include "cli/PreflightGate.h"
#include "cli/TuningOptions.h"
#include "core/batch/BatchRunner.h"
#include "core/followers/FollowerActions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <optional>
#include <utility>

namespace duper::cli {

namespace {

constexpr QLatin1String kFollower("follower_index");
constexpr QLatin1String kLeader("leader_index");

// Starts `runner` (one follower) and ends the run with its outcome: the error, or the JSON summary (`fields` plus
// `alreadyKey`), or in words. Already where the user wanted it (e.g. from a stale list) is success, said plainly.
void runSingle(CommandContext& context, BatchRunner* runner, const QJsonObject& fields, const QString& alreadyKey,
               const QString& alreadyText, const QString& doneText)
{
    QObject::connect(runner, &BatchRunner::finished, &context, [=, &context] {
        const BatchItemResult result = runner->results().value(0);
        if (result.failed())
            return context.fail(result.error);
        if (context.json()) {
            QJsonObject summary = fields;
            summary.insert(alreadyKey, result.alreadyDone());
            context.output().printJson(CommonOptions::summary(context.spec().name, summary));
        } else {
            context.output().line(result.alreadyDone() ? alreadyText : doneText);
        }
        context.finish(0);
    });
    runner->start();
}

} // namespace

QList<CommandSpec> FollowCommands::commands()
{
    return {
        CommandSpec(QStringLiteral("follow"),
                    QCoreApplication::translate("duper::cli", "create a follower index that replicates a leader index"),
                    {CommonOptions::followerIndex(), CommonOptions::leaderIndex(),
                     CommonOptions::remoteCluster(QCoreApplication::translate(
                         "duper::cli", "the remote cluster (alias on the follower) that holds the leader index")),
                     TuningOptions::waitForActiveShards()},
                    &FollowCommands::follow)
            .withOptions(TuningOptions::specs())
            .withOptions(PreflightGate::options(true)),
        CommandSpec(QStringLiteral("pause"),
                    QCoreApplication::translate("duper::cli", "pause replication into a follower index"),
                    {CommonOptions::followerIndex()}, &FollowCommands::pause),
        CommandSpec(QStringLiteral("resume"),
                    QCoreApplication::translate("duper::cli", "resume replication into a paused follower index"),
                    {CommonOptions::followerIndex(),
                     OptionSpec::flag(
                         QStringLiteral("remembered"),
                         QCoreApplication::translate(
                             "duper::cli",
                             "resume with the parameters remembered when it was paused (saved connections only)"))},
                    &FollowCommands::resume)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "Tuning options not given fall back to Elasticsearch's defaults, not to the earlier "
                              "values."))
            .withOptions(TuningOptions::specs()),
        CommandSpec(
            QStringLiteral("forget"),
            QCoreApplication::translate("duper::cli", "remove a follower's retention leases from its leader index"),
            {CommonOptions::followerIndex(), CommonOptions::leaderIndex(), CommonOptions::leaderUrl(true),
             CommonOptions::remoteCluster(QCoreApplication::translate(
                 "duper::cli", "the leader's remote cluster alias as seen from the follower"))},
            &FollowCommands::forget)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "Runs forget_follower on the LEADER cluster (--leader_url). The follower's cluster name "
                              "and index UUID are read from the follower cluster (--url); the leader's remote cluster "
                              "alias from --remote_cluster, else from the follower's follow info, else the follower's "
                              "only remote cluster.")),
    };
}

void FollowCommands::follow(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    const QString leader = context.value(kLeader);
    context.resolveRemoteCluster([&context, follower, leader](const QString& alias) {
        const CcrPreflightRequest preflight{CcrPreflightRequest::Action::FollowOne, alias, {leader}, {follower}};
        PreflightGate::check(context, preflight,
                             [&context, follower, leader, alias] { sendFollow(context, follower, leader, alias); });
    });
}

void FollowCommands::sendFollow(CommandContext& context, const QString& follower, const QString& leader,
                                const QString& alias)
{
    FollowRequest request;
    request.remoteCluster = alias;
    request.leaderIndex = leader;
    request.parameters = context.parameters();
    context.api().follow(follower, request)->onFinished(&context, [&context, follower, leader, alias](FollowJob* job) {
        if (job->hasError()) {
            context.fail(job->error());
            return;
        }
        const FollowResponse& response = *job->result();
        if (context.json()) {
            context.output().printJson(
                CommonOptions::summary(QStringLiteral("follow"),
                                       {{kFollower, follower},
                                        {kLeader, leader},
                                        {QStringLiteral("remote_cluster"), alias},
                                        {QStringLiteral("follow_index_created"), response.followIndexCreated},
                                        {QStringLiteral("follow_index_shards_acked"), response.followIndexShardsAcked},
                                        {QStringLiteral("index_following_started"), response.indexFollowingStarted}}));
        } else {
            context.output().line(QCoreApplication::translate("duper::cli",
                                                              "Follower index %1 created: it follows %2 on "
                                                              "remote cluster %3.")
                                      .arg(follower, leader, alias));
        }
        context.finish(0);
    });
}

void FollowCommands::pause(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    // The session's service: on a saved connection it remembers the parameters first, as the window does.
    runSingle(context, context.session()->followerActions()->pause(QStringList{follower}), {{kFollower, follower}},
              QStringLiteral("already_paused"),
              QCoreApplication::translate("duper::cli", "%1 is already paused: nothing to do.").arg(follower),
              QCoreApplication::translate("duper::cli", "Replication into %1 paused.").arg(follower));
}

void FollowCommands::resume(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    FollowerActions* actions = context.session()->followerActions();
    const bool remembered = context.has(QStringLiteral("remembered"));
    if (remembered && TuningOptions::anyGiven(context.line()))
        return context.usageError(
            {QCoreApplication::translate("duper::cli", "give either --remembered or tuning options, not both")});
    if (remembered && !actions->rememberedParameters())
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "--remembered needs a saved connection (-c NAME or the default follower): a --url "
                          "connection remembers nothing")});
    const FollowParameters parameters = remembered ? actions->rememberedCustom(follower) : context.parameters();
    if (remembered && parameters == FollowParameters())
        context.output().note(
            QCoreApplication::translate("duper::cli", "No parameters are remembered for %1: Elasticsearch's defaults "
                                                      "apply.")
                .arg(follower));
    BatchRunner* runner =
        remembered ? actions->resumeWithRemembered({follower}) : actions->resume({follower}, {{follower, parameters}});
    runSingle(context, runner, {{kFollower, follower}, {QStringLiteral("parameters"), parameters.toJson()}},
              QStringLiteral("already_active"),
              QCoreApplication::translate("duper::cli", "%1 is already active: nothing to do.").arg(follower),
              QCoreApplication::translate("duper::cli", "Replication into %1 resumed.").arg(follower));
}

void FollowCommands::forget(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    const QString leader = context.value(kLeader);
    if (!context.leaderSession())
        return context.usageError(
            {QCoreApplication::translate("duper::cli", "--%1 is required").arg(QStringLiteral("leader_url"))});
    FollowerActions* actions = context.session()->followerActions();
    // Runs against the leader session's cluster; the follower's identity comes from this (the follower) session.
    BatchRunner* runner = actions->forget(follower, leader, context.leaderSession()->api(),
                                          context.value(QStringLiteral("remote_cluster")));
    auto answer = std::make_shared<std::optional<std::pair<ForgetFollowerRequest, ForgetFollowerResponse>>>();
    QObject::connect(actions, &FollowerActions::forgetAnswered, &context,
                     [runner, answer](BatchRunner* answered, const ForgetFollowerRequest& request,
                                      const ForgetFollowerResponse& response) {
                         if (answered == runner)
                             *answer = std::make_pair(request, response);
                     });
    QObject::connect(runner, &BatchRunner::finished, &context, [&context, runner, answer, leader] {
        const BatchItemResult result = runner->results().value(0);
        if (!*answer) {
            context.output().error(result.message);
            return context.finish(exitCodeFor(result.error));
        }
        const auto& [request, response] = **answer;
        if (context.json()) {
            context.output().printJson(CommonOptions::summary(
                QStringLiteral("forget"), {{kFollower, request.followerIndex},
                                           {kLeader, leader},
                                           {QStringLiteral("follower_cluster"), request.followerCluster},
                                           {QStringLiteral("follower_index_uuid"), request.followerIndexUuid},
                                           {QStringLiteral("leader_remote_cluster"), request.leaderRemoteCluster},
                                           {QStringLiteral("shards_successful"), response.successful},
                                           {QStringLiteral("shards_failed"), response.failed}}));
        } else {
            context.output().line(QCoreApplication::translate("duper::cli",
                                                              "Leader index %1 forgot follower %2 (%3 of %4 "
                                                              "shards).")
                                      .arg(leader, request.followerIndex)
                                      .arg(response.successful)
                                      .arg(response.total));
        }
        context.finish(response.failed > 0 ? static_cast<int>(ExitCode::Refused) : 0);
    });
    runner->start();
}

} // namespace duper::cli
