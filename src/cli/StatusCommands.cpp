#include "cli/StatusCommands.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/FleetCommands.h"
#include "cli/FollowerStateText.h"
#include "core/followers/FollowerSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace duper::cli {

namespace {

OptionSpec indexOption()
{
    return {QStringLiteral("index"),
            QStringLiteral("i"),
            OptionSpec::Kind::List,
            QStringLiteral("NAME[,NAME...]"),
            QCoreApplication::translate("duper::cli", "follower indices or patterns to show"),
            QCoreApplication::translate("duper::cli", "all"),
            false};
}

QJsonObject statsJson(const FollowerStats& follower, bool shards)
{
    qint64 written = 0;
    qint64 failedReads = 0;
    QStringList fatal;
    QJsonArray shardArray;
    for (const ShardFollowStats& shard : follower.shards) {
        written += shard.operationsWritten;
        failedReads += shard.failedReadRequests;
        if (shard.fatalException)
            fatal.append(shard.fatalException->reason);
        if (shards)
            shardArray.append(
                QJsonObject{{QStringLiteral("shard_id"), shard.shardId},
                            {QStringLiteral("leader_global_checkpoint"), shard.leaderGlobalCheckpoint},
                            {QStringLiteral("follower_global_checkpoint"), shard.followerGlobalCheckpoint},
                            {QStringLiteral("operations_written"), shard.operationsWritten},
                            {QStringLiteral("failed_read_requests"), shard.failedReadRequests},
                            {QStringLiteral("fatal_exception"),
                             shard.fatalException ? QJsonValue(shard.fatalException->reason) : QJsonValue()}});
    }
    QJsonObject object{
        {QStringLiteral("index"), follower.index},
        {QStringLiteral("remote_cluster"),
         follower.shards.isEmpty() ? QString() : follower.shards.first().remoteCluster},
        {QStringLiteral("leader_index"), follower.shards.isEmpty() ? QString() : follower.shards.first().leaderIndex},
        {QStringLiteral("shards"), follower.shards.size()},
        {QStringLiteral("operations_written"), written},
        {QStringLiteral("global_checkpoint_lag"), follower.globalCheckpointLag()},
        {QStringLiteral("failed_read_requests"), failedReads},
        {QStringLiteral("fatal_exception"),
         fatal.isEmpty() ? QJsonValue() : QJsonValue(fatal.join(QStringLiteral("; ")))}};
    if (shards)
        object.insert(QStringLiteral("shard_stats"), shardArray);
    return object;
}

void printStats(CommandContext& context, QList<FollowerStats> followers, const QJsonObject& autoFollow)
{
    std::sort(followers.begin(), followers.end(),
              [](const FollowerStats& a, const FollowerStats& b) { return a.index < b.index; });
    const bool shardLevel = context.value(QStringLiteral("level")) != u"cluster";
    if (context.json()) {
        QJsonArray array;
        for (const FollowerStats& follower : followers)
            array.append(statsJson(follower, shardLevel));
        QJsonObject root{{QStringLiteral("indices"), array}};
        if (!autoFollow.isEmpty())
            root.insert(QStringLiteral("auto_follow_stats"), autoFollow);
        context.output().printJson(root);
        return;
    }
    if (!autoFollow.isEmpty()) {
        context.output().line(
            QCoreApplication::translate("duper::cli",
                                        "Auto-follow: %1 indices followed, %2 failed, %3 failed remote requests")
                .arg(autoFollow.value(QStringLiteral("number_of_successful_follow_indices")).toInteger())
                .arg(autoFollow.value(QStringLiteral("number_of_failed_follow_indices")).toInteger())
                .arg(autoFollow.value(QStringLiteral("number_of_failed_remote_cluster_state_requests")).toInteger()));
    }
    QList<QStringList> rows;
    for (const FollowerStats& follower : followers) {
        const QJsonObject o = statsJson(follower, false);
        rows.append({follower.index, QString::number(follower.shards.size()),
                     QString::number(o.value(QStringLiteral("operations_written")).toInteger()),
                     QString::number(follower.globalCheckpointLag()),
                     QString::number(o.value(QStringLiteral("failed_read_requests")).toInteger()),
                     o.value(QStringLiteral("fatal_exception")).isNull()
                         ? QStringLiteral("-")
                         : o.value(QStringLiteral("fatal_exception")).toString()});
    }
    context.output().table({QCoreApplication::translate("duper::cli", "FOLLOWER"),
                            QCoreApplication::translate("duper::cli", "SHARDS"),
                            QCoreApplication::translate("duper::cli", "OPERATIONS WRITTEN"),
                            QCoreApplication::translate("duper::cli", "GLOBAL CHECKPOINT LAG"),
                            QCoreApplication::translate("duper::cli", "FAILED READS"),
                            QCoreApplication::translate("duper::cli", "FATAL ERROR")},
                           rows);
}

} // namespace

QList<CommandSpec> StatusCommands::commands()
{
    return {
        CommandSpec(QStringLiteral("info"),
                    QCoreApplication::translate("duper::cli", "list follower indices: status, remote cluster, leader"),
                    {indexOption(), FleetCommands::allConnectionsOption()}, &StatusCommands::info)
            .withDetails(QCoreApplication::translate(
                "duper::cli", "--all-connections lists the follower indices of every saved connection in one table "
                              "with a CONNECTION column; clusters that could not be read are named on stderr (exit "
                              "code 1, or 3 when none could be read)."))
            .withoutConnection(),
        CommandSpec(
            QStringLiteral("stats"),
            QCoreApplication::translate("duper::cli", "show replication progress of follower indices"),
            {indexOption(),
             OptionSpec::make(OptionSpec::Kind::Text, QStringLiteral("level"), {}, QStringLiteral("shard|cluster"),
                              QCoreApplication::translate("duper::cli", "which statistics to read"),
                              QStringLiteral("shard")),
             FleetCommands::allConnectionsOption()},
            &StatusCommands::stats)
            .withDetails(QCoreApplication::translate(
                             "duper::cli",
                             "--level shard reads the follower indices' stats (JSON includes each shard); --level "
                             "cluster reads the cluster-wide CCR stats, including auto-follow counters. Paused "
                             "followers have no stats.") +
                         QLatin1Char('\n') +
                         QCoreApplication::translate(
                             "duper::cli",
                             "--all-connections shows one row per saved connection: reachable or why not, cluster, "
                             "version, license, followers by status, auto-follow patterns, worst lag, longest time "
                             "since a read and the remotes it follows (exit code 1 when some clusters could not be "
                             "read, 3 when none could)."))
            .withoutConnection(),
    };
}

void StatusCommands::info(CommandContext& context)
{
    if (context.has(QStringLiteral("all-connections")))
        return FleetCommands::info(context);
    if (!context.connect())
        return;
    context.api()
        .followInfo(context.line().list(QStringLiteral("index")))
        ->onFinished(&context, [&context](FollowInfoJob* infoJob) {
            if (infoJob->hasError())
                return context.fail(infoJob->error());
            // The shard stats say whether a follower Elasticsearch calls active has stopped on an error: the same
            // rule as the window (FollowerSnapshot). All of them: naming a paused follower alone is an error in ES.
            const FollowInfoResponse info = *infoJob->result();
            context.api().followStats()->onFinished(&context, [&context, info](FollowStatsJob* statsJob) {
                if (statsJob->hasError())
                    return context.fail(statsJob->error());
                printInfo(context, FollowerSnapshot::build(info, *statsJob->result(), 0));
                context.finish(0);
            });
        });
}

void StatusCommands::printInfo(CommandContext& context, const FollowerSnapshot& snapshot)
{
    if (context.json()) {
        QJsonArray array;
        for (const FollowerRow& row : snapshot.rows) {
            // "status" stays what Elasticsearch reports; "state" is Duper's reading of it with the shard stats.
            QJsonObject object{{QStringLiteral("follower_index"), row.name},
                               {QStringLiteral("remote_cluster"), row.remoteCluster},
                               {QStringLiteral("leader_index"), row.leaderIndex},
                               {QStringLiteral("status"), row.state == FollowerState::Paused
                                                              ? QStringLiteral("paused")
                                                              : QStringLiteral("active")},
                               {QStringLiteral("state"), followerStateName(row.state).toLower()}};
            if (row.state == FollowerState::Error)
                object.insert(QStringLiteral("error"), row.errorSummary);
            if (row.hasParameters)
                object.insert(QStringLiteral("parameters"), row.parameters.toJson());
            array.append(object);
        }
        context.output().printJson(QJsonObject{{QStringLiteral("follower_indices"), array}});
        return;
    }
    QList<QStringList> rows;
    for (const FollowerRow& row : snapshot.rows)
        rows.append({row.name, followerStateText(row.state), row.remoteCluster, row.leaderIndex});
    context.output().table({QCoreApplication::translate("duper::cli", "FOLLOWER"),
                            QCoreApplication::translate("duper::cli", "STATUS"),
                            QCoreApplication::translate("duper::cli", "REMOTE CLUSTER"),
                            QCoreApplication::translate("duper::cli", "LEADER")},
                           rows);
    for (const FollowerRow& row : snapshot.rows)
        if (row.state == FollowerState::Error)
            context.output().note(QCoreApplication::translate("duper::cli", "%1: %2").arg(row.name, row.errorSummary));
}

void StatusCommands::stats(CommandContext& context)
{
    if (context.has(QStringLiteral("all-connections")))
        return FleetCommands::stats(context);
    const QString level =
        context.has(QStringLiteral("level")) ? context.value(QStringLiteral("level")) : QStringLiteral("shard");
    if (level != u"shard" && level != u"cluster")
        return context.usageError(
            {QCoreApplication::translate("duper::cli", "--level must be shard or cluster, not \"%1\"").arg(level)});
    if (!context.connect())
        return;
    if (level == u"shard") {
        context.api()
            .followStats(context.line().list(QStringLiteral("index")))
            ->onFinished(&context, [&context](FollowStatsJob* job) {
                if (job->hasError())
                    return context.fail(job->error());
                printStats(context, job->result()->indices, {});
                context.finish(0);
            });
        return;
    }
    context.api().ccrStats()->onFinished(&context, [&context](CcrStatsJob* job) {
        if (job->hasError())
            return context.fail(job->error());
        const AutoFollowStats& a = job->result()->autoFollowStats;
        const QJsonObject autoFollow{
            {QStringLiteral("number_of_successful_follow_indices"), a.numberOfSuccessfulFollowIndices},
            {QStringLiteral("number_of_failed_follow_indices"), a.numberOfFailedFollowIndices},
            {QStringLiteral("number_of_failed_remote_cluster_state_requests"),
             a.numberOfFailedRemoteClusterStateRequests}};
        printStats(context, job->result()->followStats.indices, autoFollow);
        context.finish(0);
    });
}

} // namespace duper::cli
