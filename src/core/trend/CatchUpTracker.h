#pragma once

#include "core/followers/FollowerSnapshot.h"
#include "core/trend/CatchUpEstimate.h"
#include "core/trend/LagSample.h"

#include <QHash>
#include <QList>
#include <QString>

namespace duper {

// Keeps the last few lag samples of every follower of one cluster, fed one snapshot per refresh, and the catch-up
// estimate CatchUpRule draws from them. Followers that vanish are forgotten; a paused or failing follower starts
// over when it replicates again, so its pace is never measured across the pause.
class CatchUpTracker
{
public:
    static constexpr int maxSamples = 6;             // about a minute at the default 10 s refresh
    static constexpr qint64 maxSampleAgeMs = 300000; // older samples no longer describe "recent"

    // Adds the snapshot's lags; returns whether any follower's estimate changed. A snapshot no newer than the last
    // one (the same snapshot shown again) adds nothing.
    bool update(const FollowerSnapshot& snapshot);
    void reset();

    // Unknown for followers not in the last snapshot.
    CatchUpEstimate estimate(const QString& follower) const { return m_estimates.value(follower); }
    QList<LagSample> samples(const QString& follower) const { return m_samples.value(follower); }

private:
    QHash<QString, QList<LagSample>> m_samples;
    QHash<QString, CatchUpEstimate> m_estimates;
    qint64 m_lastTakenAtMs = -1;
};

} // namespace duper
