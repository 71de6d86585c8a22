#pragma once

#include <QString>

namespace duper {

// One of auto_follow_stats.auto_followed_clusters.
struct AutoFollowedCluster
{
    QString clusterName;
    qint64 timeSinceLastCheckMillis = 0;
    qint64 lastSeenMetadataVersion = 0;
};

} // namespace duper
