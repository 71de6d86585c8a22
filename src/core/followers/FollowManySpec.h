#pragma once

#include <QString>
#include <QStringList>

namespace duper {

// What a "follow many" starts from: which remote indices to follow and how to name their followers. The same
// fields as an auto-follow pattern, so the pattern can be created from it afterwards.
struct FollowManySpec
{
    QString remoteCluster;
    QStringList leaderIndexPatterns;
    QStringList leaderIndexExclusionPatterns;
    // "{{leader_index}}" template; empty means the follower takes the leader's name.
    QString followIndexPattern;
};

} // namespace duper
