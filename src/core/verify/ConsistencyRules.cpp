#include "core/verify/ConsistencyRules.h"

#include "core/i18n/PluralCount.h"

namespace duper {

namespace {

ConsistencyVerdict uncheckedBecause(QString text, bool stale = false)
{
    ConsistencyVerdict verdict;
    verdict.kind = ConsistencyVerdict::Kind::Unchecked;
    verdict.text = std::move(text);
    verdict.figuresMayBeStale = stale;
    return verdict;
}

} // namespace

qint64 ConsistencyRules::operationsBehind(const ConsistencyFigures& figures)
{
    qint64 behind = 0;
    for (const ShardFollowStats& shard : figures.shards)
        behind += qMax<qint64>(0, shard.leaderMaxSeqNo - shard.followerGlobalCheckpoint);
    return behind;
}

bool ConsistencyRules::caughtUp(const ConsistencyFigures& figures)
{
    if (figures.shards.isEmpty())
        return false;
    for (const ShardFollowStats& shard : figures.shards)
        if (shard.followerGlobalCheckpoint < shard.leaderMaxSeqNo)
            return false;
    return true;
}

bool ConsistencyRules::readsFailing(const ConsistencyFigures& figures)
{
    for (const ShardFollowStats& shard : figures.shards)
        if (!shard.readExceptions.isEmpty() || shard.fatalException)
            return true;
    return false;
}

ConsistencyVerdict ConsistencyRules::unchecked(const ConsistencyFigures& figures)
{
    using Problem = ConsistencyFigures::Problem;
    const QString& follower = figures.followerIndex;
    switch (figures.problem) {
    case Problem::FollowerMissing:
        return uncheckedBecause(tr("Could not check: the follower index %1 does not exist.").arg(follower));
    case Problem::NotAFollower:
        return uncheckedBecause(tr("Could not check: %1 is not a follower index.").arg(follower));
    case Problem::OtherRemote:
        return uncheckedBecause(tr("Could not check: %1 follows remote cluster %2, not %3.")
                                    .arg(follower, figures.remoteCluster, figures.expectedRemote));
    case Problem::LeaderMissing:
        return uncheckedBecause(
            tr("Could not check: the leader index %1 does not exist on the leader cluster.").arg(figures.leaderIndex));
    case Problem::LeaderUnreachable:
        return uncheckedBecause(
            tr("Could not check: the leader cluster could not be reached. %1").arg(figures.error.userMessage()));
    case Problem::FollowerUnreachable:
        return uncheckedBecause(
            tr("Could not check: the follower cluster could not be reached. %1").arg(figures.error.userMessage()));
    case Problem::Failed:
        return uncheckedBecause(tr("Could not check: %1").arg(figures.error.userMessage()));
    case Problem::None:
        break;
    }
    if (figures.paused) {
        QString text = tr("Could not check: replication into %1 is paused, so there are no checkpoints to compare; "
                          "the figures may be stale.")
                           .arg(follower);
        if (figures.leaderDocuments && figures.followerDocuments)
            text +=
                QLatin1Char(' ') +
                tr("Documents: leader %1, follower %2.").arg(*figures.leaderDocuments).arg(*figures.followerDocuments);
        return uncheckedBecause(text, true);
    }
    if (figures.shards.isEmpty())
        return uncheckedBecause(
            tr("Could not check: Elasticsearch reports no running shard tasks for %1 yet.").arg(follower));
    return uncheckedBecause(tr("Could not check: the document counts could not be read."));
}

ConsistencyVerdict ConsistencyRules::judge(const ConsistencyFigures& figures)
{
    if (figures.problem != ConsistencyFigures::Problem::None || figures.paused || figures.shards.isEmpty() ||
        !figures.leaderDocuments || !figures.followerDocuments)
        return unchecked(figures);

    ConsistencyVerdict verdict;
    verdict.operationsBehind = operationsBehind(figures);
    verdict.documentDifference = *figures.leaderDocuments - *figures.followerDocuments;
    const qint64 difference = verdict.documentDifference;

    if (!caughtUp(figures)) {
        verdict.kind = ConsistencyVerdict::Kind::Behind;
        verdict.text = tr("Behind by %1 operation(s): the follower has not replicated everything the leader holds "
                          "yet.",
                          nullptr, pluralCount(verdict.operationsBehind))
                           .arg(verdict.operationsBehind);
        if (difference > 0)
            verdict.text +=
                QLatin1Char(' ') +
                tr("The leader holds %1 more document(s).", nullptr, pluralCount(difference)).arg(difference);
        else if (difference < 0)
            verdict.text +=
                QLatin1Char(' ') + tr("The follower holds %1 more document(s) (deletes not replicated yet).", nullptr,
                                      pluralCount(-difference))
                                       .arg(-difference);
        for (const ShardFollowStats& shard : figures.shards) {
            if (shard.fatalException) {
                verdict.text += QLatin1Char(' ') + tr("Replication stopped on an error: resume the follower to catch "
                                                      "up.");
                break;
            }
        }
        return verdict;
    }
    if (difference == 0) {
        verdict.kind = ConsistencyVerdict::Kind::Complete;
        verdict.text = tr("Complete: every shard has replicated up to the leader's last operation and both copies "
                          "hold %1 document(s).",
                          nullptr, pluralCount(*figures.leaderDocuments))
                           .arg(*figures.leaderDocuments);
        return verdict;
    }
    if (readsFailing(figures)) {
        // The leader's max seq no is only as fresh as the last successful read: the leader may hold more.
        ConsistencyVerdict failing = uncheckedBecause(
            tr("Could not check: reads from the leader are failing, so the leader's last operation the follower "
               "knows of may be out of date; the leader holds %1 documents and the follower %2.")
                .arg(*figures.leaderDocuments)
                .arg(*figures.followerDocuments),
            true);
        failing.documentDifference = difference;
        return failing;
    }
    if (figures.movedDuringCheck) {
        // The counts may come from different moments: no grounds to call the copy different.
        ConsistencyVerdict moved = uncheckedBecause(
            tr("Could not check: the index changed while it was being checked; run the check again."), true);
        moved.documentDifference = difference;
        return moved;
    }
    verdict.kind = ConsistencyVerdict::Kind::Differs;
    verdict.text = tr("Differs: every shard's checkpoint has reached the leader's last operation, yet the leader "
                      "holds %1 documents and the follower %2 (as in elastic/elasticsearch#89991).")
                       .arg(*figures.leaderDocuments)
                       .arg(*figures.followerDocuments);
    return verdict;
}

} // namespace duper
