#include "sandbox/DocumentRoutes.h"

#include "core/values/IndexName.h"
#include "sandbox/Cluster.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

#include <QJsonDocument>

namespace duper::sandbox {

namespace {

struct IndexOutcome
{
    RestError error;
    QString index; // the concrete index written (a data stream's write index)
    QString id;
    EmulatedIndex::IndexResult result;
};

// The target index for a write, auto-created like ES's action.auto_create_index default; errors for closed and
// follower indices.
EmulatedIndex* writableIndex(Cluster& cluster, const QString& name, RestError* error)
{
    EmulatedIndex* index = cluster.index(name);
    if (!index) {
        const auto parsed = IndexName::parse(name, QStringLiteral("index"));
        if (!parsed) {
            *error = RestError::invalidIndexName(name, parsed.error().elasticsearchReason());
            return nullptr;
        }
        index = cluster.createIndex(name, {});
    }
    if (!index->isOpen()) {
        *error = RestError(400, QStringLiteral("index_closed_exception"), QStringLiteral("closed"));
        error->withExtraString(QStringLiteral("index_uuid"), index->uuid());
        error->withExtraString(QStringLiteral("index"), name);
        return nullptr;
    }
    if (index->isFollower()) {
        *error = RestError(
            403, QStringLiteral("status_exception"),
            QStringLiteral("index [%1] is a follower index; it accepts no writes except from its leader").arg(name));
        return nullptr;
    }
    return index;
}

// A write to a data stream (existing, or new through a data-stream index template) goes to its write index; like
// ES it must be an op_type=create with an @timestamp. Returns the concrete index name to write, or empty on error.
QString writeTarget(Cluster& cluster, const QString& name, const QString& id, bool createOnly, const QJsonDocument& doc,
                    RestError* error)
{
    DataStreams& streams = cluster.dataStreams();
    const IndexTemplate* dataStreamTemplate = nullptr;
    if (cluster.index(name) || (!streams.stream(name) && !(dataStreamTemplate = streams.dataStreamTemplateFor(name))))
        return name;
    if (!createOnly && !id.isEmpty()) {
        *error = RestError::illegalArgument(
            QStringLiteral("only write ops with an op_type of create are allowed in data streams"));
        return {};
    }
    if (!doc.object().contains(QLatin1String("@timestamp"))) {
        *error =
            RestError(400, QStringLiteral("document_parsing_exception"),
                      QStringLiteral("[1:1] failed to parse: data stream timestamp field [@timestamp] is missing"));
        return {};
    }
    if (dataStreamTemplate)
        return streams.create(name, dataStreamTemplate->name).writeIndex();
    return streams.stream(name)->writeIndex();
}

IndexOutcome indexDocument(Cluster& cluster, const QString& indexName, QString id, const QByteArray& source,
                           bool createOnly)
{
    IndexOutcome outcome;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(source, &parseError);
    outcome.index = writeTarget(cluster, indexName, id, createOnly, doc, &outcome.error);
    if (outcome.index.isEmpty())
        return outcome;
    EmulatedIndex* index = writableIndex(cluster, outcome.index, &outcome.error);
    if (!index)
        return outcome;
    if (!doc.isObject()) {
        outcome.error = RestError(400, QStringLiteral("document_parsing_exception"),
                                  QStringLiteral("[1:1] failed to parse: %1").arg(parseError.errorString()));
        return outcome;
    }
    if (id.isEmpty())
        id = cluster.newUuid().left(20);
    if (createOnly && index->document(id)) {
        const auto* existing = index->document(id);
        outcome.error =
            RestError(409, QStringLiteral("version_conflict_engine_exception"),
                      QStringLiteral("[%1]: version conflict, document already exists (current version [%2])")
                          .arg(id)
                          .arg(existing->version));
        outcome.error.withExtraString(QStringLiteral("index_uuid"), index->uuid());
        outcome.error.withExtraString(QStringLiteral("shard"), QString::number(index->shardFor(id)));
        outcome.error.withExtraString(QStringLiteral("index"), outcome.index);
        return outcome;
    }
    outcome.id = id;
    outcome.result = index->index(id, doc.toJson(QJsonDocument::Compact));
    return outcome;
}

void writeIndexResult(JsonWriter& w, const QString& index, const IndexOutcome& o, bool withStatus)
{
    w.beginObject();
    w.key(QLatin1String("_index")).value(index);
    w.key(QLatin1String("_id")).value(o.id);
    w.key(QLatin1String("_version")).value(o.result.version);
    w.key(QLatin1String("result")).value(o.result.created ? QStringLiteral("created") : QStringLiteral("updated"));
    w.key(QLatin1String("_shards"))
        .beginObject()
        .key(QLatin1String("total"))
        .value(2)
        .key(QLatin1String("successful"))
        .value(1)
        .key(QLatin1String("failed"))
        .value(0)
        .endObject();
    w.key(QLatin1String("_seq_no")).value(o.result.seqNo);
    w.key(QLatin1String("_primary_term")).value(1);
    if (withStatus)
        w.key(QLatin1String("status")).value(o.result.created ? 201 : 200);
    w.endObject();
}

RestResponse singleDocument(Cluster& cluster, const RestRequest& request, const QString& index, const QString& id,
                            bool createOnly)
{
    const IndexOutcome o = indexDocument(cluster, index, id, request.body, createOnly);
    if (!o.error.isNull())
        return o.error.toResponse();
    JsonWriter w;
    writeIndexResult(w, o.index, o, false);
    return RestResponse::json(w.take(), o.result.created ? 201 : 200);
}

RestResponse bulk(Cluster& cluster, const RestRequest& request, const QString& defaultIndex)
{
    const QList<QByteArray> lines = request.body.split('\n');
    JsonWriter items;
    items.beginArray();
    bool errors = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        QJsonObject action;
        // A line that opens an object but is not JSON fails in the parser, as in BulkRequestParser.
        if (lines.at(i).trimmed().startsWith('{')) {
            if (auto parseError = RequestBody::parseObject(lines.at(i), true, &action))
                return parseError->toResponse();
        }
        if (action.isEmpty()) {
            return RestError::illegalArgument(
                       QStringLiteral("Malformed action/metadata line [%1], expected START_OBJECT or END_OBJECT but "
                                      "found [VALUE_STRING]")
                           .arg(i + 1))
                .toResponse();
        }
        const QString op = action.begin().key();
        const QJsonObject meta = action.begin().value().toObject();
        const QString index = meta.value(QLatin1String("_index")).toString(defaultIndex);
        const QString id = meta.value(QLatin1String("_id")).toString();
        if (op != u"index" && op != u"create") {
            return RestError::illegalArgument(
                       QStringLiteral("Malformed action/metadata line [%1], expected field [create], [delete], [index] "
                                      "or [update] but found [%2]")
                           .arg(i + 1)
                           .arg(op))
                .toResponse();
        }
        const QByteArray source = (i + 1 < lines.size()) ? lines.at(++i) : QByteArray();
        const IndexOutcome o = indexDocument(cluster, index, id, source, op == u"create");
        items.beginObject().key(op);
        if (o.error.isNull()) {
            writeIndexResult(items, o.index, o, true);
        } else {
            errors = true;
            items.beginObject()
                .key(QLatin1String("_index"))
                .value(index)
                .key(QLatin1String("_id"))
                .value(id)
                .key(QLatin1String("status"))
                .value(o.error.status())
                .key(QLatin1String("error"))
                .raw(o.error.causeJson(false))
                .endObject();
        }
        items.endObject();
    }
    items.endArray();
    JsonWriter w;
    w.beginObject().key(QLatin1String("errors")).value(errors).key(QLatin1String("took")).value(1);
    w.key(QLatin1String("items")).raw(items.take()).endObject();
    return RestResponse::json(w.take());
}

RestResponse count(Cluster& cluster, const QString& expression, const QByteArray& body)
{
    // Elasticsearch parses the query body before resolving indices: malformed JSON is a 400 parse error.
    QJsonObject query;
    if (auto parseError = RequestBody::parseObject(body, false, &query))
        return parseError->toResponse();
    RestError error;
    const QStringList names = cluster.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    qint64 total = 0;
    int shards = 0;
    for (const QString& name : names) {
        const EmulatedIndex* index = cluster.index(name);
        if (!index->isOpen())
            continue;
        total += index->documentCount();
        shards += index->shardCount();
    }
    JsonWriter w;
    w.beginObject().key(QLatin1String("count")).value(total).key(QLatin1String("_shards")).beginObject();
    w.key(QLatin1String("total")).value(shards).key(QLatin1String("successful")).value(shards);
    w.key(QLatin1String("skipped")).value(0).key(QLatin1String("failed")).value(0).endObject().endObject();
    return RestResponse::json(w.take());
}

RestResponse refresh(Cluster& cluster, const QString& expression)
{
    RestError error;
    const QStringList names = cluster.resolve(expression, &error);
    if (!error.isNull())
        return error.toResponse();
    int shards = 0;
    for (const QString& name : names)
        shards += cluster.index(name)->shardCount();
    JsonWriter w;
    w.beginObject().key(QLatin1String("_shards")).beginObject();
    w.key(QLatin1String("total")).value(shards * 2).key(QLatin1String("successful")).value(shards);
    w.key(QLatin1String("failed")).value(0).endObject().endObject();
    return RestResponse::json(w.take());
}

} // namespace

void DocumentRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(
        QStringLiteral("PUT,POST"), QStringLiteral("/{index}/_doc/{id}"),
        [c](const RestRequest& r, const QStringList& p) { return singleDocument(*c, r, p.at(0), p.at(1), false); });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_doc"),
               [c](const RestRequest& r, const QStringList& p) { return singleDocument(*c, r, p.at(0), {}, false); });
    router.add(
        QStringLiteral("PUT,POST"), QStringLiteral("/{index}/_create/{id}"),
        [c](const RestRequest& r, const QStringList& p) { return singleDocument(*c, r, p.at(0), p.at(1), true); });
    router.add(QStringLiteral("GET,HEAD"), QStringLiteral("/{index}/_doc/{id}"),
               [c](const RestRequest&, const QStringList& p) {
                   const EmulatedIndex* index = c->index(p.at(0));
                   if (!index)
                       return RestError::indexNotFound(p.at(0)).toResponse();
                   JsonWriter w;
                   w.beginObject().key(QLatin1String("_index")).value(p.at(0)).key(QLatin1String("_id")).value(p.at(1));
                   const EmulatedIndex::Document* doc = index->document(p.at(1));
                   if (!doc) {
                       w.key(QLatin1String("found")).value(false).endObject();
                       return RestResponse::json(w.take(), 404);
                   }
                   w.key(QLatin1String("_version")).value(doc->version);
                   w.key(QLatin1String("_seq_no")).value(doc->seqNo);
                   w.key(QLatin1String("_primary_term")).value(1);
                   w.key(QLatin1String("found")).value(true);
                   w.key(QLatin1String("_source")).raw(doc->source).endObject();
                   return RestResponse::json(w.take());
               });
    router.add(QStringLiteral("POST,PUT"), QStringLiteral("/_bulk"),
               [c](const RestRequest& r, const QStringList&) { return bulk(*c, r, {}); });
    router.add(QStringLiteral("POST,PUT"), QStringLiteral("/{index}/_bulk"),
               [c](const RestRequest& r, const QStringList& p) { return bulk(*c, r, p.at(0)); });
    router.add(QStringLiteral("GET,POST"), QStringLiteral("/_count"),
               [c](const RestRequest& r, const QStringList&) { return count(*c, QStringLiteral("_all"), r.body); });
    router.add(QStringLiteral("GET,POST"), QStringLiteral("/{index}/_count"),
               [c](const RestRequest& r, const QStringList& p) { return count(*c, p.at(0), r.body); });
    router.add(QStringLiteral("GET,POST"), QStringLiteral("/_refresh"),
               [c](const RestRequest&, const QStringList&) { return refresh(*c, QStringLiteral("_all")); });
    router.add(QStringLiteral("GET,POST"), QStringLiteral("/{index}/_refresh"),
               [c](const RestRequest&, const QStringList& p) { return refresh(*c, p.at(0)); });
}

} // namespace duper::sandbox
