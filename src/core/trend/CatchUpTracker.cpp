#include "core/trend/CatchUpTracker.h"

#include "core/trend/CatchUpRule.h"

namespace duper {

bool CatchUpTracker::update(const FollowerSnapshot& snapshot)
{
    if (snapshot.takenAtMs <= m_lastTakenAtMs && !snapshot.rows.isEmpty())
        return false;
    m_lastTakenAtMs = snapshot.takenAtMs;

    QHash<QString, QList<LagSample>> samples;
    QHash<QString, CatchUpEstimate> estimates;
    samples.reserve(snapshot.rows.size());
    estimates.reserve(snapshot.rows.size());
    for (const FollowerRow& row : snapshot.rows) {
        const bool measurable = row.state == FollowerState::Active && !row.shards.isEmpty();
        // Moved out of the old table, which is replaced below: appending to a copy would copy every list.
        QList<LagSample> recent;
        if (measurable) {
            if (const auto kept = m_samples.find(row.name); kept != m_samples.end())
                recent = std::move(kept.value());
            else
                recent.reserve(maxSamples + 1);
            recent.append({snapshot.takenAtMs, row.lag});
            while (recent.size() > maxSamples || recent.first().atMs < snapshot.takenAtMs - maxSampleAgeMs)
                recent.removeFirst();
        }
        estimates.insert(row.name, CatchUpRule::estimate(measurable, recent));
        if (!recent.isEmpty())
            samples.insert(row.name, std::move(recent));
    }
    m_samples = std::move(samples);
    const bool changed = estimates != m_estimates;
    m_estimates = std::move(estimates);
    return changed;
}

void CatchUpTracker::reset()
{
    m_samples.clear();
    m_estimates.clear();
    m_lastTakenAtMs = -1;
}

} // namespace duper
