#pragma once

#include "core/es/ErrorCause.h"

#include <QString>

namespace duper {

// One of auto_follow_stats.recent_auto_follow_errors.
struct AutoFollowError
{
    QString leaderIndex;  // for a failed remote cluster state request: the pattern / cluster key
    qint64 timestamp = 0; // epoch milliseconds
    ErrorCause autoFollowException;
};

} // namespace duper
