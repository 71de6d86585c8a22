#pragma once

#include "core/ccr/ClusterInfo.h"
#include "core/ccr/LicenseInfo.h"
#include "core/dr/ReplicationTopology.h"
#include "core/es/EsError.h"
#include "core/fleet/FleetNodesResponse.h"
#include "core/followers/FollowerSnapshot.h"

#include <optional>

namespace duper {

// What one refresh of one fleet cluster read, merged: each part is nullopt when its request failed. GET / decides
// whether the cluster is reachable; the others only fill in the picture, and the first error of a CCR request is kept
// to say why the CCR figures are missing.
struct FleetAnswers
{
    std::optional<ClusterInfo> identity;
    std::optional<LicenseInfo> license;
    std::optional<FollowerSnapshot> followers;      // follow info + follow stats
    std::optional<int> autoFollowPatterns;          // how many
    std::optional<ReplicationTopology> replication; // remote info + follow info + patterns (+ stats)
    std::optional<FleetNodesResponse> nodes;
    EsError ccrError; // the first failed CCR request (follow info, CCR stats, auto-follow patterns, remote info)
};

} // namespace duper
