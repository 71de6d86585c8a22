#include "sandbox/AutoFollowRoutes.h"

#include "sandbox/Cluster.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace duper::sandbox {

namespace {

RestError missingPattern(const QString& name)
{
    return RestError::resourceNotFound(QStringLiteral("auto-follow pattern [%1] is missing").arg(name));
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    if (value.isString())
        return {value.toString()};
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

RestResponse put(Cluster& c, const RestRequest& request, const QString& name)
{
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    AutoFollowPattern pattern;
    static const QStringList otherKeys = {QStringLiteral("remote_cluster"), QStringLiteral("leader_index_patterns"),
                                          QStringLiteral("leader_index_exclusion_patterns"),
                                          QStringLiteral("follow_index_pattern"), QStringLiteral("settings")};
    if (auto error = RequestBody::readFollowParameters(
            request.body, body, QStringLiteral("put_auto_follow_pattern_request"), otherKeys, &pattern.parameters))
        return error->toResponse();
    pattern.remoteCluster = body.value(QLatin1String("remote_cluster")).toString();
    pattern.leaderIndexPatterns = stringList(body.value(QLatin1String("leader_index_patterns")));
    pattern.leaderIndexExclusionPatterns = stringList(body.value(QLatin1String("leader_index_exclusion_patterns")));
    pattern.followIndexPattern = body.value(QLatin1String("follow_index_pattern")).toString();
    const QJsonObject settings = body.value(QLatin1String("settings")).toObject();
    if (!settings.isEmpty()) {
        pattern.settingsJson = QJsonDocument(settings).toJson(QJsonDocument::Compact);
        const FlatSettings::Map given = FlatSettings::flatten(settings);
        for (auto it = given.begin(); it != given.end(); ++it) {
            const QString key =
                it.key().startsWith(QLatin1String("index.")) ? it.key() : QStringLiteral("index.") + it.key();
            pattern.settings.insert(key, it.value());
        }
    }
    QStringList messages;
    if (name.isEmpty())
        messages.append(QStringLiteral("[name] is missing"));
    if (name.contains(QLatin1Char(',')))
        messages.append(QStringLiteral("[name] name must not contain a ','"));
    if (name.startsWith(QLatin1Char('_')))
        messages.append(QStringLiteral("[name] name must not start with '_'"));
    const qsizetype bytes = name.toUtf8().size();
    if (bytes > 255)
        messages.append(QStringLiteral("[name] name is too long (%1 > 255)").arg(bytes));
    if (pattern.remoteCluster.isEmpty())
        messages.append(QStringLiteral("[remote_cluster] is missing"));
    if (pattern.leaderIndexPatterns.isEmpty())
        messages.append(QStringLiteral("[leader_index_patterns] is missing"));
    messages += RequestBody::validationMessages(pattern.parameters);
    if (!messages.isEmpty())
        return RestError::validation(messages).toResponse();
    if (auto error = c.autoFollow().put(c, name, std::move(pattern)))
        return error->toResponse();
    return RestResponse::acknowledged();
}

void writePattern(JsonWriter& w, const QString& name, const AutoFollowPattern& p)
{
    w.beginObject().key(QLatin1String("name")).value(name).key(QLatin1String("pattern")).beginObject();
    w.key(QLatin1String("active")).value(p.active);
    w.key(QLatin1String("remote_cluster")).value(p.remoteCluster);
    w.key(QLatin1String("leader_index_patterns")).stringArray(p.leaderIndexPatterns);
    w.key(QLatin1String("leader_index_exclusion_patterns")).stringArray(p.leaderIndexExclusionPatterns);
    if (!p.followIndexPattern.isEmpty())
        w.key(QLatin1String("follow_index_pattern")).value(p.followIndexPattern);
    if (!p.settingsJson.isEmpty())
        w.key(QLatin1String("settings")).raw(p.settingsJson);
    RequestBody::writeParameters(w, p.parameters, false);
    w.endObject().endObject();
}

RestResponse get(Cluster& c, const QString& name)
{
    const auto& patterns = c.autoFollow().patterns();
    if (!name.isEmpty() && !patterns.contains(name))
        return missingPattern(name).toResponse();
    JsonWriter w;
    w.beginObject().key(QLatin1String("patterns")).beginArray();
    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
        if (name.isEmpty() || it.key() == name)
            writePattern(w, it.key(), it.value());
    }
    w.endArray().endObject();
    return RestResponse::json(w.take());
}

} // namespace

void AutoFollowRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(QStringLiteral("PUT"), QStringLiteral("/_ccr/auto_follow/{name}"),
               [c](const RestRequest& r, const QStringList& p) { return put(*c, r, p.at(0)); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_ccr/auto_follow"),
               [c](const RestRequest&, const QStringList&) { return get(*c, {}); });
    router.add(QStringLiteral("GET"), QStringLiteral("/_ccr/auto_follow/{name}"),
               [c](const RestRequest&, const QStringList& p) { return get(*c, p.at(0)); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/_ccr/auto_follow/{name}"),
               [c](const RestRequest&, const QStringList& p) {
                   if (!c->autoFollow().contains(p.at(0)))
                       return missingPattern(p.at(0)).toResponse();
                   c->autoFollow().remove(p.at(0));
                   c->bumpMetadataVersion();
                   return RestResponse::acknowledged();
               });
    for (const bool active : {false, true}) {
        router.add(QStringLiteral("POST"),
                   active ? QStringLiteral("/_ccr/auto_follow/{name}/resume")
                          : QStringLiteral("/_ccr/auto_follow/{name}/pause"),
                   [c, active](const RestRequest&, const QStringList& p) {
                       if (!c->autoFollow().contains(p.at(0)))
                           return missingPattern(p.at(0)).toResponse();
                       c->autoFollow().setActive(p.at(0), active);
                       c->bumpMetadataVersion();
                       return RestResponse::acknowledged();
                   });
    }
}

} // namespace duper::sandbox
