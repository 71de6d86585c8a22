#include "sandbox/ClusterRoutes.h"

#include "sandbox/Cluster.h"
#include "sandbox/IndexPattern.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

#include <QDateTime>
#include <QJsonArray>

namespace duper::sandbox {

namespace {

const QString kVersion = QStringLiteral("8.15.0");

RestResponse root(const Cluster& c)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("name")).value(c.nodeName());
    w.key(QLatin1String("cluster_name")).value(c.clusterName());
    w.key(QLatin1String("cluster_uuid")).value(c.clusterUuid());
    w.key(QLatin1String("version")).beginObject();
    w.key(QLatin1String("number")).value(kVersion);
    w.key(QLatin1String("build_flavor")).value(QStringLiteral("default"));
    w.key(QLatin1String("build_type")).value(QStringLiteral("duper-sandbox"));
    w.key(QLatin1String("build_hash")).value(QStringLiteral("0000000000000000000000000000000000000000"));
    w.key(QLatin1String("build_date")).value(QStringLiteral("2024-08-05T10:05:34.233336849Z"));
    w.key(QLatin1String("build_snapshot")).value(false);
    w.key(QLatin1String("lucene_version")).value(QStringLiteral("9.11.1"));
    w.key(QLatin1String("minimum_wire_compatibility_version")).value(QStringLiteral("7.17.0"));
    w.key(QLatin1String("minimum_index_compatibility_version")).value(QStringLiteral("7.0.0"));
    w.endObject();
    w.key(QLatin1String("tagline")).value(QStringLiteral("You Know, for Search"));
    w.endObject();
    return RestResponse::json(w.take());
}

RestResponse health(Cluster& c)
{
    qint64 shards = 0;
    for (const auto& index : std::as_const(c.indices())) {
        if (index->isOpen())
            shards += index->shardCount();
    }
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("cluster_name")).value(c.clusterName());
    w.key(QLatin1String("status")).value(QStringLiteral("green"));
    w.key(QLatin1String("timed_out")).value(false);
    w.key(QLatin1String("number_of_nodes")).value(1);
    w.key(QLatin1String("number_of_data_nodes")).value(1);
    w.key(QLatin1String("active_primary_shards")).value(shards);
    w.key(QLatin1String("active_shards")).value(shards);
    w.key(QLatin1String("relocating_shards")).value(0);
    w.key(QLatin1String("initializing_shards")).value(0);
    w.key(QLatin1String("unassigned_shards")).value(0);
    w.key(QLatin1String("delayed_unassigned_shards")).value(0);
    w.key(QLatin1String("number_of_pending_tasks")).value(0);
    w.key(QLatin1String("number_of_in_flight_fetch")).value(0);
    w.key(QLatin1String("task_max_waiting_in_queue_millis")).value(0);
    w.key(QLatin1String("active_shards_percent_as_number")).value(100.0);
    w.endObject();
    return RestResponse::json(w.take());
}

void writeNode(JsonWriter& w, const Cluster& c)
{
    w.key(c.nodeId()).beginObject();
    w.key(QLatin1String("name")).value(c.nodeName());
    w.key(QLatin1String("transport_address")).value(c.transportAddress());
    w.key(QLatin1String("host")).value(QStringLiteral("127.0.0.1"));
    w.key(QLatin1String("ip")).value(QStringLiteral("127.0.0.1"));
    w.key(QLatin1String("version")).value(kVersion);
    w.key(QLatin1String("roles"))
        .stringArray({QStringLiteral("data"), QStringLiteral("ingest"), QStringLiteral("master"),
                      QStringLiteral("remote_cluster_client")});
    w.key(QLatin1String("http")).beginObject();
    w.key(QLatin1String("publish_address")).value(QStringLiteral("127.0.0.1:%1").arg(c.httpPort()));
    w.endObject();
    w.key(QLatin1String("transport")).beginObject();
    w.key(QLatin1String("bound_address")).stringArray({c.transportAddress()});
    w.key(QLatin1String("publish_address")).value(c.transportAddress());
    w.endObject();
    if (const QString server = c.remoteClusterServerAddress(); !server.isEmpty()) {
        w.key(QLatin1String("remote_cluster_server")).beginObject();
        w.key(QLatin1String("bound_address")).stringArray({server});
        w.key(QLatin1String("publish_address")).value(server);
        w.endObject();
    }
    w.endObject();
}

RestResponse remoteInfo(Cluster& c)
{
    JsonWriter w;
    w.beginObject();
    const auto remotes = c.settings().remotes();
    for (const RemoteConnection& r : remotes) {
        const bool connected = c.connectedRemote(r) != nullptr;
        w.key(r.alias).beginObject();
        w.key(QLatin1String("connected")).value(connected);
        w.key(QLatin1String("mode")).value(r.proxyMode ? QStringLiteral("proxy") : QStringLiteral("sniff"));
        if (r.proxyMode) {
            w.key(QLatin1String("proxy_address")).value(r.proxyAddress);
            w.key(QLatin1String("server_name")).value(r.serverName);
            w.key(QLatin1String("num_proxy_sockets_connected")).value(connected ? r.proxySocketConnections : 0);
            w.key(QLatin1String("max_proxy_socket_connections")).value(r.proxySocketConnections);
        } else {
            w.key(QLatin1String("seeds")).stringArray(r.seeds);
            w.key(QLatin1String("num_nodes_connected")).value(connected ? 1 : 0);
            w.key(QLatin1String("max_connections_per_cluster")).value(r.nodeConnections);
        }
        w.key(QLatin1String("initial_connect_timeout")).value(QStringLiteral("30s"));
        w.key(QLatin1String("skip_unavailable")).value(r.skipUnavailable);
        // Elasticsearch names the credential's presence, never the credential.
        if (c.keystore().remoteCredentials(r.alias))
            w.key(QLatin1String("cluster_credentials")).value(QStringLiteral("::es_redacted::"));
        w.endObject();
    }
    w.endObject();
    return RestResponse::json(w.take());
}

RestResponse license(const Cluster& c)
{
    const qint64 issued = c.epochMs() - 86400000LL;
    const qint64 expiry = issued + 30LL * 86400000LL;
    JsonWriter w;
    w.beginObject().key(QLatin1String("license")).beginObject();
    w.key(QLatin1String("status")).value(QStringLiteral("active"));
    w.key(QLatin1String("uid")).value(c.clusterUuid());
    w.key(QLatin1String("type")).value(c.licenseType());
    w.key(QLatin1String("issue_date"))
        .value(QDateTime::fromMSecsSinceEpoch(issued, Qt::UTC).toString(Qt::ISODateWithMs));
    w.key(QLatin1String("issue_date_in_millis")).value(issued);
    if (c.licenseType() != u"basic") {
        w.key(QLatin1String("expiry_date"))
            .value(QDateTime::fromMSecsSinceEpoch(expiry, Qt::UTC).toString(Qt::ISODateWithMs));
        w.key(QLatin1String("expiry_date_in_millis")).value(expiry);
    }
    w.key(QLatin1String("max_nodes")).value(1000);
    w.key(QLatin1String("max_resource_units")).null();
    w.key(QLatin1String("issued_to")).value(c.clusterName());
    w.key(QLatin1String("issuer")).value(QStringLiteral("elasticsearch"));
    w.key(QLatin1String("start_date_in_millis")).value(qint64(-1));
    w.endObject().endObject();
    return RestResponse::json(w.take());
}

bool hasPrivilege(bool restricted, const QString& privilege)
{
    static const QStringList denied = {QStringLiteral("manage_ccr"),
                                       QStringLiteral("manage"),
                                       QStringLiteral("all"),
                                       QStringLiteral("manage_follow_index"),
                                       QStringLiteral("manage_leader_index"),
                                       QStringLiteral("write"),
                                       QStringLiteral("manage_security")};
    return !restricted || !denied.contains(privilege);
}

RestResponse hasPrivileges(const RestRequest& request)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    bool all = true;
    JsonWriter cluster;
    cluster.beginObject();
    for (const QJsonValue& v : body.value(QLatin1String("cluster")).toArray()) {
        const bool ok = hasPrivilege(request.restrictedUser, v.toString());
        all = all && ok;
        cluster.key(v.toString()).value(ok);
    }
    cluster.endObject();
    JsonWriter index;
    index.beginObject();
    for (const QJsonValue& entry : body.value(QLatin1String("index")).toArray()) {
        const QJsonObject e = entry.toObject();
        for (const QJsonValue& name : e.value(QLatin1String("names")).toArray()) {
            index.key(name.toString()).beginObject();
            for (const QJsonValue& p : e.value(QLatin1String("privileges")).toArray()) {
                const bool ok = hasPrivilege(request.restrictedUser, p.toString());
                all = all && ok;
                index.key(p.toString()).value(ok);
            }
            index.endObject();
        }
    }
    index.endObject();
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("username")).value(request.user);
    w.key(QLatin1String("has_all_requested")).value(all);
    w.key(QLatin1String("cluster")).raw(cluster.take());
    w.key(QLatin1String("index")).raw(index.take());
    w.key(QLatin1String("application")).beginObject().endObject();
    w.endObject();
    return RestResponse::json(w.take());
}

RestResponse resolveIndex(Cluster& c, const QString& expression)
{
    // Group the parts by cluster: "leader:logs-*" goes to the remote, the rest stays local.
    QStringList local;
    QMap<QString, QStringList> remote;
    for (const QString& part : expression.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon > 0)
            remote[part.left(colon)].append(part.mid(colon + 1));
        else
            local.append(part);
    }
    JsonWriter w;
    JsonWriter streams; // data streams whose names match, as "data_streams" entries
    streams.beginArray();
    w.beginObject().key(QLatin1String("indices")).beginArray();
    auto writeIndices = [&w, &streams](const Cluster& cluster, const QStringList& patterns, const QString& prefix,
                                       RestError* error) {
        const QStringList names = cluster.resolve(patterns.join(QLatin1Char(',')), error);
        for (const QString& name : names) {
            const EmulatedIndex* index = cluster.index(name);
            w.beginObject().key(QLatin1String("name")).value(prefix + name);
            w.key(QLatin1String("attributes"))
                .stringArray({index->isOpen() ? QStringLiteral("open") : QStringLiteral("closed")});
            if (const DataStream* stream = cluster.dataStreams().streamOf(name))
                w.key(QLatin1String("data_stream")).value(prefix + stream->name);
            w.endObject();
        }
        for (const DataStream& stream : cluster.dataStreams().streams()) {
            if (!IndexPattern::matchesAny(patterns, stream.name))
                continue;
            QStringList backing;
            for (const QString& index : stream.indices)
                backing.append(prefix + index);
            streams.beginObject().key(QLatin1String("name")).value(prefix + stream.name);
            streams.key(QLatin1String("backing_indices")).stringArray(backing);
            streams.key(QLatin1String("timestamp_field")).value(QStringLiteral("@timestamp")).endObject();
        }
    };
    RestError error;
    if (!local.isEmpty())
        writeIndices(c, local, QString(), &error);
    for (auto it = remote.begin(); it != remote.end() && error.isNull(); ++it) {
        const auto connection = c.remote(it.key());
        if (!connection)
            return RestError::noSuchRemoteCluster(it.key()).toResponse();
        const Cluster* target = c.connectedRemote(*connection);
        if (!target)
            return c.remoteUnavailable(*connection).toResponse();
        writeIndices(*target, it.value(), it.key() + QLatin1Char(':'), &error);
    }
    if (!error.isNull())
        return error.toResponse();
    w.endArray();
    w.key(QLatin1String("aliases")).beginArray().endArray();
    streams.endArray();
    w.key(QLatin1String("data_streams")).raw(streams.take());
    w.endObject();
    return RestResponse::json(w.take());
}

} // namespace

void ClusterRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(QStringLiteral("GET,HEAD"), QStringLiteral("/"),
               [c](const RestRequest&, const QStringList&) { return root(*c); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_cluster/health"),
               [c](const RestRequest&, const QStringList&) { return health(*c); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_cluster/health/{index}"),
               [c](const RestRequest&, const QStringList&) { return health(*c); });
    auto state = [c](const RestRequest&, const QStringList&) {
        JsonWriter w;
        w.beginObject();
        w.key(QLatin1String("cluster_name")).value(c->clusterName());
        w.key(QLatin1String("cluster_uuid")).value(c->clusterUuid());
        w.key(QLatin1String("master_node")).value(c->nodeId());
        w.key(QLatin1String("nodes")).beginObject();
        writeNode(w, *c);
        w.endObject().endObject();
        return RestResponse::json(w.take());
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/_cluster/state"), state);
    router.add(QStringLiteral("GET"), QStringLiteral("/_cluster/state/{metric}"), state);
    // One node: "_local", "_all", "transport" and other filters or metrics all name it.
    auto nodes = [c](const RestRequest&, const QStringList&) {
        JsonWriter w;
        w.beginObject().key(QLatin1String("_nodes")).beginObject();
        w.key(QLatin1String("total")).value(1).key(QLatin1String("successful")).value(1);
        w.key(QLatin1String("failed")).value(0).endObject();
        w.key(QLatin1String("cluster_name")).value(c->clusterName());
        w.key(QLatin1String("nodes")).beginObject();
        writeNode(w, *c);
        w.endObject().endObject();
        return RestResponse::json(w.take());
    };
    router.add(QStringLiteral("GET"), QStringLiteral("/_nodes"), nodes);
    router.add(QStringLiteral("GET"), QStringLiteral("/_nodes/{filter}"), nodes);
    router.add(QStringLiteral("GET"), QStringLiteral("/_cluster/settings"),
               [c](const RestRequest& r, const QStringList&) {
                   return RestResponse::json(c->settings().render(r.queryFlag(QStringLiteral("flat_settings")),
                                                                  r.queryFlag(QStringLiteral("include_defaults"))));
               });
    router.add(QStringLiteral("PUT"), QStringLiteral("/_cluster/settings"),
               [c](const RestRequest& r, const QStringList&) {
                   QJsonObject body;
                   if (auto error = RequestBody::parseObject(r.body, true, &body))
                       return error->toResponse();
                   RestError error;
                   QByteArray result = c->settings().update(body, r.queryFlag(QStringLiteral("flat_settings")), &error);
                   if (!error.isNull())
                       return error.toResponse();
                   return RestResponse::json(result);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/_remote/info"),
               [c](const RestRequest&, const QStringList&) { return remoteInfo(*c); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_license"),
               [c](const RestRequest&, const QStringList&) { return license(*c); });
    router.add(QStringLiteral("GET,POST"), QStringLiteral("/_security/user/_has_privileges"),
               [](const RestRequest& r, const QStringList&) { return hasPrivileges(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_security/_authenticate"),
               [](const RestRequest& r, const QStringList&) {
                   JsonWriter w;
                   w.beginObject().key(QLatin1String("username")).value(r.user);
                   w.key(QLatin1String("roles"))
                       .stringArray({r.restrictedUser ? QStringLiteral("ccr_viewer") : QStringLiteral("superuser")});
                   w.key(QLatin1String("enabled")).value(true).endObject();
                   return RestResponse::json(w.take());
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/_resolve/index/{expression}"),
               [c](const RestRequest&, const QStringList& p) { return resolveIndex(*c, p.at(0)); });
}

} // namespace duper::sandbox
