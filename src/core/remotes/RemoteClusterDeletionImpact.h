#pragma once

#include "core/remotes/RemoteClusterRow.h"

#include <QStringList>

namespace duper {

// What deleting a remote cluster breaks: the follower indices that replicate through it stop replicating. A warning
// names the first few and counts the rest, so a remote used by thousands of followers still fits in a message box.
struct RemoteClusterDeletionImpact
{
    static constexpr int maxNamedFollowers = 10;

    QStringList namedFollowers; // the first maxNamedFollowers, sorted
    int moreFollowers = 0;      // how many are not named
    int totalFollowers = 0;
    bool followersKnown = false; // false: the follow info could not be read

    bool breaksFollowers() const { return totalFollowers > 0; }

    static RemoteClusterDeletionImpact of(const RemoteClusterRow& row);
};

} // namespace duper
