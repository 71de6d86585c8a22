#pragma once

#include <QSet>
#include <QString>
#include <random>

namespace duper::sandbox {

// The faults a sandbox can be told to simulate, switchable at run time. HTTP faults (latency, error rate, hang)
// apply to the follower cluster's REST port; replication faults to the follower tasks.
class FaultInjector
{
public:
    // Remote connections report disconnected: follower reads fail (read_exceptions) and _remote/info says so.
    bool remoteDisconnected = false;
    // Follower index names whose shard tasks fall too far behind and stop with a fatal_exception. A one-off event:
    // the name is taken out of the set once the tasks have stopped, so resuming or recreating the follower starts
    // healthy tasks (as in ES, where the restarted task no longer hits the missing operations); insert it again to
    // repeat.
    QSet<QString> fatalFollowers;
    // Follower index names whose reads from the leader keep failing (the leader rejects them) while the fault is
    // set: read_exceptions with growing retries and failed_read_requests, other followers unaffected. Clearing the
    // name lets the next read succeed, which empties read_exceptions.
    QSet<QString> failingReadFollowers;
    // Index names whose close times out as a busy cluster's does (503 process_cluster_event_timeout_exception), so
    // a multi-step action fails half-way on them; clearing the name lets the next close succeed.
    QSet<QString> failingCloseIndices;
    // Emulator-only, mirroring elastic/elasticsearch#89991: follower index names whose copy silently loses one
    // document on the next replication tick while its history and checkpoints stay as they are, so the checkpoints
    // match the leader's but the document counts do not. A one-off event: the name is taken out of the set.
    QSet<QString> divergingFollowers;
    // POST /_nodes/reload_secure_settings reports the node's keystore as unreadable (a reload_exception in its
    // entry, as Elasticsearch does for a tampered or wrongly protected keystore) and loads nothing.
    bool failingKeystoreReload = false;
    int latencyMs = 0;
    // Operations per second one follower shard can read from the leader (a thin link); 0 = no limit.
    qint64 readOperationsPerSecond = 0;
    double errorRate = 0.0; // share of requests answered 429/503
    bool hang = false;      // accept requests, never answer

    // Deterministic pseudo-random draw for the error rate; alternates 429 and 503. 0 = answer normally.
    int drawErrorStatus();
    void reseed(unsigned seed) { m_random.seed(seed); }

private:
    std::mt19937 m_random{42};
    bool m_next429 = true;
};

} // namespace duper::sandbox
