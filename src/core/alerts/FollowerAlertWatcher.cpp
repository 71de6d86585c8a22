#include "core/alerts/FollowerAlertWatcher.h"

#include "core/followers/FollowerRefresher.h"

namespace duper {

FollowerAlertWatcher::FollowerAlertWatcher(FollowerRefresher* refresher, AlertThresholds thresholds, QObject* parent)
    : QObject(parent), m_refresher(refresher), m_monitor(std::move(thresholds))
{
    connect(refresher, &FollowerRefresher::snapshotReady, this, &FollowerAlertWatcher::onSnapshot);
}

void FollowerAlertWatcher::reset()
{
    m_monitor.reset();
    m_findings.clear();
    emit findingsChanged();
}

void FollowerAlertWatcher::onSnapshot(const std::shared_ptr<const FollowerSnapshot>& snapshot)
{
    if (!snapshot)
        return;
    // The snapshot's own time, not now: a snapshot parsed late still counts from when its answers arrived.
    AlertMonitor::Update update = m_monitor.update(snapshot->rows, snapshot->takenAtMs);
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
