#pragma once

#include "core/ccr/DataStreamsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/IndexStatsResponse.h"
#include "core/ccr/RemoteInfoResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// What failing back does once the old leader A is back: A follows the promoted cluster B, in Elastic's order —
// ensure A has a connected remote alias to B (add it when missing, seeded with B's transport address) → delete A's
// copies of B's indices (A cannot follow into an existing index; only with an explicit confirmation naming them) →
// follow each index from B on A under the same name (data_stream_name for backing indices) → wait until every
// follower has caught up (lag 0) → verify (each is a follower of B with B's document count and sequence numbers).
//
// Which indices: every open regular index of B (not a follower on B) whose name is not a system one ('.' prefix,
// except data stream backing indices '.ds-'). Matching is by name, as Elastic's DR set-up names followers after
// their leaders. An index B created during the outage is included too: after failback A is a full replica of B,
// so switching back loses nothing. An index that A follows from another remote is left alone (listed as skipped).
// Pure data: it is the dry run, and it changes nothing. Planned again after a partial run it is what is left.
struct FailbackPlan
{
    enum class OnA
    {
        Missing,  // A has no such index: follow it
        Copy,     // A has a regular index of that name: delete it first
        Following // A already follows it from B (a previous run)
    };

    struct Index
    {
        QString name;
        QString dataStream; // the data stream of a backing index; empty for a plain index
        OnA onA = OnA::Missing;
        std::optional<IndexStatsResponse::Index> statsA; // A's copy (Copy, Following)
        IndexStatsResponse::Index statsB;
        // A's copy holds other operations than B's: writes on B during the outage, or on A after it.
        bool differs() const { return !statsA || !statsA->sameAs(statsB); }
    };

    struct Skipped
    {
        QString name;
        QString reason;
    };

    enum class Phase
    {
        EnsureRemote,
        DeleteStaleCopies,
        Follow,
        CatchUp,
        Verify
    };

    QString remoteCluster; // the alias on A that points to B
    bool remoteExists = false;
    bool remoteConnected = false;
    QStringList seeds;    // B's transport addresses, to add the remote with
    QList<Index> indices; // sorted by name
    QList<Skipped> skipped;
    QStringList dataStreamsToDelete; // A's (non-replicated-from-B) data streams holding copies, sorted
    QStringList indicesToDelete;     // A's copies outside those data streams, sorted

    struct Input
    {
        RemoteInfoResponse remotesA;
        FollowInfoResponse followInfoA;
        IndexStatsResponse statsA;
        DataStreamsResponse dataStreamsA;
        FollowInfoResponse followInfoB;
        IndexStatsResponse statsB;
        QStringList seedsB;
    };
    static FailbackPlan build(const QString& remoteCluster, const Input& input);

    static bool isSystemName(const QString& name);
    bool isEmpty() const { return indices.isEmpty() && remoteExists; }
    // What the deletion confirmation names: "data stream <name>" entries, then index names.
    QStringList staleCopies() const;
    bool needsDeletion() const { return !dataStreamsToDelete.isEmpty() || !indicesToDelete.isEmpty(); }
    QStringList indexNames() const;
    QStringList toFollow() const; // not followed yet
    const Index* find(const QString& name) const;
    QList<Phase> phases() const;
};

QString failbackPhaseKey(FailbackPlan::Phase phase);   // "ensure_remote", "delete_stale_copies", ... (JSON, reports)
QString failbackPhaseTitle(FailbackPlan::Phase phase); // translated, for people
QString failbackOnAKey(FailbackPlan::OnA state);       // "missing", "copy", "following"

} // namespace duper
