#pragma once

#include "core/followers/FollowerRow.h"

#include <QString>
#include <optional>

namespace duper {

// One follower's figures at one refresh, as the history keeps them. Figures a paused follower does not report are
// absent (NULL in the file), not zero.
struct FollowerSample
{
    QString follower;
    std::optional<qint64> lag; // operations; absent without shards
    std::optional<double> operationsPerSecond;
    std::optional<qint64> timeSinceLastReadMs;
    qint64 failedReads = 0;
    FollowerState state = FollowerState::Active;
    QString errorText; // the row's error summary; the store writes it only when it changes

    static FollowerSample fromRow(const FollowerRow& row);

    friend bool operator==(const FollowerSample&, const FollowerSample&) = default;
};

} // namespace duper
