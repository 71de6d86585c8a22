#pragma once

#include "core/es/EsError.h"

#include <QString>

namespace duper {

// What following one leader index came to.
struct FollowManyResult
{
    enum class Outcome
    {
        Pending, // not finished yet (or not started because the operation was cancelled)
        Followed,
        Failed
    };

    QString leaderIndex;
    QString followerIndex;
    QString dataStream; // set for a data stream's backing index
    Outcome outcome = Outcome::Pending;
    EsError error;   // set when Failed
    QString message; // for people: why it failed

    bool succeeded() const { return outcome == Outcome::Followed; }
};

} // namespace duper
