#pragma once

#include "core/ccr/AutoFollowStats.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/followers/FollowerRow.h"

#include <QList>

namespace duper {

// Every follower index of a cluster at one moment: GET /_all/_ccr/info merged with GET /_ccr/stats.
// Immutable once built; shared between threads as std::shared_ptr<const FollowerSnapshot>.
struct FollowerSnapshot
{
    QList<FollowerRow> rows; // sorted by name when built; a snapshot put together by hand may not be
    // Set by build(): rows are in name order, so a row's position alone tells its order (the table sorts by it).
    bool sortedByName = false;
    AutoFollowStats autoFollowStats;
    qint64 takenAtMs = 0; // QDateTime::currentMSecsSinceEpoch() when the responses arrived

    // Merges info and stats (stats for indices without an info entry are ignored; followers without stats are
    // paused or have no running tasks). Rates come from `previous` when given.
    static FollowerSnapshot build(const FollowInfoResponse& info, const FollowStatsResponse& stats, qint64 takenAtMs,
                                  const FollowerSnapshot* previous = nullptr);

    // Row index by follower name, -1 when absent: a binary search when sortedByName, else a walk through the rows.
    // `hint`: the row to try first (a caller walking another name-ordered list passes the row after its last find).
    qsizetype indexOf(const QString& name, qsizetype hint = -1) const;
};

} // namespace duper
