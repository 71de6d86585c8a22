#pragma once

#include "core/followers/FollowerSnapshot.h"
#include "core/trend/CatchUpEstimate.h"
#include "core/trend/LagSample.h"

#include <QList>
#include <QString>

namespace duper {

// Keeps the last few lag samples of every follower of one cluster, fed one snapshot per refresh, and the catch-up
// estimate CatchUpRule draws from them. Followers that vanish are forgotten; a paused or failing follower starts
// over when it replicates again, so its pace is never measured across the pause.
//
// Followers are kept in name order, as FollowerSnapshot::build delivers its rows: an update walks the new rows and the
// kept followers side by side, with no hash of 10,000 names to rebuild on the GUI thread every refresh.
class CatchUpTracker
{
public:
    static constexpr int maxSamples = 6;             // about a minute at the default 10 s refresh
    static constexpr qint64 maxSampleAgeMs = 300000; // older samples no longer describe "recent"

    // Adds the snapshot's lags; returns whether any follower's estimate changed (or a follower came or went). A
    // snapshot no newer than the last one (the same snapshot shown again) adds nothing.
    bool update(const FollowerSnapshot& snapshot);
    void reset();

    // Unknown for followers not in the last snapshot. `hint`: the follower's row in that snapshot, when the caller
    // knows it (the followers are kept in the order of a built snapshot's rows): found without a search.
    CatchUpEstimate estimate(const QString& follower, qsizetype hint = -1) const;
    QList<LagSample> samples(const QString& follower, qsizetype hint = -1) const;

private:
    struct Follower
    {
        QString name;
        QList<LagSample> samples;
        CatchUpEstimate estimate;
    };

    const Follower* find(const QString& name, qsizetype hint) const;

    QList<Follower> m_followers; // by name
    qint64 m_lastTakenAtMs = -1;
};

} // namespace duper
