#pragma once

#include "core/alerts/AlertMonitor.h"
#include "core/followers/FollowerSnapshot.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace duper {

class FollowerRefresher;
class LeaderRetentionTracker;

// Applies the alert rules to every snapshot a FollowerRefresher publishes, timed by the snapshot's own takenAtMs, and
// announces episodes as they fire, get worse and clear: what a window's alert list and tray notifications listen to
// (one notification per episode, not per refresh). A paused follower is timed against its leader's retention lease
// period when a LeaderRetentionTracker knows it; the rules run again on the last snapshot when a period arrives.
class FollowerAlertWatcher : public QObject
{
    Q_OBJECT

public:
    explicit FollowerAlertWatcher(FollowerRefresher* refresher, AlertThresholds thresholds = {},
                                  QObject* parent = nullptr);

    AlertMonitor& monitor() { return m_monitor; }
    const AlertMonitor& monitor() const { return m_monitor; }
    // The findings of the last snapshot.
    const QList<AlertFinding>& findings() const { return m_findings; }
    // Where paused followers' periods come from (may be null: Elasticsearch's default, assumed); not owned.
    void setRetentionTracker(LeaderRetentionTracker* tracker);
    LeaderRetentionTracker* retentionTracker() const; // out of line: QPointer needs the complete type

public slots:
    // Forgets episodes and condition times, e.g. when the refresher moves to another connection.
    void reset();

signals:
    void episodesFired(const QList<duper::AlertEpisode>& episodes);
    void episodesEscalated(const QList<duper::AlertEpisode>& episodes);
    void episodesCleared(const QList<duper::AlertEpisode>& episodes);
    // After every snapshot, once the signals above (if any) were sent.
    void findingsChanged();

private:
    void onSnapshot(const std::shared_ptr<const FollowerSnapshot>& snapshot);
    void evaluate();

    QPointer<FollowerRefresher> m_refresher;
    QPointer<LeaderRetentionTracker> m_tracker;
    std::shared_ptr<const FollowerSnapshot> m_last;
    AlertMonitor m_monitor;
    QList<AlertFinding> m_findings;
};

} // namespace duper
