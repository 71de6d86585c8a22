#pragma once

#include "core/alerts/AlertEpisode.h"
#include "core/alerts/AlertThresholds.h"
#include "core/alerts/ConditionTimes.h"
#include "core/followers/FollowerRow.h"

#include <QHash>
#include <QList>

namespace duper {

// Applies AlertRules to every refresh of a cluster's followers and turns the findings into episodes: an episode
// fires the first time a rule reports a follower and clears at the first refresh where it no longer does, so a
// window or a notifier tells people once per episode, not once per refresh. It also remembers when conditions began
// (paused, lag above the warning threshold), which Elasticsearch does not report. Time comes in with each update,
// so tests drive it with a fake clock.
class AlertMonitor
{
public:
    struct Update
    {
        QList<AlertFinding> findings;  // every current finding, in row order
        QList<AlertEpisode> fired;     // episodes that began with this refresh
        QList<AlertEpisode> escalated; // ongoing episodes that got worse (warning -> critical)
        QList<AlertEpisode> cleared;   // episodes that ended with this refresh
    };

    // Cleared episodes kept for history(); older ones are dropped.
    static constexpr int maxHistory = 1000;

    explicit AlertMonitor(AlertThresholds thresholds = {});

    const AlertThresholds& thresholds() const { return m_thresholds; }
    void setThresholds(const AlertThresholds& thresholds) { m_thresholds = thresholds; }
    // The leader's retention lease period of one follower (read from its leader index); the others get
    // defaultRetention().
    void setRetentionPeriod(const QString& follower, const RetentionPeriod& period);
    void setDefaultRetention(const RetentionPeriod& period) { m_defaultRetention = period; }
    const RetentionPeriod& defaultRetention() const { return m_defaultRetention; }
    RetentionPeriod retentionFor(const QString& follower) const;

    // Condition start times, e.g. from a previous run (AlertStateFile); call before the first update().
    void restoreConditionTimes(const QHash<QString, ConditionTimes>& times) { m_since = times; }
    const QHash<QString, ConditionTimes>& conditionTimes() const { return m_since; }

    // One refresh: every follower of the cluster (followers no longer listed clear their episodes) at `nowMs`.
    Update update(const QList<FollowerRow>& rows, qint64 nowMs);

    QList<AlertEpisode> activeEpisodes() const;
    // Cleared episodes (oldest first, at most maxHistory) followed by the active ones.
    QList<AlertEpisode> history() const;
    // Forgets episodes and condition times (another connection).
    void reset();

private:
    static QString key(const QString& follower, AlertKind kind);
    void clear(const QString& key, qint64 nowMs, Update& update);

    AlertThresholds m_thresholds;
    RetentionPeriod m_defaultRetention;
    QHash<QString, RetentionPeriod> m_retention;
    QHash<QString, ConditionTimes> m_since;
    QHash<QString, AlertEpisode> m_active; // by key()
    QList<AlertEpisode> m_cleared;
    quint64 m_nextId = 1;
};

} // namespace duper
