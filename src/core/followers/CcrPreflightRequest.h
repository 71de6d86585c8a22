#pragma once

#include <QString>
#include <QStringList>

namespace duper {

// What a privilege preflight checks before an action sends anything: which action, through which remote alias,
// which leader indices (names or patterns) and which follower indices (names, or for auto-follow the
// follow_index_pattern with its {{leader_index}} template; empty = the leader names).
struct CcrPreflightRequest
{
    enum class Action
    {
        FollowOne,
        FollowMany,
        AutoFollow,
        Failover // on the follower only: pause, close, unfollow, open; the leader may be gone
    };

    Action action = Action::FollowOne;
    QString remoteAlias;
    QStringList leaderIndices;
    QStringList followerIndices;

    friend bool operator==(const CcrPreflightRequest&, const CcrPreflightRequest&) = default;
};

} // namespace duper
