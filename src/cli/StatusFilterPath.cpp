#include "cli/StatusFilterPath.h"

#include <QStringList>

namespace duper::cli {

QString StatusFilterPath::forInfo(bool json)
{
    if (json)
        return {};
    return QStringLiteral(
        "follower_indices.follower_index,follower_indices.remote_cluster,follower_indices.leader_index,"
        "follower_indices.status");
}

QString StatusFilterPath::forInfoStats()
{
    return QStringLiteral(
        "indices.index,indices.shards.shard_id,indices.shards.fatal_exception,indices.shards.read_exceptions");
}

QString StatusFilterPath::forStats(bool json, bool clusterLevel)
{
    // Every shard keeps at least its checkpoints, so the SHARDS column still counts them all.
    QStringList shardFields{QStringLiteral("leader_global_checkpoint"), QStringLiteral("follower_global_checkpoint"),
                            QStringLiteral("operations_written"), QStringLiteral("failed_read_requests"),
                            QStringLiteral("fatal_exception")};
    if (json)
        shardFields << QStringLiteral("shard_id") << QStringLiteral("remote_cluster") << QStringLiteral("leader_index");
    const QString indices = clusterLevel ? QStringLiteral("follow_stats.indices.") : QStringLiteral("indices.");
    QStringList paths{indices + QStringLiteral("index"), indices + QStringLiteral("total_global_checkpoint_lag")};
    for (const QString& field : std::as_const(shardFields))
        paths << indices + QStringLiteral("shards.") + field;
    if (clusterLevel)
        paths << QStringLiteral("auto_follow_stats.number_of_*");
    return paths.join(QLatin1Char(','));
}

} // namespace duper::cli
