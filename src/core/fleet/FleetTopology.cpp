#include "core/fleet/FleetTopology.h"

#include <algorithm>

namespace duper {

const FleetTopology::Edge* FleetTopology::find(const QString& followerId, const QString& alias) const
{
    const auto it = std::find_if(edges.cbegin(), edges.cend(), [&](const Edge& edge) {
        return edge.followerId == followerId && edge.alias == alias;
    });
    return it == edges.cend() ? nullptr : &*it;
}

QString fleetMatchName(FleetTopology::Match match)
{
    switch (match) {
    case FleetTopology::Match::Address:
        return QStringLiteral("address");
    case FleetTopology::Match::ClusterName:
        return QStringLiteral("cluster_name");
    case FleetTopology::Match::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace duper
