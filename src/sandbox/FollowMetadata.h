#pragma once

#include "core/values/FollowParameters.h"

#include <QString>

namespace duper::sandbox {

// What makes an index a follower: where its leader is and how it follows it.
struct FollowMetadata
{
    QString remoteCluster;
    QString leaderIndex;
    QString leaderIndexUuid;
    FollowParameters parameters;
    bool active = true; // false after pause_follow (no shard follow tasks)
};

} // namespace duper::sandbox
