#pragma once

#include "core/followers/FollowerRow.h"

#include <QString>

namespace duper {

// A change of a follower's status or error text, for markers on a chart. The first refresh of a follower records
// its status too.
struct HistoryEvent
{
    qint64 atMs = 0;
    FollowerState state = FollowerState::Active;
    QString errorText;

    friend bool operator==(const HistoryEvent&, const HistoryEvent&) = default;
};

} // namespace duper
