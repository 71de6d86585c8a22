#pragma once

#include "core/values/FollowParameters.h"

#include <QString>

namespace duper {

// What a procedure knows about one follower index: read at its Inspect step and kept up to date as steps succeed,
// so a failure can say in which state it left the index.
struct FollowerIndexState
{
    enum class Replication
    {
        Unknown,
        Active,
        Paused,
        NotFollower
    };
    enum class Openness
    {
        Unknown,
        Open,
        Closed
    };

    Replication replication = Replication::Unknown;
    Openness openness = Openness::Unknown;
    // From follow_info; kept after the index stops being a follower so a retry can follow the same leader again.
    QString remoteCluster;
    QString leaderIndex;
    FollowParameters parameters; // as reported while active; empty once paused
    bool hasParameters = false;

    // "The index is a paused follower and is closed." — for failure reports, translated.
    QString describe(const QString& index) const;
};

} // namespace duper
