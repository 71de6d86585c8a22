#pragma once

#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/followers/FollowerRow.h"

#include <QList>
#include <QString>

namespace duper::cli {

// One follower as `duper info` shows it: its follow info and the status the window shows (Error for one whose shard
// task stopped on an error or keeps failing to read).
struct InfoFollower
{
    const duper::FollowerInfo* info = nullptr; // points into the FollowInfoResponse given to list()
    duper::FollowerState state = duper::FollowerState::Active;
    QString errorSummary; // set for Error

    // Every follower of `info`, in name order. The Error rule is FollowerSnapshot's, applied only to the followers
    // whose shard stats report a fatal or a read exception: without either a follower is Active or Paused as
    // Elasticsearch says, and merging all 10,000 rows into a snapshot took a quarter of the command. `info` must
    // outlive the list.
    static QList<InfoFollower> list(const duper::FollowInfoResponse& info, const duper::FollowStatsResponse& stats);
};

} // namespace duper::cli
