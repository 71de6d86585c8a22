#pragma once

#include "core/dr/ReplicationTopology.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// What the topology needs to know of one saved cluster: who it is (cluster name and UUID, every address its nodes
// publish) and, when its last refresh succeeded, what it replicates per remote alias. A cluster that is down keeps
// its last known identity, so the followers of it can still be matched to it.
struct FleetClusterFacts
{
    QString connectionId;
    QString connectionName;
    QString clusterName;
    QString clusterUuid;
    QStringList nodeAddresses; // from GET /_nodes; empty when never read
    // Per remote alias: addresses, connected, followers by state, auto-follow patterns. nullopt when the cluster
    // could not be read this time: it then contributes no edges.
    std::optional<ReplicationTopology> replication;
};

} // namespace duper
