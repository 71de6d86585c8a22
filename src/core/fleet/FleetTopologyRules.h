#pragma once

#include "core/fleet/FleetClusterFacts.h"
#include "core/fleet/FleetTopology.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duper {

// Builds the fleet topology from what each saved cluster reported. The leader behind a follower's remote alias is
// the saved cluster one of whose nodes publishes one of the remote's seed or proxy addresses (transport, HTTP or
// remote cluster server); failing that, the one saved cluster whose cluster name is the alias; failing that, an
// unknown node named by the alias with the remote's addresses. Several connections to one cluster (same UUID) count
// as one: the first given. Pure: data in, graph out.
class FleetTopologyRules
{
public:
    static FleetTopology build(const QList<FleetClusterFacts>& clusters);

    // "host:port" forms one address is known by: lower case, "name/1.2.3.4:9300" as both "name:9300" and
    // "1.2.3.4:9300", "localhost" also as 127.0.0.1.
    static QStringList addressForms(const QString& address);
};

} // namespace duper
