#include "core/alerts/FollowerAlertWatcher.h"

#include "core/alerts/LeaderRetentionTracker.h"
#include "core/followers/FollowerRefresher.h"

namespace duper {

FollowerAlertWatcher::FollowerAlertWatcher(FollowerRefresher* refresher, AlertThresholds thresholds, QObject* parent)
    : QObject(parent), m_refresher(refresher), m_monitor(std::move(thresholds))
{
    connect(refresher, &FollowerRefresher::snapshotReady, this, &FollowerAlertWatcher::onSnapshot);
}

LeaderRetentionTracker* FollowerAlertWatcher::retentionTracker() const
{
    return m_tracker;
}

void FollowerAlertWatcher::setRetentionTracker(LeaderRetentionTracker* tracker)
{
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    if (tracker)
        connect(tracker, &LeaderRetentionTracker::periodsChanged, this, &FollowerAlertWatcher::evaluate);
}

void FollowerAlertWatcher::reset()
{
    m_last.reset();
    m_monitor.reset();
    m_findings.clear();
    emit findingsChanged();
}

void FollowerAlertWatcher::onSnapshot(const std::shared_ptr<const FollowerSnapshot>& snapshot)
{
    if (!snapshot)
        return;
    m_last = snapshot;
    evaluate();
    // After the rules ran: they never wait for a leader, they use what is known and run again when it changes.
    if (m_tracker)
        m_tracker->observe(snapshot->rows);
}

void FollowerAlertWatcher::evaluate()
{
    if (!m_last)
        return;
    if (m_tracker) {
        for (const FollowerRow& row : m_last->rows) {
            if (row.state == FollowerState::Paused)
                m_monitor.setRetentionPeriod(row.name, m_tracker->periodFor(row));
        }
    }
    // The snapshot's own time, not now: a snapshot parsed late still counts from when its answers arrived. Run
    // again for a new period, the same time keeps the conditions' clocks where they were.
    AlertMonitor::Update update = m_monitor.update(m_last->rows, m_last->takenAtMs);
    m_findings = std::move(update.findings);
    if (!update.fired.isEmpty())
        emit episodesFired(update.fired);
    if (!update.escalated.isEmpty())
        emit episodesEscalated(update.escalated);
    if (!update.cleared.isEmpty())
        emit episodesCleared(update.cleared);
    emit findingsChanged();
}

} // namespace duper
