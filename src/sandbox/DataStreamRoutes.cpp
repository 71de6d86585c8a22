#include "sandbox/DataStreamRoutes.h"

#include "sandbox/Cluster.h"
#include "sandbox/IndexPattern.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

#include <QJsonArray>

namespace duper::sandbox {

namespace {

RestResponse putTemplate(Cluster& c, const RestRequest& request, const QString& name)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    IndexTemplate indexTemplate;
    indexTemplate.name = name;
    const QJsonValue patterns = body.value(QLatin1String("index_patterns"));
    if (patterns.isString()) {
        indexTemplate.indexPatterns.append(patterns.toString());
    } else {
        for (const QJsonValue& pattern : patterns.toArray())
            indexTemplate.indexPatterns.append(pattern.toString());
    }
    if (indexTemplate.indexPatterns.isEmpty())
        return RestError::validation({QStringLiteral("index patterns are missing")}).toResponse();
    indexTemplate.priority = body.value(QLatin1String("priority")).toInteger();
    indexTemplate.dataStream = body.value(QLatin1String("data_stream")).isObject();
    c.dataStreams().putTemplate(indexTemplate);
    return RestResponse::acknowledged();
}

RestError templateNotFound(const QString& name)
{
    return RestError::resourceNotFound(QStringLiteral("index template matching [%1] not found").arg(name));
}

RestResponse getTemplates(Cluster& c, const QString& expression)
{
    JsonWriter w;
    w.beginObject().key(QLatin1String("index_templates")).beginArray();
    bool any = false;
    for (const IndexTemplate& t : c.dataStreams().templates()) {
        if (!expression.isEmpty() && !IndexPattern::matchesAny(expression.split(QLatin1Char(',')), t.name))
            continue;
        any = true;
        w.beginObject().key(QLatin1String("name")).value(t.name);
        w.key(QLatin1String("index_template")).beginObject();
        w.key(QLatin1String("index_patterns")).stringArray(t.indexPatterns);
        w.key(QLatin1String("composed_of")).beginArray().endArray();
        w.key(QLatin1String("priority")).value(t.priority);
        if (t.dataStream) {
            w.key(QLatin1String("data_stream")).beginObject();
            w.key(QLatin1String("hidden")).value(false).key(QLatin1String("allow_custom_routing")).value(false);
            w.endObject();
        }
        w.endObject().endObject();
    }
    w.endArray().endObject();
    if (!any && !expression.isEmpty() && !IndexPattern::isWildcard(expression))
        return templateNotFound(expression).toResponse();
    return RestResponse::json(w.take());
}

void writeStream(JsonWriter& w, Cluster& c, const DataStream& stream)
{
    w.beginObject();
    w.key(QLatin1String("name")).value(stream.name);
    w.key(QLatin1String("timestamp_field")).beginObject();
    w.key(QLatin1String("name")).value(QStringLiteral("@timestamp")).endObject();
    w.key(QLatin1String("indices")).beginArray();
    for (const QString& name : stream.indices) {
        const EmulatedIndex* index = c.index(name);
        w.beginObject().key(QLatin1String("index_name")).value(name);
        w.key(QLatin1String("index_uuid")).value(index ? index->uuid() : QStringLiteral("_na_"));
        w.key(QLatin1String("prefer_ilm")).value(true).endObject();
    }
    w.endArray();
    w.key(QLatin1String("generation")).value(stream.generation);
    w.key(QLatin1String("status")).value(QStringLiteral("GREEN"));
    if (!stream.templateName.isEmpty())
        w.key(QLatin1String("template")).value(stream.templateName);
    w.key(QLatin1String("hidden")).value(false);
    w.key(QLatin1String("system")).value(false);
    w.key(QLatin1String("allow_custom_routing")).value(false);
    w.key(QLatin1String("replicated")).value(stream.replicated);
    w.key(QLatin1String("rollover_on_write")).value(false);
    w.endObject();
}

RestResponse getStreams(Cluster& c, const QString& expression)
{
    const auto& streams = c.dataStreams().streams();
    QStringList names;
    const QStringList parts = expression.isEmpty() ? QStringList{QStringLiteral("*")}
                                                   : expression.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part == u"_all" || IndexPattern::isWildcard(part)) {
            for (const DataStream& s : streams) {
                if (part == u"_all" || IndexPattern::matches(part, s.name))
                    names.append(s.name);
            }
        } else if (streams.contains(part)) {
            names.append(part);
        } else {
            return RestError::indexNotFound(part).toResponse();
        }
    }
    names.removeDuplicates();
    names.sort();
    JsonWriter w;
    w.beginObject().key(QLatin1String("data_streams")).beginArray();
    for (const QString& name : std::as_const(names))
        writeStream(w, c, streams.value(name));
    w.endArray().endObject();
    return RestResponse::json(w.take());
}

RestResponse rollover(Cluster& c, const QString& target)
{
    if (c.index(target)) {
        return RestError::illegalArgument(
                   QStringLiteral("rollover target is a [concrete index] but one of [alias,data_stream] was expected"))
            .toResponse();
    }
    QString oldIndex;
    QString newIndex;
    if (auto error = c.dataStreams().rollover(target, &oldIndex, &newIndex))
        return error->toResponse();
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("acknowledged")).value(true);
    w.key(QLatin1String("shards_acknowledged")).value(true);
    w.key(QLatin1String("old_index")).value(oldIndex);
    w.key(QLatin1String("new_index")).value(newIndex);
    w.key(QLatin1String("rolled_over")).value(true);
    w.key(QLatin1String("dry_run")).value(false);
    w.key(QLatin1String("lazy")).value(false);
    w.key(QLatin1String("conditions")).beginObject().endObject();
    w.endObject();
    return RestResponse::json(w.take());
}

} // namespace

void DataStreamRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(QStringLiteral("PUT,POST"), QStringLiteral("/_index_template/{name}"),
               [c](const RestRequest& r, const QStringList& p) { return putTemplate(*c, r, p.at(0)); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_index_template"),
               [c](const RestRequest&, const QStringList&) { return getTemplates(*c, {}); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_index_template/{name}"),
               [c](const RestRequest&, const QStringList& p) { return getTemplates(*c, p.at(0)); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/_index_template/{name}"),
               [c](const RestRequest&, const QStringList& p) {
                   if (!c->dataStreams().removeTemplate(p.at(0)))
                       return templateNotFound(p.at(0)).toResponse();
                   return RestResponse::acknowledged();
               });
    router.add(QStringLiteral("GET"), QStringLiteral("/_data_stream"),
               [c](const RestRequest&, const QStringList&) { return getStreams(*c, {}); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_data_stream/{name}"),
               [c](const RestRequest&, const QStringList& p) { return getStreams(*c, p.at(0)); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/_data_stream/{name}"),
               [c](const RestRequest&, const QStringList& p) {
                   if (auto error = c->dataStreams().remove(p.at(0)))
                       return error->toResponse();
                   return RestResponse::acknowledged();
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/_data_stream/_promote/{name}"),
               [c](const RestRequest&, const QStringList& p) {
                   if (auto error = c->dataStreams().promote(p.at(0)))
                       return error->toResponse();
                   return RestResponse::acknowledged();
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/{index}/_rollover"),
               [c](const RestRequest&, const QStringList& p) { return rollover(*c, p.at(0)); });
}

} // namespace duper::sandbox
