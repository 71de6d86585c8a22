#include "cli/VerifyCommand.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/ExitCode.h"
#include "core/verify/ConsistencyCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace duper::cli {

namespace {

using Kind = ConsistencyVerdict::Kind;

QString verdictWord(Kind kind)
{
    switch (kind) {
    case Kind::Complete:
        return QCoreApplication::translate("duper::cli", "complete");
    case Kind::Behind:
        return QCoreApplication::translate("duper::cli", "behind");
    case Kind::Differs:
        return QCoreApplication::translate("duper::cli", "differs");
    case Kind::Unchecked:
        break;
    }
    return QCoreApplication::translate("duper::cli", "not checked");
}

QJsonValue optionalCount(const std::optional<qint64>& count)
{
    return count ? QJsonValue(*count) : QJsonValue();
}

QJsonObject resultJson(const ConsistencyResult& result)
{
    const ConsistencyFigures& f = result.figures;
    const ConsistencyVerdict& v = result.verdict;
    QJsonArray shards;
    for (const ShardFollowStats& shard : f.shards)
        shards.append(QJsonObject{{QStringLiteral("shard_id"), shard.shardId},
                                  {QStringLiteral("leader_max_seq_no"), shard.leaderMaxSeqNo},
                                  {QStringLiteral("leader_global_checkpoint"), shard.leaderGlobalCheckpoint},
                                  {QStringLiteral("follower_global_checkpoint"), shard.followerGlobalCheckpoint},
                                  {QStringLiteral("follower_max_seq_no"), shard.followerMaxSeqNo}});
    return QJsonObject{{QStringLiteral("follower_index"), f.followerIndex},
                       {QStringLiteral("remote_cluster"), f.remoteCluster},
                       {QStringLiteral("leader_index"), f.leaderIndex},
                       {QStringLiteral("paused"), f.paused},
                       {QStringLiteral("verdict"), v.kindName()},
                       {QStringLiteral("operations_behind"), v.operationsBehind},
                       {QStringLiteral("leader_documents"), optionalCount(f.leaderDocuments)},
                       {QStringLiteral("follower_documents"), optionalCount(f.followerDocuments)},
                       {QStringLiteral("document_difference"), v.documentDifference},
                       {QStringLiteral("figures_may_be_stale"), v.figuresMayBeStale},
                       {QStringLiteral("moved_during_check"), f.movedDuringCheck},
                       {QStringLiteral("message"), v.text},
                       {QStringLiteral("shards"), shards}};
}

} // namespace

CommandSpec VerifyCommand::spec()
{
    return CommandSpec(
               QStringLiteral("verify"),
               QCoreApplication::translate("duper::cli", "check that follower indices hold what their leaders hold"),
               {CommonOptions::followerIndex(false),
                OptionSpec::flag(QStringLiteral("all"),
                                 QCoreApplication::translate("duper::cli", "check every follower index")),
                CommonOptions::leaderUrl(false),
                OptionSpec::make(
                    OptionSpec::Kind::Text, QStringLiteral("leader"), {}, QStringLiteral("NAME"),
                    QCoreApplication::translate("duper::cli",
                                                "the saved connection of the leader cluster (instead of --leader_url)"),
                    QCoreApplication::translate("duper::cli", "the default leader connection")),
                OptionSpec::make(OptionSpec::Kind::Text, QStringLiteral("remote_cluster"), {}, QStringLiteral("ALIAS"),
                                 QCoreApplication::translate("duper::cli",
                                                             "check only followers of this remote cluster "
                                                             "(the one the leader stands for)"))},
               &VerifyCommand::run)
        .withDetails(QCoreApplication::translate(
            "duper::cli",
            "Compares the leader's and the follower's document counts and each shard's follower checkpoint with the "
            "leader's max sequence number. \"complete\": every operation replicated and the counts agree; "
            "\"behind\": operations still to replicate (by how many); \"differs\": the checkpoints match but the "
            "counts do not (elastic/elasticsearch#89991); \"not checked\": a paused follower, a missing index or an "
            "unreachable cluster. Counts are what searches see, i.e. as of the last refresh.\n"
            "Exit codes: 0 every copy complete or behind; 1 a copy differs or could not be checked; 2 bad usage; "
            "3 a cluster could not be reached; 4 credentials refused."));
}

int VerifyCommand::exitCodeForResults(const QList<ConsistencyResult>& results)
{
    for (const ConsistencyResult& result : results)
        if (result.verdict.kind == Kind::Differs)
            return int(ExitCode::Refused);
    for (const ConsistencyResult& result : results) {
        if (result.verdict.kind != Kind::Unchecked)
            continue;
        const int code = result.figures.error ? cli::exitCodeFor(result.figures.error) : int(ExitCode::Refused);
        return code == int(ExitCode::Usage) ? int(ExitCode::Refused) : code;
    }
    return int(ExitCode::Success);
}

void VerifyCommand::run(CommandContext& context)
{
    const bool all = context.has(QStringLiteral("all"));
    const bool named = context.has(QStringLiteral("follower_index"));
    if (all == named)
        return context.usageError(
            {QCoreApplication::translate("duper::cli", "give either -f/--follower_index or --all")});
    if (context.has(QStringLiteral("leader"))) {
        if (context.has(QStringLiteral("leader_url")))
            return context.usageError(
                {QCoreApplication::translate("duper::cli", "give either --leader or --leader_url")});
        QString error;
        if (!context.openLeader(context.value(QStringLiteral("leader")), &error))
            return context.usageError({error});
    }
    if (!context.leaderSession())
        return context.usageError({QCoreApplication::translate(
            "duper::cli", "the leader cluster is needed: give --leader_url URL or --leader NAME, or save a default "
                          "leader connection")});

    const QStringList followers = all ? QStringList() : QStringList{context.value(QStringLiteral("follower_index"))};
    auto* check = new ConsistencyCheck(context.session(), context.leaderSession(), followers,
                                       context.value(QStringLiteral("remote_cluster")), &context);
    QObject::connect(check, &ConsistencyCheck::finished, &context, [&context, check] {
        if (check->error())
            return context.fail(check->error());
        print(context, check->results());
        context.finish(exitCodeForResults(check->results()));
    });
    check->start();
}

void VerifyCommand::print(CommandContext& context, const QList<ConsistencyResult>& results)
{
    if (context.json()) {
        QJsonArray array;
        QJsonObject summary{{QStringLiteral("complete"), 0},
                            {QStringLiteral("behind"), 0},
                            {QStringLiteral("differs"), 0},
                            {QStringLiteral("unchecked"), 0}};
        for (const ConsistencyResult& result : results) {
            array.append(resultJson(result));
            const QString kind = result.verdict.kindName();
            summary.insert(kind, summary.value(kind).toInt() + 1);
        }
        context.output().printJson(QJsonObject{{QStringLiteral("command"), QStringLiteral("verify")},
                                               {QStringLiteral("followers"), array},
                                               {QStringLiteral("summary"), summary}});
        return;
    }
    if (results.isEmpty()) {
        context.output().line(QCoreApplication::translate("duper::cli", "No follower indices to check."));
        return;
    }
    const auto count = [](const std::optional<qint64>& value) {
        return value ? QString::number(*value) : QStringLiteral("-");
    };
    QList<QStringList> rows;
    for (const ConsistencyResult& result : results) {
        const ConsistencyFigures& f = result.figures;
        rows.append({f.followerIndex, f.leaderIndex.isEmpty() ? QStringLiteral("-") : f.leaderIndex,
                     verdictWord(result.verdict.kind), QString::number(result.verdict.operationsBehind),
                     count(f.leaderDocuments), count(f.followerDocuments)});
    }
    context.output().table({QCoreApplication::translate("duper::cli", "FOLLOWER"),
                            QCoreApplication::translate("duper::cli", "LEADER"),
                            QCoreApplication::translate("duper::cli", "VERDICT"),
                            QCoreApplication::translate("duper::cli", "OPERATIONS BEHIND"),
                            QCoreApplication::translate("duper::cli", "LEADER DOCUMENTS"),
                            QCoreApplication::translate("duper::cli", "FOLLOWER DOCUMENTS")},
                           rows);
    for (const ConsistencyResult& result : results)
        context.output().line(
            QCoreApplication::translate("duper::cli", "%1: %2").arg(result.figures.followerIndex, result.verdict.text));
}

} // namespace duper::cli
