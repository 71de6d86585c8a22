#include "core/followers/FollowerSnapshot.h"

#include "core/followers/NameOrderedSearch.h"

#include <QCoreApplication>
#include <algorithm>

namespace duper {

namespace {

// The innermost caused_by with a reason: an outer remote_transport_exception only names the node and action.
QString causeText(const ErrorCause& cause)
{
    const ErrorCause* innermost = &cause;
    while (innermost->causedBy && !innermost->causedBy->isEmpty())
        innermost = innermost->causedBy.get();
    for (const ErrorCause* candidate : {innermost, &cause})
        if (!candidate->reason.isEmpty())
            return candidate->reason;
    const QString deepest = cause.deepestReason();
    return deepest.isEmpty() ? cause.type : deepest;
}

QString shardLine(int shardId, const ErrorCause& cause)
{
    return QCoreApplication::translate("duper::FollowerSnapshot", "shard %1: %2").arg(shardId).arg(causeText(cause));
}

// Fills the figures a row derives from its shards. One pass; no allocation unless there is an error to describe.
void deriveFromShards(FollowerRow& row)
{
    qint64 lag = 0;
    qint64 written = 0;
    qint64 failedReads = 0;
    qint64 longestSinceRead = -1;
    int readExceptions = 0;
    const ShardFollowStats* fatalShard = nullptr;
    const ShardFollowStats* repeatingShard = nullptr;
    const ReadException* repeating = nullptr;
    for (const ShardFollowStats& shard : std::as_const(row.shards)) {
        lag += shard.globalCheckpointLag();
        written += shard.operationsWritten;
        failedReads += shard.failedReadRequests;
        longestSinceRead = std::max(longestSinceRead, shard.timeSinceLastReadMillis);
        readExceptions += int(shard.readExceptions.size());
        if (shard.fatalException && !fatalShard)
            fatalShard = &shard;
        if (!repeating) {
            for (const ReadException& exception : shard.readExceptions) {
                if (exception.retries >= FollowerRow::repeatingReadFailureThreshold) {
                    repeating = &exception;
                    repeatingShard = &shard;
                    break;
                }
            }
        }
    }
    row.lag = lag;
    row.operationsWritten = written;
    row.failedReads = failedReads;
    row.readExceptionCount = readExceptions;
    // -1 is ES's "never read yet": as unknown as having no shards.
    if (!row.shards.isEmpty() && longestSinceRead >= 0)
        row.timeSinceLastReadMillis = longestSinceRead;
    row.hasFatalException = fatalShard != nullptr;
    if (fatalShard) {
        row.state = FollowerState::Error;
        row.errorSummary = shardLine(fatalShard->shardId, *fatalShard->fatalException);
    } else if (repeating) {
        row.state = FollowerState::Error;
        row.errorSummary = shardLine(repeatingShard->shardId, repeating->exception);
    }
}

// `cursor`: where the previous snapshot's rows are walked in name order beside the new ones (see indexOf's hint).
std::optional<double> rateSince(const FollowerRow& row, qint64 takenAtMs, const FollowerSnapshot* previous,
                                qsizetype& cursor)
{
    if (!previous || row.shards.isEmpty() || row.state == FollowerState::Paused)
        return std::nullopt;
    const qsizetype before = previous->indexOf(row.name, cursor);
    if (before < 0)
        return std::nullopt;
    cursor = before + 1;
    const FollowerRow& old = previous->rows.at(before);
    const qint64 elapsedMs = takenAtMs - previous->takenAtMs;
    // A previously paused row has no counter to compare with; a smaller counter means the tasks were restarted.
    if (old.shards.isEmpty() || elapsedMs <= 0 || row.operationsWritten < old.operationsWritten)
        return std::nullopt;
    return double(row.operationsWritten - old.operationsWritten) * 1000.0 / double(elapsedMs);
}

} // namespace

FollowerSnapshot FollowerSnapshot::build(const FollowInfoResponse& info, const FollowStatsResponse& stats,
                                         qint64 takenAtMs, const FollowerSnapshot* previous)
{
    // Elasticsearch lists the stats by name, and the followers mostly in the same order: the next stats entry is
    // usually the follower's, else a binary search finds it (paused followers have none). A hash of every name (half a
    // megabyte and a hash per name for 10,000 followers) is built only for stats out of order.
    const QList<FollowerStats>& entries = stats.indices;
    const auto byIndex = [](const FollowerStats& a, const FollowerStats& b) { return a.index < b.index; };
    const bool sorted = std::is_sorted(entries.cbegin(), entries.cend(), byIndex);
    QHash<QString, const FollowerStats*> statsByName;
    qsizetype next = 0;
    const auto statsOf = [&](const QString& name) -> const FollowerStats* {
        if (next < entries.size() && entries.at(next).index == name)
            return &entries.at(next++);
        if (sorted) {
            const auto found =
                std::lower_bound(entries.cbegin(), entries.cend(), name,
                                 [](const FollowerStats& entry, const QString& key) { return entry.index < key; });
            if (found == entries.cend() || found->index != name)
                return nullptr;
            next = qsizetype(found - entries.cbegin()) + 1;
            return &*found;
        }
        if (statsByName.isEmpty()) {
            statsByName.reserve(entries.size());
            for (const FollowerStats& entry : entries)
                statsByName.insert(entry.index, &entry);
        }
        return statsByName.value(name);
    };

    FollowerSnapshot snapshot;
    snapshot.takenAtMs = takenAtMs;
    snapshot.rows.reserve(info.followers.size());
    for (const FollowerInfo& follower : info.followers) {
        FollowerRow& row = snapshot.rows.emplaceBack();
        row.name = follower.followerIndex;
        row.remoteCluster = follower.remoteCluster;
        row.leaderIndex = follower.leaderIndex;
        row.parameters = follower.parameters;
        row.hasParameters = follower.hasParameters;
        row.state = follower.status == FollowerStatus::Paused ? FollowerState::Paused : FollowerState::Active;
        if (const FollowerStats* entry = statsOf(row.name)) {
            row.shards = entry->shards; // implicitly shared: no copy of the shard data
            const auto byId = [](const ShardFollowStats& a, const ShardFollowStats& b) {
                return a.shardId < b.shardId;
            };
            if (!std::is_sorted(row.shards.cbegin(), row.shards.cend(), byId))
                std::sort(row.shards.begin(), row.shards.end(), byId);
        }
        deriveFromShards(row);
    }

    // ES lists followers in name order already; sort only when it did not.
    const auto byName = [](const FollowerRow& a, const FollowerRow& b) { return a.name < b.name; };
    if (!std::is_sorted(snapshot.rows.cbegin(), snapshot.rows.cend(), byName))
        std::sort(snapshot.rows.begin(), snapshot.rows.end(), byName);
    snapshot.sortedByName = true;

    qsizetype cursor = 0;
    for (FollowerRow& row : snapshot.rows)
        row.operationsPerSecond = rateSince(row, takenAtMs, previous, cursor);
    return snapshot;
}

qsizetype FollowerSnapshot::indexOf(const QString& name, qsizetype hint) const
{
    if (sortedByName)
        return findInNameOrder(rows, name, hint, [](const FollowerRow& row) -> const QString& { return row.name; });
    // Put together by hand rather than by build(): rows in any order.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace duper
