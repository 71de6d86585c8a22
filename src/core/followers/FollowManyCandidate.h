#pragma once

#include <QString>

namespace duper {

// One leader index a "follow many" plan found, the follower it would get and whether it can be followed.
struct FollowManyCandidate
{
    enum class State
    {
        WillFollow,
        AlreadyFollowed, // a local follower already follows this remote:leader
        NameTaken,       // a local index (or another candidate) already has the follower name
        InvalidName,     // the follower name breaks Elasticsearch's index name rules
        Excluded         // matches an exclusion pattern
    };

    QString leaderIndex;
    QString dataStream; // the data stream the leader backs; empty for a plain index
    QString followerIndex;
    State state = State::WillFollow;
    QString reason; // for people, when the state is not WillFollow

    bool isBackingIndex() const { return !dataStream.isEmpty(); }
    bool followable() const { return state == State::WillFollow; }
};

} // namespace duper
