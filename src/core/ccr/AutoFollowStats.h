#pragma once

#include "core/ccr/AutoFollowError.h"
#include "core/ccr/AutoFollowedCluster.h"

#include <QList>

namespace duper {

// The `auto_follow_stats` part of GET /_ccr/stats.
struct AutoFollowStats
{
    qint64 numberOfFailedFollowIndices = 0;
    qint64 numberOfFailedRemoteClusterStateRequests = 0;
    qint64 numberOfSuccessfulFollowIndices = 0;
    QList<AutoFollowError> recentAutoFollowErrors;
    QList<AutoFollowedCluster> autoFollowedClusters;
};

} // namespace duper
