#include "cli/FollowCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"
#include "cli/TuningOptions.h"
#include "core/batch/BatchRunner.h"
#include "core/followers/FollowerActions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper::cli {

namespace {

constexpr QLatin1String kFollower("follower_index");
constexpr QLatin1String kLeader("leader_index");

} // namespace

QList<CommandSpec> FollowCommands::commands()
{
    CommandSpec follow;
    follow.name = QStringLiteral("follow");
    follow.summary =
        QCoreApplication::translate("duper::cli", "create a follower index that replicates a leader index");
    follow.options = {CommonOptions::followerIndex(), CommonOptions::leaderIndex(),
                      CommonOptions::remoteCluster(QCoreApplication::translate(
                          "duper::cli", "the remote cluster (alias on the follower) that holds the leader index")),
                      TuningOptions::waitForActiveShards()};
    follow.options.append(TuningOptions::specs());
    follow.run = &FollowCommands::follow;

    CommandSpec pause;
    pause.name = QStringLiteral("pause");
    pause.summary = QCoreApplication::translate("duper::cli", "pause replication into a follower index");
    pause.options = {CommonOptions::followerIndex()};
    pause.run = &FollowCommands::pause;

    CommandSpec resume;
    resume.name = QStringLiteral("resume");
    resume.summary = QCoreApplication::translate("duper::cli", "resume replication into a paused follower index");
    resume.details = QCoreApplication::translate(
        "duper::cli", "Tuning options not given fall back to Elasticsearch's defaults, not to the earlier values.");
    resume.options = {CommonOptions::followerIndex()};
    resume.options.append(TuningOptions::specs());
    resume.run = &FollowCommands::resume;

    CommandSpec forget;
    forget.name = QStringLiteral("forget");
    forget.summary =
        QCoreApplication::translate("duper::cli", "remove a follower's retention leases from its leader index");
    forget.details = QCoreApplication::translate(
        "duper::cli",
        "Runs forget_follower on the LEADER cluster (--leader_url). The follower's cluster name and index UUID are "
        "read from the follower cluster (--url); the leader's remote cluster alias from --remote_cluster, else "
        "from the follower's follow info, else the follower's only remote cluster.");
    forget.options = {CommonOptions::followerIndex(), CommonOptions::leaderIndex(), CommonOptions::leaderUrl(true),
                      CommonOptions::remoteCluster(QCoreApplication::translate(
                          "duper::cli", "the leader's remote cluster alias as seen from the follower"))};
    forget.run = &FollowCommands::forget;

    return {follow, pause, resume, forget};
}

void FollowCommands::follow(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    const QString leader = context.value(kLeader);
    context.resolveRemoteCluster([&context, follower, leader](const QString& alias) {
        FollowRequest request;
        request.remoteCluster = alias;
        request.leaderIndex = leader;
        request.parameters = context.parameters();
        context.api()
            .follow(follower, request)
            ->onFinished(&context, [&context, follower, leader, alias](FollowJob* job) {
                if (job->hasError()) {
                    context.fail(job->error());
                    return;
                }
                const FollowResponse& response = *job->result();
                if (context.json()) {
                    context.output().printJson(CommonOptions::summary(
                        QStringLiteral("follow"),
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
    });
}

void FollowCommands::pause(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    auto* actions = new FollowerActions(&context.api(), nullptr, &context);
    BatchRunner* runner = actions->pause(QStringList{follower});
    QObject::connect(runner, &BatchRunner::finished, &context, [&context, runner, follower] {
        const BatchItemResult result = runner->results().value(0);
        if (result.failed())
            return context.fail(result.error);
        // Already paused (e.g. from a stale list) is where the user wanted it: success, said plainly.
        if (context.json())
            context.output().printJson(CommonOptions::summary(
                QStringLiteral("pause"),
                {{kFollower, follower}, {QStringLiteral("already_paused"), result.alreadyDone()}}));
        else if (result.alreadyDone())
            context.output().line(
                QCoreApplication::translate("duper::cli", "%1 is already paused: nothing to do.").arg(follower));
        else
            context.output().line(
                QCoreApplication::translate("duper::cli", "Replication into %1 paused.").arg(follower));
        context.finish(0);
    });
    runner->start();
}

void FollowCommands::resume(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    auto* actions = new FollowerActions(&context.api(), nullptr, &context);
    BatchRunner* runner = actions->resume({follower}, {{follower, context.parameters()}});
    QObject::connect(runner, &BatchRunner::finished, &context, [&context, runner, follower] {
        const BatchItemResult result = runner->results().value(0);
        if (result.failed())
            return context.fail(result.error);
        if (context.json())
            context.output().printJson(CommonOptions::summary(
                QStringLiteral("resume"), {{kFollower, follower},
                                           {QStringLiteral("parameters"), context.parameters().toJson()},
                                           {QStringLiteral("already_active"), result.alreadyDone()}}));
        else if (result.alreadyDone())
            context.output().line(
                QCoreApplication::translate("duper::cli", "%1 is already active: nothing to do.").arg(follower));
        else
            context.output().line(
                QCoreApplication::translate("duper::cli", "Replication into %1 resumed.").arg(follower));
        context.finish(0);
    });
    runner->start();
}

void FollowCommands::forget(CommandContext& context)
{
    const QString follower = context.value(kFollower);
    // 1. the follower cluster's name, 2. the follower index UUID, 3. the leader alias, 4. forget_follower.
    context.api().clusterInfo()->onFinished(&context, [&context, follower](ClusterInfoJob* infoJob) {
        if (infoJob->hasError())
            return context.fail(infoJob->error(),
                                QCoreApplication::translate("duper::cli", "could not read the follower cluster"));
        const QString clusterName = infoJob->result()->clusterName;
        EsJob* settingsJob = context.client().send(EsRequest::get({follower, QStringLiteral("_settings")}));
        QObject::connect(settingsJob, &EsJob::finished, &context, [&context, follower, clusterName](EsJob* job) {
            if (job->hasError())
                return context.fail(job->error());
            const QJsonObject index = QJsonDocument::fromJson(job->body())
                                          .object()
                                          .value(follower)
                                          .toObject()
                                          .value(QStringLiteral("settings"))
                                          .toObject();
            QString uuid = index.value(QStringLiteral("index")).toObject().value(QStringLiteral("uuid")).toString();
            if (uuid.isEmpty())
                uuid = index.value(QStringLiteral("index.uuid")).toString();
            if (uuid.isEmpty()) {
                context.output().error(
                    QCoreApplication::translate("duper::cli", "the follower cluster did not report index.uuid of %1")
                        .arg(follower));
                return context.finish(static_cast<int>(ExitCode::Refused));
            }
            if (context.has(QStringLiteral("remote_cluster")))
                return sendForget(context, clusterName, uuid, context.value(QStringLiteral("remote_cluster")));
            context.api()
                .followInfo({follower})
                ->onFinished(&context, [&context, clusterName, uuid](FollowInfoJob* info) {
                    if (!info->hasError() && info->result()->followers.size() == 1)
                        return sendForget(context, clusterName, uuid, info->result()->followers.first().remoteCluster);
                    context.resolveRemoteCluster([&context, clusterName, uuid](const QString& alias) {
                        sendForget(context, clusterName, uuid, alias);
                    });
                });
        });
    });
}

void FollowCommands::sendForget(CommandContext& context, const QString& clusterName, const QString& uuid,
                                const QString& alias)
{
    ForgetFollowerRequest request;
    request.followerCluster = clusterName;
    request.followerIndex = context.value(kFollower);
    request.followerIndexUuid = uuid;
    request.leaderRemoteCluster = alias;
    const QString leader = context.value(kLeader);
    context.leaderApi()
        ->forgetFollower(leader, request)
        ->onFinished(&context, [&context, request, leader](ForgetFollowerJob* job) {
            if (job->hasError())
                return context.fail(job->error(),
                                    QCoreApplication::translate("duper::cli", "the leader cluster refused"));
            const ForgetFollowerResponse& response = *job->result();
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
}

} // namespace duper::cli
