#include "cli/InfoFollower.h"

#include "core/followers/FollowerSnapshot.h"

#include <QSet>
#include <algorithm>

namespace duper::cli {

QList<InfoFollower> InfoFollower::list(const FollowInfoResponse& info, const FollowStatsResponse& stats)
{
    FollowStatsResponse suspects;
    QSet<QString> suspectNames;
    for (const FollowerStats& follower : stats.indices) {
        const bool failing = std::any_of(follower.shards.cbegin(), follower.shards.cend(), [](const auto& shard) {
            return shard.fatalException.has_value() || !shard.readExceptions.isEmpty();
        });
        if (failing) {
            suspects.indices.append(follower);
            suspectNames.insert(follower.index);
        }
    }
    FollowerSnapshot errors;
    if (!suspects.indices.isEmpty()) {
        FollowInfoResponse suspectInfo;
        for (const FollowerInfo& follower : info.followers)
            if (suspectNames.contains(follower.followerIndex))
                suspectInfo.followers.append(follower);
        errors = FollowerSnapshot::build(suspectInfo, suspects, 0);
    }

    QList<InfoFollower> followers;
    followers.reserve(info.followers.size());
    for (const FollowerInfo& follower : info.followers) {
        InfoFollower& entry = followers.emplaceBack();
        entry.info = &follower;
        entry.state = follower.status == FollowerStatus::Paused ? FollowerState::Paused : FollowerState::Active;
        if (errors.rows.isEmpty())
            continue;
        if (const qsizetype row = errors.indexOf(follower.followerIndex); row >= 0) {
            entry.state = errors.rows.at(row).state;
            entry.errorSummary = errors.rows.at(row).errorSummary;
        }
    }
    // Elasticsearch need not list them by name; FollowerSnapshot's rows are.
    const auto byName = [](const InfoFollower& a, const InfoFollower& b) {
        return a.info->followerIndex < b.info->followerIndex;
    };
    if (!std::is_sorted(followers.cbegin(), followers.cend(), byName))
        std::sort(followers.begin(), followers.end(), byName);
    return followers;
}

} // namespace duper::cli
