#include "core/remotes/RemoteClusterDeletionImpact.h"

namespace duper {

RemoteClusterDeletionImpact RemoteClusterDeletionImpact::of(const RemoteClusterRow& row)
{
    RemoteClusterDeletionImpact impact;
    impact.followersKnown = row.usedByKnown;
    impact.totalFollowers = int(row.usedBy.size());
    impact.namedFollowers = row.usedBy.mid(0, maxNamedFollowers);
    impact.moreFollowers = impact.totalFollowers - int(impact.namedFollowers.size());
    return impact;
}

} // namespace duper
