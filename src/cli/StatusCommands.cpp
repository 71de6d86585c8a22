#include "cli/StatusCommands.h"

#include "cli/CommandContext.h"
#include "cli/ExitCode.h"
#include "cli/FleetCommands.h"
#include "cli/FollowerStateText.h"
#include "cli/FollowerStatsTotals.h"
#include "cli/InfoFollower.h"
#include "cli/JsonStreamWriter.h"
#include "cli/StatusFilterPath.h"
#include "cli/StatusJson.h"
#include "core/es/EsRequest.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

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

// As CcrApi names indices in a path: all of them when none is given.
QString indexList(const QStringList& indices)
{
    return indices.isEmpty() ? QStringLiteral("_all") : indices.join(QLatin1Char(','));
}

void writeJson(CommandContext& context, const std::function<void(JsonStreamWriter&)>& write)
{
    JsonStreamWriter out([&context](QByteArrayView bytes) { context.output().bytes(bytes); });
    write(out);
}

void printStats(CommandContext& context, QList<FollowerStats> followers, const AutoFollowStats* autoFollow)
{
    // Elasticsearch lists followers by name (a TreeMap): sort, and so copy the list, only when it did not.
    const auto byIndex = [](const FollowerStats& a, const FollowerStats& b) { return a.index < b.index; };
    if (!std::is_sorted(followers.cbegin(), followers.cend(), byIndex))
        std::sort(followers.begin(), followers.end(), byIndex);
    if (context.json()) {
        const bool shardLevel = context.value(QStringLiteral("level")) != u"cluster";
        writeJson(context,
                  [&](JsonStreamWriter& out) { StatusJson::writeStats(out, followers, shardLevel, autoFollow); });
        return;
    }
    if (autoFollow) {
        context.output().line(
            QCoreApplication::translate("duper::cli",
                                        "Auto-follow: %1 indices followed, %2 failed, %3 failed remote requests")
                .arg(autoFollow->numberOfSuccessfulFollowIndices)
                .arg(autoFollow->numberOfFailedFollowIndices)
                .arg(autoFollow->numberOfFailedRemoteClusterStateRequests));
    }
    QList<QStringList> rows;
    rows.reserve(followers.size());
    const QString none = QStringLiteral("-");
    for (const FollowerStats& follower : std::as_const(followers)) {
        FollowerStatsTotals totals = FollowerStatsTotals::of(follower);
        rows.append({follower.index, QString::number(follower.shards.size()), QString::number(totals.operationsWritten),
                     QString::number(follower.globalCheckpointLag()), QString::number(totals.failedReadRequests),
                     totals.fatalException ? std::move(*totals.fatalException) : none});
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
    // Both requests at once: their bodies arrive and are parsed (off this thread) side by side. The shard stats say
    // whether a follower Elasticsearch calls active has stopped on an error: the same rule as the window
    // (FollowerSnapshot). All of them: naming a paused follower alone is an error in ES. Each request asks only for
    // the fields used (StatusFilterPath).
    struct Replies
    {
        std::optional<FollowInfoResponse> info;
        std::optional<FollowStatsResponse> stats;
        std::optional<EsError> infoError;
        std::optional<EsError> statsError;
        int pending = 2;
    };
    auto replies = std::make_shared<Replies>();
    const auto oneArrived = [&context, replies] {
        if (--replies->pending > 0)
            return;
        // Follow info's error first, as when the requests went one after the other.
        if (replies->infoError)
            return context.fail(*replies->infoError);
        if (replies->statsError)
            return context.fail(*replies->statsError);
        printInfo(context, InfoFollower::list(*replies->info, *replies->stats));
        context.finish(0);
    };
    EsRequest infoRequest = EsRequest::get(
        {indexList(context.line().list(QStringLiteral("index"))), QStringLiteral("_ccr"), QStringLiteral("info")});
    if (const QString filter = StatusFilterPath::forInfo(context.json()); !filter.isEmpty())
        infoRequest.addQuery(QStringLiteral("filter_path"), filter);
    FollowInfoJob* infoJob = context.client().sendParsed<FollowInfoResponse>(infoRequest);
    infoJob->setRetainsBody(false);
    infoJob->onFinished(&context, [replies, oneArrived](FollowInfoJob* job) {
        if (job->hasError())
            replies->infoError = job->error();
        else
            replies->info = job->takeResult();
        oneArrived();
    });
    auto* statsJob = context.client().sendParsed<FollowStatsResponse>(
        EsRequest::get({QStringLiteral("_all"), QStringLiteral("_ccr"), QStringLiteral("stats")})
            .addQuery(QStringLiteral("filter_path"), StatusFilterPath::forInfoStats()));
    statsJob->setRetainsBody(false);
    statsJob->onFinished(&context, [replies, oneArrived](FollowStatsJob* job) {
        if (job->hasError())
            replies->statsError = job->error();
        else
            replies->stats = job->takeResult();
        oneArrived();
    });
}

void StatusCommands::printInfo(CommandContext& context, const QList<InfoFollower>& followers)
{
    if (context.json())
        return writeJson(context, [&followers](JsonStreamWriter& out) { StatusJson::writeInfo(out, followers); });
    QList<QStringList> rows;
    rows.reserve(followers.size());
    // Three texts, translated once rather than once a row.
    const QString active = followerStateText(FollowerState::Active);
    const QString paused = followerStateText(FollowerState::Paused);
    const QString error = followerStateText(FollowerState::Error);
    for (const InfoFollower& follower : followers) {
        const QString& state = follower.state == FollowerState::Paused  ? paused
                               : follower.state == FollowerState::Error ? error
                                                                        : active;
        rows.append({follower.info->followerIndex, state, follower.info->remoteCluster, follower.info->leaderIndex});
    }
    context.output().table({QCoreApplication::translate("duper::cli", "FOLLOWER"),
                            QCoreApplication::translate("duper::cli", "STATUS"),
                            QCoreApplication::translate("duper::cli", "REMOTE CLUSTER"),
                            QCoreApplication::translate("duper::cli", "LEADER")},
                           rows);
    for (const InfoFollower& follower : followers)
        if (follower.state == FollowerState::Error)
            context.output().note(QCoreApplication::translate("duper::cli", "%1: %2")
                                      .arg(follower.info->followerIndex, follower.errorSummary));
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
    // Only the fields the output shows, and only the parsed stats are kept: the body is freed once parsed.
    if (level == u"shard") {
        const QStringList indices = context.line().list(QStringLiteral("index"));
        FollowStatsJob* job = context.client().sendParsed<FollowStatsResponse>(
            EsRequest::get({indexList(indices), QStringLiteral("_ccr"), QStringLiteral("stats")})
                .addQuery(QStringLiteral("filter_path"), StatusFilterPath::forStats(context.json(), false)));
        job->setRetainsBody(false);
        job->onFinished(&context, [&context](FollowStatsJob* finished) {
            if (finished->hasError())
                return context.fail(finished->error());
            printStats(context, std::move(finished->takeResult()->indices), nullptr);
            context.finish(0);
        });
        return;
    }
    CcrStatsJob* job = context.client().sendParsed<CcrStatsResponse>(
        EsRequest::get({QStringLiteral("_ccr"), QStringLiteral("stats")})
            .addQuery(QStringLiteral("filter_path"), StatusFilterPath::forStats(context.json(), true)));
    job->setRetainsBody(false);
    job->onFinished(&context, [&context](CcrStatsJob* finished) {
        if (finished->hasError())
            return context.fail(finished->error());
        CcrStatsResponse stats = *finished->takeResult();
        printStats(context, std::move(stats.followStats.indices), &stats.autoFollowStats);
        context.finish(0);
    });
}

} // namespace duper::cli
