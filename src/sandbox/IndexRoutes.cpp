#include "sandbox/IndexRoutes.h"

#include "core/values/IndexName.h"
#include "sandbox/Cluster.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

#include <QJsonDocument>
#include <functional>

namespace duper::sandbox {

namespace {

RestResponse createIndex(Cluster& cluster, const RestRequest& request, const QString& name)
{
    const auto parsed = IndexName::parse(name, QStringLiteral("index"));
    if (!parsed)
        return RestError::invalidIndexName(name, parsed.error().elasticsearchReason()).toResponse();
    if (const EmulatedIndex* existing = cluster.index(name))
        return RestError::resourceAlreadyExists(name, existing->uuid()).toResponse();
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, false, &body))
        return error->toResponse();
    FlatSettings::Map settings;
    const FlatSettings::Map given = FlatSettings::flatten(body.value(QLatin1String("settings")).toObject());
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QString key =
            it.key().startsWith(QLatin1String("index.")) ? it.key() : QStringLiteral("index.") + it.key();
        settings.insert(key, it.value());
    }
    const QString shardsText = settings.value(QStringLiteral("index.number_of_shards"), QStringLiteral("1")).toString();
    bool ok = false;
    const int shards = shardsText.toInt(&ok);
    if (!ok || shards < 1 || shards > 1024) {
        return RestError::illegalArgument(
                   QStringLiteral("Failed to parse value [%1] for setting [index.number_of_shards] must be >= 1")
                       .arg(shardsText))
            .toResponse();
    }
    EmulatedIndex* index = cluster.createIndex(name, settings);
    if (body.contains(QLatin1String("mappings"))) {
        index->setMappings(
            QJsonDocument(body.value(QLatin1String("mappings")).toObject()).toJson(QJsonDocument::Compact));
    }
    JsonWriter w;
    w.beginObject()
        .key(QLatin1String("acknowledged"))
        .value(true)
        .key(QLatin1String("shards_acknowledged"))
        .value(true)
        .key(QLatin1String("index"))
        .value(name)
        .endObject();
    return RestResponse::json(w.take());
}

RestResponse openOrClose(Cluster& cluster, const QString& expression, bool open)
{
    RestError error;
    const QStringList names = cluster.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    if (!open && !cluster.settings().flag(QStringLiteral("cluster.indices.close.enable"), true)) {
        return RestError::illegalArgument(
                   QStringLiteral("closing indices is disabled - set [cluster.indices.close.enable: true] to enable "
                                  "it. NOTE: closed indices may still consume a significant amount of diskspace"))
            .toResponse();
    }
    for (const QString& name : names)
        cluster.index(name)->setOpen(open);
    cluster.bumpMetadataVersion();
    JsonWriter w;
    w.beginObject()
        .key(QLatin1String("acknowledged"))
        .value(true)
        .key(QLatin1String("shards_acknowledged"))
        .value(true);
    if (!open) {
        w.key(QLatin1String("indices")).beginObject();
        for (const QString& name : names)
            w.key(name).beginObject().key(QLatin1String("closed")).value(true).endObject();
        w.endObject();
    }
    w.endObject();
    return RestResponse::json(w.take());
}

RestResponse catIndices(Cluster& cluster, const RestRequest& request, const QString& expression)
{
    RestError error;
    const QStringList names = cluster.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    const bool json = request.queryValue(QStringLiteral("format")) == u"json";
    JsonWriter w;
    QByteArray text;
    w.beginArray();
    for (const QString& name : names) {
        const EmulatedIndex* index = cluster.index(name);
        const QString health = index->isOpen() ? QStringLiteral("green") : QString();
        const QString status = index->isOpen() ? QStringLiteral("open") : QStringLiteral("close");
        const QString size = QStringLiteral("%1b").arg(index->storeBytes() + 225);
        const QString docs = index->isOpen() ? QString::number(index->documentCount()) : QString();
        const QString replicas = index->settings().value(QStringLiteral("index.number_of_replicas")).toString();
        if (json) {
            w.beginObject();
            w.key(QLatin1String("health")).value(health);
            w.key(QLatin1String("status")).value(status);
            w.key(QLatin1String("index")).value(name);
            w.key(QLatin1String("uuid")).value(index->uuid());
            w.key(QLatin1String("pri")).value(QString::number(index->shardCount()));
            w.key(QLatin1String("rep")).value(replicas);
            w.key(QLatin1String("docs.count")).value(docs);
            w.key(QLatin1String("docs.deleted")).value(QStringLiteral("0"));
            w.key(QLatin1String("store.size")).value(size);
            w.key(QLatin1String("pri.store.size")).value(size);
            w.key(QLatin1String("dataset.size")).value(size);
            w.endObject();
        } else {
            text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 0 %8 %8 %8\n")
                        .arg(health, status, name, index->uuid(), QString::number(index->shardCount()), replicas, docs,
                             size)
                        .toUtf8();
        }
    }
    w.endArray();
    if (json)
        return RestResponse::json(w.take());
    RestResponse response = RestResponse::json(text);
    response.contentType = "text/plain; charset=UTF-8";
    return response;
}

// {"<index>": …} for every index `expression` names, each written by `writeOne`; Elasticsearch's error when the
// expression names a missing index.
RestResponse perIndex(Cluster& cluster, const QString& expression,
                      const std::function<void(JsonWriter&, const EmulatedIndex&)>& writeOne)
{
    RestError error;
    const QStringList names = cluster.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    JsonWriter w;
    w.beginObject();
    for (const QString& name : names) {
        w.key(name);
        writeOne(w, *cluster.index(name));
    }
    w.endObject();
    return RestResponse::json(w.take());
}

} // namespace

void IndexRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(QStringLiteral("PUT"), QStringLiteral("/{index}"),
               [c](const RestRequest& r, const QStringList& p) { return createIndex(*c, r, p.at(0)); });
    router.add(QStringLiteral("GET,HEAD"), QStringLiteral("/{index}"), [c](const RestRequest& r, const QStringList& p) {
        return perIndex(*c, p.at(0), [&r](JsonWriter& w, const EmulatedIndex& index) {
            w.beginObject();
            w.key(QLatin1String("aliases")).beginObject().endObject();
            w.key(QLatin1String("mappings")).raw(index.mappings());
            w.key(QLatin1String("settings"));
            r.queryFlag(QStringLiteral("flat_settings")) ? FlatSettings::writeFlat(w, index.settings())
                                                         : FlatSettings::writeNested(w, index.settings());
            w.endObject();
        });
    });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/{index}"), [c](const RestRequest&, const QStringList& p) {
        RestError error;
        const QStringList names = c->resolve(p.at(0), &error);
        if (!error.isNull())
            return error.toResponse();
        for (const QString& name : names)
            c->deleteIndex(name);
        return RestResponse::acknowledged();
    });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_open"),
               [c](const RestRequest&, const QStringList& p) { return openOrClose(*c, p.at(0), true); });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_close"),
               [c](const RestRequest&, const QStringList& p) {
                   if (c->faults().failingCloseIndices.contains(p.at(0)))
                       return RestError(503, QStringLiteral("process_cluster_event_timeout_exception"),
                                        QStringLiteral("failed to process cluster event (close-indices) within 30s"))
                           .toResponse();
                   return openOrClose(*c, p.at(0), false);
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/_cat/indices"),
               [c](const RestRequest& r, const QStringList&) { return catIndices(*c, r, QStringLiteral("_all")); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_cat/indices/{index}"),
               [c](const RestRequest& r, const QStringList& p) { return catIndices(*c, r, p.at(0)); });
}

} // namespace duper::sandbox
