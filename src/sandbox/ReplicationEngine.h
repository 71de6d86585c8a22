#pragma once

#include <QtGlobal>

namespace duper::sandbox {

class Cluster;

// Runs one replication step for every active follower index of a cluster: finds the leader through the remote
// cluster settings, applies faults (disconnected remote or failing reads -> read_exceptions, fatal ->
// fatal_exception) and copies the written operations into the follower.
class ReplicationEngine
{
public:
    // `elapsedMs`: the simulated time this step stands for (what a rate-limited link can carry in it).
    static void run(Cluster& follower, qint64 elapsedMs);
};

} // namespace duper::sandbox
