#include "core/trend/CatchUpTracker.h"

#include "core/followers/NameOrderedSearch.h"
#include "core/trend/CatchUpRule.h"

#include <algorithm>

namespace duper {

bool CatchUpTracker::update(const FollowerSnapshot& snapshot)
{
    if (snapshot.takenAtMs <= m_lastTakenAtMs && !snapshot.rows.isEmpty())
        return false;
    m_lastTakenAtMs = snapshot.takenAtMs;

    // The rows in name order: as they are when built, sorted here when a snapshot was put together by hand.
    QList<const FollowerRow*> rows;
    rows.reserve(snapshot.rows.size());
    for (const FollowerRow& row : snapshot.rows)
        rows.append(&row);
    if (!snapshot.sortedByName)
        std::stable_sort(rows.begin(), rows.end(),
                         [](const FollowerRow* a, const FollowerRow* b) { return a->name < b->name; });

    QList<Follower> followers;
    followers.reserve(rows.size());
    bool changed = false;
    auto kept = m_followers.begin();
    for (const FollowerRow* row : rows) {
        while (kept != m_followers.end() && kept->name < row->name) {
            changed = true; // vanished
            ++kept;
        }
        const bool known = kept != m_followers.end() && kept->name == row->name;
        changed = changed || !known;
        const bool measurable = row->state == FollowerState::Active && !row->shards.isEmpty();
        // Moved out of the old list, which is replaced below: appending to a copy would copy every list.
        QList<LagSample> recent;
        if (measurable) {
            if (known)
                recent = std::move(kept->samples);
            else
                recent.reserve(maxSamples + 1);
            recent.append({snapshot.takenAtMs, row->lag});
            while (recent.size() > maxSamples || recent.first().atMs < snapshot.takenAtMs - maxSampleAgeMs)
                recent.removeFirst();
        }
        const CatchUpEstimate estimate = CatchUpRule::estimate(measurable, recent);
        if (known) {
            changed = changed || !(estimate == kept->estimate);
            ++kept;
        }
        if (!followers.isEmpty() && followers.constLast().name == row->name)
            followers.last() = {row->name, std::move(recent), estimate}; // a name listed twice: the later row counts
        else
            followers.append({row->name, std::move(recent), estimate});
    }
    changed = changed || kept != m_followers.end();
    m_followers = std::move(followers);
    return changed;
}

void CatchUpTracker::reset()
{
    m_followers.clear();
    m_lastTakenAtMs = -1;
}

const CatchUpTracker::Follower* CatchUpTracker::find(const QString& name, qsizetype hint) const
{
    const qsizetype at = findInNameOrder(m_followers, name, hint,
                                         [](const Follower& follower) -> const QString& { return follower.name; });
    return at >= 0 ? &m_followers.at(at) : nullptr;
}

CatchUpEstimate CatchUpTracker::estimate(const QString& follower, qsizetype hint) const
{
    const Follower* found = find(follower, hint);
    return found ? found->estimate : CatchUpEstimate();
}

QList<LagSample> CatchUpTracker::samples(const QString& follower, qsizetype hint) const
{
    const Follower* found = find(follower, hint);
    return found ? found->samples : QList<LagSample>();
}

} // namespace duper
