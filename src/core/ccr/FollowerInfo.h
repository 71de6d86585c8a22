#pragma once

#include "core/values/FollowParameters.h"

#include <QString>

namespace duper {

enum class FollowerStatus
{
    Active,
    Paused
};

// One entry of GET /{index}/_ccr/info (`follower_indices[]`).
struct FollowerInfo
{
    QString followerIndex;
    QString remoteCluster;
    QString leaderIndex;
    FollowerStatus status = FollowerStatus::Active;
    // What Elasticsearch reported; ES only sends `parameters` for active followers, so a paused one has none set.
    FollowParameters parameters;
    bool hasParameters = false; // the `parameters` object was present

    friend bool operator==(const FollowerInfo&, const FollowerInfo&) = default;
};

} // namespace duper
