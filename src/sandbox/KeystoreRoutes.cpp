#include "sandbox/KeystoreRoutes.h"

#include "sandbox/Cluster.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/RequestBody.h"
#include "sandbox/Router.h"

#include <QRegularExpression>

namespace duper::sandbox {

namespace {

bool isRemoteCredentials(const QString& setting)
{
    static const QRegularExpression pattern(QStringLiteral("^cluster\\.remote\\.[^.]+\\.credentials$"));
    return pattern.match(setting).hasMatch();
}

RestResponse store(Cluster& c, const RestRequest& request, const QString& setting)
{
    if (!isRemoteCredentials(setting))
        return RestError::illegalArgument(
                   QStringLiteral("the sandbox keystore only takes cluster.remote.<alias>.credentials, not [%1]")
                       .arg(setting))
            .toResponse();
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, true, &body))
        return error->toResponse();
    const QString value = body.value(QLatin1String("value")).toString();
    if (value.isEmpty())
        return RestError::validation({QStringLiteral("value is missing")}).toResponse();
    c.keystore().store(setting, value);
    return RestResponse::acknowledged();
}

// Elasticsearch's nodes response: the _nodes summary, the cluster name and one entry per node (with
// "reload_exception" for a node that failed to reload).
RestResponse reload(Cluster& c, const RestRequest& request)
{
    // The optional body ({"secure_settings_password": ..}) goes through ES's parser before anything reloads.
    QJsonObject body;
    if (auto error = RequestBody::parseObject(request.body, false, &body))
        return error->toResponse();
    const bool failing = c.faults().failingKeystoreReload;
    if (!failing)
        c.keystore().reload();
    JsonWriter w;
    w.beginObject().key(QLatin1String("_nodes")).beginObject();
    w.key(QLatin1String("total")).value(1).key(QLatin1String("successful")).value(1);
    w.key(QLatin1String("failed")).value(0).endObject();
    w.key(QLatin1String("cluster_name")).value(c.clusterName());
    w.key(QLatin1String("nodes")).beginObject();
    w.key(c.nodeId()).beginObject().key(QLatin1String("name")).value(c.nodeName());
    if (failing) {
        w.key(QLatin1String("reload_exception")).beginObject();
        w.key(QLatin1String("type")).value(QStringLiteral("security_exception"));
        w.key(QLatin1String("reason")).value(QStringLiteral("Keystore has been corrupted or tampered with"));
        w.endObject();
    }
    w.endObject();
    w.endObject().endObject();
    return RestResponse::json(w.take());
}

} // namespace

void KeystoreRoutes::install(Router& router, Cluster& cluster)
{
    Cluster* c = &cluster;
    router.add(QStringLiteral("PUT,POST"), QStringLiteral("/_sandbox/keystore/{setting}"),
               [c](const RestRequest& r, const QStringList& p) { return store(*c, r, p.at(0)); });
    router.add(QStringLiteral("DELETE"), QStringLiteral("/_sandbox/keystore/{setting}"),
               [c](const RestRequest&, const QStringList& p) {
                   if (!c->keystore().remove(p.at(0)))
                       return RestError::resourceNotFound(QStringLiteral("no keystore setting [%1]").arg(p.at(0)))
                           .toResponse();
                   return RestResponse::acknowledged();
               });
    router.add(QStringLiteral("POST"), QStringLiteral("/_nodes/reload_secure_settings"),
               [c](const RestRequest& r, const QStringList&) { return reload(*c, r); });
    router.add(QStringLiteral("POST"), QStringLiteral("/_nodes/{node_id}/reload_secure_settings"),
               [c](const RestRequest& r, const QStringList&) { return reload(*c, r); });
}

} // namespace duper::sandbox
