#include "sandbox/ApiKeyRoutes.h"

#include "core/values/TimeValue.h"
#include "sandbox/Cluster.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace duper::sandbox {

namespace {

// access.replication / access.search: a list of {"names": [...]} entries, flattened to the names.
std::optional<RestError> readAccessList(const QJsonObject& access, const QString& kind, QStringList* names)
{
    const QJsonValue value = access.value(kind);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray())
        return RestError::xContentParse(QStringLiteral("[%1] access must be an array").arg(kind));
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonArray entryNames = entry.toObject().value(QLatin1String("names")).toArray();
        if (entryNames.isEmpty())
            return RestError::xContentParse(QStringLiteral("Required [names]"));
        for (const QJsonValue& name : entryNames)
            names->append(name.toString());
    }
    return std::nullopt;
}

// The parts of a create or update body both share: access, expiration and metadata.
std::optional<RestError> readKeyBody(const Cluster& c, const QJsonObject& body, bool accessRequired,
                                     CrossClusterApiKey* key)
{
    static const QStringList known = {QStringLiteral("name"), QStringLiteral("access"), QStringLiteral("expiration"),
                                      QStringLiteral("metadata")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return RestError::xContentParse(
                QStringLiteral("[cross_cluster_api_key_request] unknown field [%1]").arg(it.key()));
    }
    if (body.contains(QLatin1String("access"))) {
        const QJsonObject access = body.value(QLatin1String("access")).toObject();
        QStringList replication;
        QStringList search;
        if (auto error = readAccessList(access, QStringLiteral("replication"), &replication))
            return error;
        if (auto error = readAccessList(access, QStringLiteral("search"), &search))
            return error;
        if (replication.isEmpty() && search.isEmpty())
            return RestError::illegalArgument(
                QStringLiteral("must specify non-empty access for either [search] or [replication]"));
        key->replication = replication;
        key->search = search;
    } else if (accessRequired) {
        return RestError::xContentParse(QStringLiteral("Required [access]"));
    }
    if (body.contains(QLatin1String("expiration"))) {
        const QString text = body.value(QLatin1String("expiration")).toString();
        const auto expiration = TimeValue::parse(text, QStringLiteral("expiration"));
        if (!expiration)
            return RestError(400, QStringLiteral("parse_exception"), expiration.error().elasticsearchReason());
        key->expirationMs = c.epochMs() + expiration.value().milliseconds();
    }
    if (body.contains(QLatin1String("metadata")))
        key->metadata = body.value(QLatin1String("metadata")).toObject();
    return std::nullopt;
}

void writeNames(JsonWriter& w, const QStringList& names)
{
    w.beginArray().beginObject().key(QLatin1String("names")).stringArray(names).endObject().endArray();
}

void writeKey(JsonWriter& w, const CrossClusterApiKey& key)
{
    w.beginObject();
    w.key(QLatin1String("id")).value(key.id);
    w.key(QLatin1String("name")).value(key.name);
    w.key(QLatin1String("type")).value(QStringLiteral("cross_cluster"));
    w.key(QLatin1String("creation")).value(key.creationMs);
    if (key.expirationMs > 0)
        w.key(QLatin1String("expiration")).value(key.expirationMs);
    w.key(QLatin1String("invalidated")).value(key.invalidated);
    if (key.invalidated)
        w.key(QLatin1String("invalidation")).value(key.invalidationMs);
    w.key(QLatin1String("username")).value(key.creator);
    w.key(QLatin1String("realm")).value(QStringLiteral("reserved"));
    w.key(QLatin1String("realm_type")).value(QStringLiteral("reserved"));
    w.key(QLatin1String("metadata")).raw(QJsonDocument(key.metadata).toJson(QJsonDocument::Compact));
    w.key(QLatin1String("access")).beginObject();
    if (!key.search.isEmpty())
        writeNames(w.key(QLatin1String("search")), key.search);
    if (!key.replication.isEmpty())
        writeNames(w.key(QLatin1String("replication")), key.replication);
    w.endObject();
    w.endObject();
}

RestResponse create(Cluster& c, const RestRequest& request)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    CrossClusterApiKey key;
    if (auto error = readKeyBody(c, body, true, &key))
        return error->toResponse();
    key.name = body.value(QLatin1String("name")).toString();
    if (!body.contains(QLatin1String("name")))
        return RestError::xContentParse(QStringLiteral("Required [name]")).toResponse();
    if (key.name.trimmed().isEmpty())
        return RestError::validation({QStringLiteral("api key name is required")}).toResponse();
    key.id = c.newUuid().left(20);
    key.secret = c.newUuid();
    key.creator = request.user;
    key.creationMs = c.epochMs();
    const CrossClusterApiKey& stored = c.apiKeys().add(key);
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("id")).value(stored.id);
    w.key(QLatin1String("name")).value(stored.name);
    if (stored.expirationMs > 0)
        w.key(QLatin1String("expiration")).value(stored.expirationMs);
    w.key(QLatin1String("api_key")).value(stored.secret);
    w.key(QLatin1String("encoded")).value(stored.encoded());
    w.endObject();
    return RestResponse::json(w.take());
}

RestResponse update(Cluster& c, const RestRequest& request, const QString& id)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, false, &body))
        return error->toResponse();
    CrossClusterApiKey* key = c.apiKeys().find(id);
    if (!key || key->invalidated)
        return RestError(404, QStringLiteral("resource_not_found_exception"),
                         QStringLiteral("no API key owned by requesting user found for ID [%1]").arg(id))
            .toResponse();
    if (body.contains(QLatin1String("name")))
        return RestError::xContentParse(QStringLiteral("[cross_cluster_api_key_request] unknown field [name]"))
            .toResponse();
    CrossClusterApiKey changed = *key;
    if (auto error = readKeyBody(c, body, false, &changed))
        return error->toResponse();
    const bool updated = changed.replication != key->replication || changed.search != key->search ||
                         changed.metadata != key->metadata || changed.expirationMs != key->expirationMs;
    *key = changed;
    return RestResponse::json(updated ? QByteArrayLiteral("{\"updated\":true}")
                                      : QByteArrayLiteral("{\"updated\":false}"));
}

RestResponse get(Cluster& c, const RestRequest& request)
{
    const QString id = request.queryValue(QStringLiteral("id"));
    const QString name = request.queryValue(QStringLiteral("name"));
    const bool activeOnly = request.queryFlag(QStringLiteral("active_only"));
    JsonWriter w;
    w.beginObject().key(QLatin1String("api_keys")).beginArray();
    for (const CrossClusterApiKey& key : c.apiKeys().all()) {
        if ((!id.isEmpty() && key.id != id) || (!name.isEmpty() && !IndexPattern::matches(name, key.name)))
            continue;
        if (activeOnly && !key.usableAt(c.epochMs()))
            continue;
        writeKey(w, key);
    }
    w.endArray().endObject();
    return RestResponse::json(w.take());
}

RestResponse invalidate(Cluster& c, const RestRequest& request)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    QStringList ids;
    for (const QJsonValue& v : body.value(QLatin1String("ids")).toArray())
        ids.append(v.toString());
    if (body.contains(QLatin1String("id")))
        ids.append(body.value(QLatin1String("id")).toString());
    const QString name = body.value(QLatin1String("name")).toString();
    if (ids.isEmpty() && name.isEmpty())
        return RestError::validation({QStringLiteral("One of [api key id(s), api key name, username, realm name] "
                                                     "must be specified if [owner] flag is false")})
            .toResponse();
    QStringList invalidated;
    QStringList previously;
    for (const CrossClusterApiKey& entry : c.apiKeys().all()) {
        if ((!ids.isEmpty() && !ids.contains(entry.id)) || (!name.isEmpty() && entry.name != name))
            continue;
        CrossClusterApiKey* key = c.apiKeys().find(entry.id);
        if (key->invalidated) {
            previously.append(key->id);
            continue;
        }
        key->invalidated = true;
        key->invalidationMs = c.epochMs();
        invalidated.append(key->id);
    }
    // Unknown ids are no error: Elasticsearch answers with empty lists.
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("invalidated_api_keys")).stringArray(invalidated);
    w.key(QLatin1String("previously_invalidated_api_keys")).stringArray(previously);
    w.key(QLatin1String("error_count")).value(0);
    w.endObject();
    return RestResponse::json(w.take());
}

} // namespace

void ApiKeyRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(QStringLiteral("POST"), QStringLiteral("/_security/cross_cluster/api_key"),
               [c](const RestRequest& r, const QStringList&) { return create(*c, r); });
    router.add(QStringLiteral("PUT"), QStringLiteral("/_security/cross_cluster/api_key/{id}"),
               [c](const RestRequest& r, const QStringList& p) { return update(*c, r, p.at(0)); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_security/api_key"),
               [c](const RestRequest& r, const QStringList&) { return get(*c, r); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/_security/api_key"),
               [c](const RestRequest& r, const QStringList&) { return invalidate(*c, r); });
}

} // namespace duper::sandbox
