#include "core/dr/FailoverPlan.h"

#include "core/followers/FollowManyPlan.h"

#include <QCoreApplication>
#include <algorithm>

namespace duper {

FailoverPlan FailoverPlan::build(const QString& remoteCluster, const FollowInfoResponse& followInfo,
                                 const QList<AutoFollowPattern>& patterns)
{
    FailoverPlan plan;
    plan.remoteCluster = remoteCluster;
    for (const FollowerInfo& info : followInfo.followers) {
        if (info.remoteCluster != remoteCluster)
            continue;
        const QString stream = FollowManyPlan::dataStreamOfBackingIndex(info.followerIndex);
        plan.followers.append({info.followerIndex, info.leaderIndex, info.status, stream});
        if (!stream.isEmpty() && !plan.dataStreams.contains(stream))
            plan.dataStreams.append(stream);
    }
    std::sort(plan.followers.begin(), plan.followers.end(),
              [](const Follower& a, const Follower& b) { return a.name < b.name; });
    plan.dataStreams.sort();
    for (const AutoFollowPattern& pattern : patterns) {
        if (pattern.remoteCluster != remoteCluster)
            continue;
        (pattern.active ? plan.patternsToPause : plan.pausedPatterns).append(pattern.name);
    }
    return plan;
}

QStringList FailoverPlan::followerNames() const
{
    QStringList names;
    names.reserve(followers.size());
    for (const Follower& follower : followers)
        names.append(follower.name);
    return names;
}

QList<FailoverPlan::Phase> FailoverPlan::phases() const
{
    QList<Phase> result;
    if (!patternsToPause.isEmpty())
        result.append(Phase::PausePatterns);
    if (!followers.isEmpty())
        result.append(Phase::Unfollow);
    if (!dataStreams.isEmpty())
        result.append(Phase::PromoteDataStreams);
    result.append(Phase::Verify);
    return result;
}

QString failoverPhaseKey(FailoverPlan::Phase phase)
{
    switch (phase) {
    case FailoverPlan::Phase::PausePatterns:
        return QStringLiteral("pause_patterns");
    case FailoverPlan::Phase::Unfollow:
        return QStringLiteral("unfollow");
    case FailoverPlan::Phase::PromoteDataStreams:
        return QStringLiteral("promote_data_streams");
    case FailoverPlan::Phase::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

QString failoverPhaseTitle(FailoverPlan::Phase phase)
{
    switch (phase) {
    case FailoverPlan::Phase::PausePatterns:
        return QCoreApplication::translate("duper::FailoverPlan", "Pause the auto-follow patterns of the remote");
    case FailoverPlan::Phase::Unfollow:
        return QCoreApplication::translate("duper::FailoverPlan",
                                           "Turn each follower into a regular index (pause, close, unfollow, open)");
    case FailoverPlan::Phase::PromoteDataStreams:
        return QCoreApplication::translate("duper::FailoverPlan", "Promote the replicated data streams");
    case FailoverPlan::Phase::Verify:
        return QCoreApplication::translate("duper::FailoverPlan", "Check that nothing follows the remote any more");
    }
    return {};
}

} // namespace duper
