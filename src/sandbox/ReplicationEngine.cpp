#include "sandbox/ReplicationEngine.h"

#include "sandbox/Cluster.h"
#include "sandbox/FaultInjector.h"

#include <limits>

namespace duper::sandbox {

namespace {

// What ES records when the leader's node rejects a shard_changes read (its search pool is saturated): a remote
// transport wrapper around the rejection. Retryable, so the task keeps retrying and read_exceptions grows.
RestError rejectedRead(const Cluster& leader, int shardId)
{
    RestError rejection(429, QStringLiteral("es_rejected_execution_exception"),
                        QStringLiteral("rejected execution of shard changes request for shard [%1] on "
                                       "EsThreadPoolExecutor[name = %2/search, queue capacity = 1000, "
                                       "active threads = 13, queued tasks = 1000]")
                            .arg(QString::number(shardId), leader.nodeName()));
    RestError remote(500, QStringLiteral("remote_transport_exception"),
                     QStringLiteral("[%1][%2][indices:data/read/xpack/ccr/shard_changes]")
                         .arg(leader.nodeName(), leader.transportAddress()));
    remote.withCause(rejection);
    return remote;
}

} // namespace

void ReplicationEngine::run(Cluster& follower, qint64 elapsedMs)
{
    const qint64 now = follower.nowMs();
    FaultInjector& faults = follower.faults();
    const qint64 readBudget = faults.readOperationsPerSecond > 0
                                  ? qMax<qint64>(1, faults.readOperationsPerSecond * elapsedMs / 1000)
                                  : std::numeric_limits<qint64>::max();
    const auto remotes = follower.settings().remotes();
    for (auto it = follower.indices().begin(); it != follower.indices().end(); ++it) {
        EmulatedIndex& index = **it;
        if (index.follow() && faults.divergingFollowers.contains(index.name()) && index.dropDocument())
            faults.divergingFollowers.remove(index.name());
        if (!index.follow() || !index.follow()->active || index.tasks().empty() || !index.isOpen())
            continue;
        const FollowMetadata& meta = *index.follow();
        RestError failure;
        const EmulatedIndex* leader = nullptr;
        const Cluster* leaderCluster = nullptr;
        auto remote = remotes.constFind(meta.remoteCluster);
        if (remote == remotes.constEnd()) {
            failure = RestError::noSuchRemoteCluster(meta.remoteCluster);
        } else if ((leaderCluster = follower.connectedRemote(*remote))) {
            leader = leaderCluster->index(meta.leaderIndex);
            if (auto denied = follower.replicationDenied(*remote, meta.leaderIndex)) {
                // The key was narrowed after the follow: the leader refuses the reads.
                leader = nullptr;
                failure = *denied;
            } else if (!leader || leader->uuid() != meta.leaderIndexUuid) {
                leader = nullptr;
                failure = RestError::indexNotFound(meta.leaderIndex);
            } else if (!leader->isOpen()) {
                failure = RestError(400, QStringLiteral("index_closed_exception"), QStringLiteral("closed"));
                failure.withExtraString(QStringLiteral("index_uuid"), leader->uuid());
                failure.withExtraString(QStringLiteral("index"), meta.leaderIndex);
                leader = nullptr;
            }
        } else {
            failure =
                RestError(500, QStringLiteral("node_disconnected_exception"),
                          QStringLiteral("[%1-node-0][%2][indices:data/read/xpack/ccr/shard_changes] disconnected")
                              .arg(meta.remoteCluster, remote->addresses().value(0)));
        }
        // Failing reads only matter while the leader could otherwise be read.
        const bool failingReads = leader && faults.failingReadFollowers.contains(index.name());
        const bool fatal = faults.fatalFollowers.contains(index.name());
        // The fatal fault is a one-off event (see FaultInjector): the tasks keep their fatal_exception until they
        // are restarted by resume or a new follow.
        if (fatal)
            faults.fatalFollowers.remove(index.name());
        const FollowLimits limits = FollowLimits::from(meta.parameters);
        for (ShardFollowTask& task : index.tasks()) {
            if (fatal && !task.hasFatal()) {
                task.setFatal(RestError(404, QStringLiteral("resource_not_found_exception"),
                                        QStringLiteral("Operations are no longer available for replicating. Maybe "
                                                       "increase the retention setting "
                                                       "[index.soft_deletes.retention.lease.period]?")));
            }
            if (failingReads) {
                task.step(nullptr, limits, now, readBudget, rejectedRead(*leaderCluster, task.shardId()));
                continue;
            }
            const QList<Operation>* history = leader ? &leader->history(task.shardId()) : nullptr;
            const ShardFollowTask::Written written = task.step(history, limits, now, readBudget, failure);
            for (qint64 seq = written.from; seq <= written.to; ++seq)
                index.applyReplicated(task.shardId(), seq, history->at(seq));
        }
    }
}

} // namespace duper::sandbox
