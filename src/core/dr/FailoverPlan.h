#pragma once

#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/FollowInfoResponse.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duper {

// What failing over from one remote cluster does on the follower cluster, in Elastic's order: pause the auto-follow
// patterns of that remote (so nothing new starts following a lost leader), turn every follower index of it into a
// regular index (pause → close → unfollow → open), promote the data streams those followers replicate, then check
// that nothing follows the remote any more. Pure data: it is also the dry run, and it changes nothing.
struct FailoverPlan
{
    struct Follower
    {
        QString name;
        QString leaderIndex;
        FollowerStatus status = FollowerStatus::Active;
        QString dataStream; // the replicated data stream whose backing index this is; empty for a plain index
    };

    enum class Phase
    {
        PausePatterns,
        Unfollow,
        PromoteDataStreams,
        Verify
    };

    QString remoteCluster;
    QList<Follower> followers;   // sorted by name
    QStringList patternsToPause; // the remote's active auto-follow patterns
    QStringList pausedPatterns;  // the remote's patterns that are paused already
    QStringList dataStreams;     // replicated data streams to promote, sorted

    // Builds the plan from the follower cluster's follow info and auto-follow patterns.
    static FailoverPlan build(const QString& remoteCluster, const FollowInfoResponse& followInfo,
                              const QList<AutoFollowPattern>& patterns);

    bool isEmpty() const { return followers.isEmpty() && patternsToPause.isEmpty() && dataStreams.isEmpty(); }
    QStringList followerNames() const;
    // The phases that have something to do, in order; Verify always ends it.
    QList<Phase> phases() const;
};

QString failoverPhaseKey(FailoverPlan::Phase phase);   // "pause_patterns", "unfollow", ... (JSON, reports)
QString failoverPhaseTitle(FailoverPlan::Phase phase); // translated, for people

} // namespace duper
