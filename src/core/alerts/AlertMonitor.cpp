#include "core/alerts/AlertMonitor.h"

#include "core/alerts/AlertRules.h"

#include <QSet>
#include <algorithm>

namespace duper {

AlertMonitor::AlertMonitor(AlertThresholds thresholds) : m_thresholds(std::move(thresholds))
{}

void AlertMonitor::setRetentionPeriod(const QString& follower, const RetentionPeriod& period)
{
    m_retention.insert(follower, period);
}

RetentionPeriod AlertMonitor::retentionFor(const QString& follower) const
{
    return m_retention.value(follower, m_defaultRetention);
}

QString AlertMonitor::key(const QString& follower, AlertKind kind)
{
    return follower + QLatin1Char('\n') + alertKindName(kind);
}

AlertMonitor::Update AlertMonitor::update(const QList<FollowerRow>& rows, qint64 nowMs)
{
    Update out;
    QSet<QString> firing;
    QHash<QString, ConditionTimes> since;
    since.reserve(rows.size());
    for (const FollowerRow& row : rows) {
        // A condition that stops, even for one refresh, starts its clock again. A follower already paused when
        // first seen has been paused for an unknown time: its start is only a lower bound.
        const auto before = m_since.constFind(row.name);
        const bool firstSight = before == m_since.cend();
        ConditionTimes times;
        if (row.state == FollowerState::Paused) {
            const bool wasPaused = !firstSight && before->pausedSinceMs;
            times.pausedSinceMs = wasPaused ? *before->pausedSinceMs : nowMs;
            times.pausedStartKnown = wasPaused ? before->pausedStartKnown : !firstSight;
        }
        if (AlertRules::lagAboveWarning(row, m_thresholds))
            times.lagAboveSinceMs = !firstSight && before->lagAboveSinceMs ? *before->lagAboveSinceMs : nowMs;
        since.insert(row.name, times);

        FollowerConditions conditions;
        if (times.pausedSinceMs)
            conditions.pausedForMs = std::max<qint64>(0, nowMs - *times.pausedSinceMs);
        conditions.pausedStartKnown = times.pausedStartKnown;
        if (times.lagAboveSinceMs)
            conditions.lagAboveForMs = std::max<qint64>(0, nowMs - *times.lagAboveSinceMs);
        conditions.retention = retentionFor(row.name);

        for (const AlertFinding& finding : AlertRules::evaluate(row, m_thresholds, conditions)) {
            out.findings.append(finding);
            const QString k = key(row.name, finding.kind);
            firing.insert(k);
            const auto active = m_active.find(k);
            if (active == m_active.end()) {
                AlertEpisode episode;
                episode.id = m_nextId++;
                episode.follower = row.name;
                episode.kind = finding.kind;
                episode.severity = finding.severity;
                episode.firedAtMs = nowMs;
                episode.latest = finding;
                m_active.insert(k, episode);
                out.fired.append(episode);
                continue;
            }
            active->latest = finding;
            if (finding.severity > active->severity) {
                active->severity = finding.severity;
                out.escalated.append(*active);
            }
        }
    }
    m_since = std::move(since);

    const QStringList keys = m_active.keys();
    for (const QString& k : keys) {
        if (!firing.contains(k))
            clear(k, nowMs, out);
    }
    std::sort(out.cleared.begin(), out.cleared.end(),
              [](const AlertEpisode& a, const AlertEpisode& b) { return a.id < b.id; });
    return out;
}

void AlertMonitor::clear(const QString& key, qint64 nowMs, Update& update)
{
    AlertEpisode episode = m_active.take(key);
    episode.clearedAtMs = nowMs;
    m_cleared.append(episode);
    if (m_cleared.size() > maxHistory)
        m_cleared.removeFirst();
    update.cleared.append(episode);
}

QList<AlertEpisode> AlertMonitor::activeEpisodes() const
{
    // Ids grow with every episode: their order is the order they fired in.
    QList<AlertEpisode> episodes = m_active.values();
    std::sort(episodes.begin(), episodes.end(),
              [](const AlertEpisode& a, const AlertEpisode& b) { return a.id < b.id; });
    return episodes;
}

QList<AlertEpisode> AlertMonitor::history() const
{
    return m_cleared + activeEpisodes();
}

void AlertMonitor::reset()
{
    m_since.clear();
    m_active.clear();
    m_cleared.clear();
}

} // namespace duper
