#include "sandbox/FollowService.h"

#include "core/values/IndexName.h"
#include "sandbox/Cluster.h"

#include <QSet>

namespace duper::sandbox {

namespace {

// Settings a follower must share with its leader (ES's replicated settings); overriding them is refused.
bool isReplicatedSetting(const QString& key)
{
    static const QSet<QString> nonReplicated = {QStringLiteral("index.number_of_replicas"),
                                                QStringLiteral("index.auto_expand_replicas"),
                                                QStringLiteral("index.refresh_interval"),
                                                QStringLiteral("index.max_result_window"),
                                                QStringLiteral("index.priority"),
                                                QStringLiteral("index.hidden"),
                                                QStringLiteral("index.blocks.read"),
                                                QStringLiteral("index.blocks.write"),
                                                QStringLiteral("index.blocks.metadata"),
                                                QStringLiteral("index.search.idle.after"),
                                                QStringLiteral("index.translog.durability"),
                                                QStringLiteral("index.routing.allocation.include._tier_preference")};
    if (nonReplicated.contains(key) || key.startsWith(QLatin1String("index.routing.allocation.")) ||
        key.startsWith(QLatin1String("index.lifecycle.")))
        return false;
    return true;
}

bool isPerIndexSetting(const QString& key)
{
    return key == u"index.uuid" || key == u"index.provided_name" || key == u"index.creation_date" ||
           key == u"index.version.created";
}

} // namespace

RestError FollowService::licenseNonCompliant()
{
    RestError error(403, QStringLiteral("security_exception"),
                    QStringLiteral("current license is non-compliant for [ccr]"));
    error.withExtraString(QStringLiteral("license.expired.feature"), QStringLiteral("ccr"));
    return error;
}

std::optional<RestError> FollowService::follow(const FollowRequest& request)
{
    if (!m_cluster.ccrLicensed())
        return licenseNonCompliant();
    const auto remote = m_cluster.remote(request.remoteCluster);
    if (!remote)
        return RestError::noSuchRemoteCluster(request.remoteCluster);
    Cluster* leaderCluster = m_cluster.connectedRemote(*remote);
    if (!leaderCluster)
        return m_cluster.remoteUnavailable(*remote);
    if (!leaderCluster->ccrLicensed()) {
        return RestError(
            400, QStringLiteral("status_exception"),
            QStringLiteral("can not fetch remote index [%1:%2] metadata as the remote cluster [%1] is not "
                           "licensed for [ccr]; the license mode [%3] on cluster [%1] does not enable [ccr]")
                .arg(request.remoteCluster, request.leaderIndex, leaderCluster->licenseType().toUpper()));
    }
    if (auto denied = m_cluster.replicationDenied(*remote, request.leaderIndex))
        return denied;
    const EmulatedIndex* leader = leaderCluster->index(request.leaderIndex);
    if (!leader)
        return RestError::indexNotFound(request.leaderIndex);
    if (!leader->softDeletesEnabled()) {
        return RestError::illegalArgument(
            QStringLiteral("leader index [%1] does not have soft deletes enabled").arg(request.leaderIndex));
    }
    FlatSettings::Map overriding;
    for (auto it = request.settings.begin(); it != request.settings.end(); ++it) {
        if (isReplicatedSetting(it.key()))
            overriding.insert(it.key(), it.value());
    }
    if (!overriding.isEmpty()) {
        JsonWriter w;
        FlatSettings::writeFlat(w, overriding);
        return RestError::illegalArgument(
            QStringLiteral("can not put follower index that could override leader settings %1")
                .arg(QString::fromUtf8(w.data())));
    }
    // Like a snapshot restore, following may replace a closed index with the same number of shards (the
    // "recreate a follower index" procedure relies on it); an open one is refused.
    if (const EmulatedIndex* existing = m_cluster.index(request.followerIndex);
        existing && !existing->isOpen() && existing->shardCount() == leader->shardCount()) {
        m_cluster.deleteIndex(request.followerIndex);
    } else if (existing && !existing->isOpen()) {
        return RestError(
            500, QStringLiteral("snapshot_restore_exception"),
            QStringLiteral("[_ccr_%1:_latest_/_latest_] cannot restore index [%2] with [%3] shards from a snapshot "
                           "of index [%4] with [%5] shards")
                .arg(request.remoteCluster, request.followerIndex, QString::number(existing->shardCount()),
                     request.leaderIndex, QString::number(leader->shardCount())));
    } else if (existing) {
        return RestError(
            500, QStringLiteral("snapshot_restore_exception"),
            QStringLiteral("[_ccr_%1:_latest_/_latest_] cannot restore index [%2] because an open index with "
                           "same name already exists in the cluster. Either close or delete the existing "
                           "index or restore the index under a different name by providing a rename "
                           "pattern and replacement name")
                .arg(request.remoteCluster, request.followerIndex));
    }
    const auto name = IndexName::parse(request.followerIndex, QStringLiteral("follower_index"));
    if (!name)
        return RestError::invalidIndexName(request.followerIndex, name.error().elasticsearchReason());

    FlatSettings::Map settings;
    for (auto it = leader->settings().begin(); it != leader->settings().end(); ++it) {
        if (!isPerIndexSetting(it.key()))
            settings.insert(it.key(), it.value());
    }
    for (auto it = request.settings.begin(); it != request.settings.end(); ++it)
        settings.insert(it.key(), it.value());
    settings.insert(QStringLiteral("index.xpack.ccr.following_index"), QStringLiteral("true"));
    EmulatedIndex* follower = m_cluster.createIndex(request.followerIndex, settings);
    follower->setMappings(leader->mappings());
    follower->restoreFrom(*leader);
    follower->follow() =
        FollowMetadata{request.remoteCluster, request.leaderIndex, leader->uuid(), request.parameters, true};
    follower->startTasks(m_cluster.nowMs());
    joinReplicatedDataStream(request, *leaderCluster);
    return std::nullopt;
}

void FollowService::joinReplicatedDataStream(const FollowRequest& request, Cluster& leaderCluster)
{
    QString streamName = request.dataStreamName;
    qint64 leaderGeneration = 0;
    if (const DataStream* leaderStream = leaderCluster.dataStreams().streamOf(request.leaderIndex)) {
        if (streamName.isEmpty())
            streamName = leaderStream->name;
        leaderGeneration = leaderStream->generation;
    }
    if (streamName.isEmpty())
        streamName = DataStreams::streamNameOfBackingIndex(request.leaderIndex);
    if (!streamName.isEmpty())
        m_cluster.dataStreams().addReplicatedBackingIndex(streamName, request.followerIndex, leaderGeneration);
}

std::optional<RestError> FollowService::pause(const QString& index)
{
    EmulatedIndex* follower = m_cluster.index(index);
    if (!follower)
        return RestError::indexNotFound(index);
    if (!follower->isFollower())
        return RestError::illegalArgument(QStringLiteral("index [%1] is not a follower index").arg(index));
    if (!follower->follow()->active)
        return RestError::illegalArgument(QStringLiteral("no shard follow tasks for [%1]").arg(index));
    follower->follow()->active = false;
    follower->stopTasks();
    return std::nullopt;
}

std::optional<RestError> FollowService::resume(const QString& index, const FollowParameters& parameters)
{
    if (!m_cluster.ccrLicensed())
        return licenseNonCompliant();
    EmulatedIndex* follower = m_cluster.index(index);
    if (!follower)
        return RestError::indexNotFound(index);
    if (!follower->isFollower())
        return RestError::illegalArgument(QStringLiteral("follow index [%1] does not have ccr metadata").arg(index));
    FollowMetadata& meta = *follower->follow();
    const auto remote = m_cluster.remote(meta.remoteCluster);
    if (!remote)
        return RestError::noSuchRemoteCluster(meta.remoteCluster);
    Cluster* leaderCluster = m_cluster.connectedRemote(*remote);
    if (!leaderCluster)
        return m_cluster.remoteUnavailable(*remote);
    if (auto denied = m_cluster.replicationDenied(*remote, meta.leaderIndex))
        return denied;
    const EmulatedIndex* leader = leaderCluster->index(meta.leaderIndex);
    if (!leader)
        return RestError::indexNotFound(meta.leaderIndex);
    if (leader->uuid() != meta.leaderIndexUuid) {
        return RestError::illegalArgument(
            QStringLiteral(
                "follow index [%1] should reference [%2] as leader index but instead reference [%3] as leader "
                "index")
                .arg(index, leader->uuid(), meta.leaderIndexUuid));
    }
    if (!leader->isOpen() || !follower->isOpen())
        return RestError::illegalArgument(QStringLiteral("leader and follow index must be open"));
    if (meta.active) {
        return RestError(400, QStringLiteral("resource_already_exists_exception"),
                         QStringLiteral("task with id {%1-0} already exist").arg(follower->uuid()));
    }
    meta.parameters = parameters;
    meta.active = true;
    follower->startTasks(m_cluster.nowMs());
    return std::nullopt;
}

std::optional<RestError> FollowService::unfollow(const QString& index)
{
    EmulatedIndex* follower = m_cluster.index(index);
    if (!follower)
        return RestError::indexNotFound(index);
    if (!follower->isFollower())
        return RestError::illegalArgument(QStringLiteral("index [%1] is not a follower index").arg(index));
    if (follower->isOpen()) {
        return RestError::illegalArgument(
            QStringLiteral("cannot convert the follower index [%1] to a non-follower, because it has not been closed")
                .arg(index));
    }
    if (follower->follow()->active) {
        return RestError::illegalArgument(
            QStringLiteral("cannot convert the follower index [%1] to a non-follower, because it has not been paused")
                .arg(index));
    }
    follower->follow().reset();
    follower->stopTasks();
    follower->settings().remove(QStringLiteral("index.xpack.ccr.following_index"));
    m_cluster.bumpMetadataVersion();
    return std::nullopt;
}

} // namespace duper::sandbox
