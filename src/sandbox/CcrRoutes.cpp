#include "sandbox/CcrRoutes.h"

#include "sandbox/Cluster.h"
#include "sandbox/FollowService.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

namespace duper::sandbox {

namespace {

RestResponse follow(Cluster& c, const RestRequest& request, const QString& followerIndex)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    FollowService::FollowRequest follow;
    follow.followerIndex = followerIndex;
    static const QStringList otherKeys = {QStringLiteral("remote_cluster"), QStringLiteral("leader_index"),
                                          QStringLiteral("settings"), QStringLiteral("data_stream_name")};
    if (auto error = RequestBody::readFollowParameters(
            request.body, body, QStringLiteral("indices:admin/xpack/ccr/put_follow"), otherKeys, &follow.parameters))
        return error->toResponse();
    if (request.hasQuery(QStringLiteral("wait_for_active_shards"))) {
        if (auto error =
                follow.parameters.setWaitForActiveShards(request.queryValue(QStringLiteral("wait_for_active_shards"))))
            return RestError::illegalArgument(error->elasticsearchReason()).toResponse();
    }
    follow.remoteCluster = body.value(QLatin1String("remote_cluster")).toString();
    follow.leaderIndex = body.value(QLatin1String("leader_index")).toString();
    follow.dataStreamName = body.value(QLatin1String("data_stream_name")).toString().trimmed();
    QStringList messages;
    if (follow.remoteCluster.isEmpty())
        messages.append(QStringLiteral("remote_cluster is missing"));
    if (follow.leaderIndex.isEmpty())
        messages.append(QStringLiteral("leader_index is missing"));
    if (body.contains(QLatin1String("data_stream_name")) &&
        body.value(QLatin1String("data_stream_name")).toString().trimmed().isEmpty())
        messages.append(QStringLiteral("data stream name must contain text if present"));
    messages += RequestBody::validationMessages(follow.parameters);
    if (!messages.isEmpty())
        return RestError::validation(messages).toResponse();
    const FlatSettings::Map given = FlatSettings::flatten(body.value(QLatin1String("settings")).toObject());
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QString key =
            it.key().startsWith(QLatin1String("index.")) ? it.key() : QStringLiteral("index.") + it.key();
        follow.settings.insert(key, it.value());
    }
    if (auto error = FollowService(c).follow(follow))
        return error->toResponse();
    const QString wait = follow.parameters.waitForActiveShards.value_or(QStringLiteral("0"));
    const bool waited = wait != u"0";
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("follow_index_created")).value(true);
    w.key(QLatin1String("follow_index_shards_acked")).value(waited);
    w.key(QLatin1String("index_following_started")).value(waited);
    w.endObject();
    return RestResponse::json(w.take());
}

RestResponse resume(Cluster& c, const RestRequest& request, const QString& index)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, false, &body))
        return error->toResponse();
    FollowParameters parameters;
    if (auto error = RequestBody::readFollowParameters(
            request.body, body, QStringLiteral("cluster:admin/xpack/ccr/resume_follow"), {}, &parameters))
        return error->toResponse();
    const QStringList messages = RequestBody::validationMessages(parameters);
    if (!messages.isEmpty())
        return RestError::validation(messages).toResponse();
    if (auto error = FollowService(c).resume(index, parameters))
        return error->toResponse();
    return RestResponse::acknowledged();
}

RestResponse info(Cluster& c, const QString& expression)
{
    RestError error;
    const QStringList names = c.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    JsonWriter w;
    w.beginObject().key(QLatin1String("follower_indices")).beginArray();
    for (const QString& name : names) {
        const EmulatedIndex* index = c.index(name);
        if (!index->isFollower())
            continue;
        const FollowMetadata& meta = *index->follow();
        w.beginObject();
        w.key(QLatin1String("follower_index")).value(name);
        w.key(QLatin1String("remote_cluster")).value(meta.remoteCluster);
        w.key(QLatin1String("leader_index")).value(meta.leaderIndex);
        w.key(QLatin1String("status")).value(meta.active ? QStringLiteral("active") : QStringLiteral("paused"));
        if (meta.active) {
            w.key(QLatin1String("parameters")).beginObject();
            RequestBody::writeParameters(w, meta.parameters, true);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray().endObject();
    return RestResponse::json(w.take());
}

// Writes {"indices":[...]} for the active followers among `names`.
void writeFollowStats(JsonWriter& w, const Cluster& c, const QStringList& names)
{
    w.beginObject().key(QLatin1String("indices")).beginArray();
    for (const QString& name : names) {
        const EmulatedIndex* index = c.index(name);
        if (!index || !index->isFollower() || index->tasks().empty())
            continue;
        const FollowMetadata& meta = *index->follow();
        qint64 lag = 0;
        for (const ShardFollowTask& task : index->tasks())
            lag += task.globalCheckpointLag();
        w.beginObject();
        w.key(QLatin1String("index")).value(name);
        w.key(QLatin1String("total_global_checkpoint_lag")).value(lag);
        w.key(QLatin1String("shards")).beginArray();
        for (const ShardFollowTask& task : index->tasks())
            task.writeStats(w, meta.remoteCluster, meta.leaderIndex, name, c.nowMs());
        w.endArray().endObject();
    }
    w.endArray().endObject();
}

RestResponse followStats(Cluster& c, const QString& expression)
{
    RestError error;
    const QStringList names = c.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    const bool all = expression == u"_all" || expression == u"*";
    bool any = false;
    for (const QString& name : names) {
        const EmulatedIndex* index = c.index(name);
        any = any || (index->isFollower() && !index->tasks().empty());
    }
    if (!all && !any) {
        return RestError::resourceNotFound(QStringLiteral("No shard follow tasks for follow indices [%1]")
                                               .arg(names.join(QStringLiteral(", "))))
            .toResponse();
    }
    JsonWriter w;
    writeFollowStats(w, c, names);
    return RestResponse::json(w.take());
}

RestResponse forgetFollower(Cluster& c, const RestRequest& request, const QString& leaderIndex)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    const EmulatedIndex* index = c.index(leaderIndex);
    if (!index)
        return RestError::indexNotFound(leaderIndex).toResponse();
    JsonWriter w;
    w.beginObject().key(QLatin1String("_shards")).beginObject();
    w.key(QLatin1String("total")).value(index->shardCount());
    w.key(QLatin1String("successful")).value(index->shardCount());
    w.key(QLatin1String("failed")).value(0);
    w.key(QLatin1String("failures")).beginArray().endArray();
    w.endObject().endObject();
    return RestResponse::json(w.take());
}

} // namespace

void CcrRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(QStringLiteral("PUT"), QStringLiteral("/{index}/_ccr/follow"),
               [c](const RestRequest& r, const QStringList& p) { return follow(*c, r, p.at(0)); });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_ccr/pause_follow"),
               [c](const RestRequest&, const QStringList& p) {
                   if (auto error = FollowService(*c).pause(p.at(0)))
                       return error->toResponse();
                   return RestResponse::acknowledged();
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_ccr/resume_follow"),
               [c](const RestRequest& r, const QStringList& p) { return resume(*c, r, p.at(0)); });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_ccr/unfollow"),
               [c](const RestRequest&, const QStringList& p) {
                   if (auto error = FollowService(*c).unfollow(p.at(0)))
                       return error->toResponse();
                   return RestResponse::acknowledged();
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/{index}/_ccr/info"),
               [c](const RestRequest&, const QStringList& p) { return info(*c, p.at(0)); });
    router.add(QStringLiteral("GET"), QStringLiteral("/{index}/_ccr/stats"),
               [c](const RestRequest&, const QStringList& p) { return followStats(*c, p.at(0)); });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_ccr/forget_follower"),
               [c](const RestRequest& r, const QStringList& p) { return forgetFollower(*c, r, p.at(0)); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_ccr/stats"), [c](const RestRequest&, const QStringList&) {
        JsonWriter w;
        w.beginObject().key(QLatin1String("auto_follow_stats"));
        c->autoFollow().writeStats(w, *c);
        w.key(QLatin1String("follow_stats"));
        writeFollowStats(w, *c, c->indices().keys());
        w.endObject();
        return RestResponse::json(w.take());
    });
}

} // namespace duper::sandbox
