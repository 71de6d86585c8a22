#pragma once

#include "sandbox/AutoFollowPattern.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/RestError.h"

#include <QMap>
#include <QString>

namespace duper::sandbox {

class Cluster;

// Holds a cluster's auto-follow patterns and, on every tick, follows NEW leader indices that match them; keeps the
// auto_follow_stats of GET /_ccr/stats.
class AutoFollowCoordinator
{
public:
    // Adds or replaces a pattern; a new pattern ignores leader indices that already exist (ES only follows new ones).
    std::optional<RestError> put(Cluster& cluster, const QString& name, AutoFollowPattern pattern);
    bool contains(const QString& name) const { return m_patterns.contains(name); }
    void remove(const QString& name) { m_patterns.remove(name); }
    void setActive(const QString& name, bool active) { m_patterns[name].active = active; }
    const QMap<QString, AutoFollowPattern>& patterns() const { return m_patterns; }

    void run(Cluster& follower);
    void writeStats(JsonWriter& w, const Cluster& follower) const;

    static QString followerName(const AutoFollowPattern& pattern, const QString& leaderIndex);

private:
    struct RecentError
    {
        qint64 timestampMs = 0;
        RestError error;
    };
    struct ClusterCheck
    {
        qint64 lastCheckMs = 0;
        qint64 lastSeenMetadataVersion = 0;
    };
    void recordError(const QString& key, qint64 timestampMs, const RestError& error);

    QMap<QString, AutoFollowPattern> m_patterns;
    qint64 m_failedFollowIndices = 0;
    qint64 m_failedRemoteClusterStateRequests = 0;
    qint64 m_successfulFollowIndices = 0;
    QMap<QString, RecentError> m_recentErrors;
    QMap<QString, ClusterCheck> m_clusters;
};

} // namespace duper::sandbox
