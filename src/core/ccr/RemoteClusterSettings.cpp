#include "core/ccr/RemoteClusterSettings.h"

#include <QJsonArray>

namespace duper {

QJsonObject RemoteClusterSettings::toJson() const
{
    const QString prefix = QStringLiteral("cluster.remote.") + alias + QLatin1Char('.');
    QJsonObject section;
    auto put = [&](const char* key, const QJsonValue& value) { section.insert(prefix + QLatin1String(key), value); };

    if (remove || exact) {
        for (const char* key : {"mode", "seeds", "proxy_address", "server_name", "skip_unavailable", "node_connections",
                                "proxy_socket_connections"})
            put(key, QJsonValue::Null);
    }
    if (!remove) {
        if (mode) {
            put("mode", RemoteClusterModeText::toString(*mode));
            // ES refuses keys of the other mode, so switching modes must clear them in the same request.
            if (*mode == RemoteClusterMode::Sniff) {
                put("proxy_address", QJsonValue::Null);
                put("server_name", QJsonValue::Null);
                put("proxy_socket_connections", QJsonValue::Null);
            } else {
                put("seeds", QJsonValue::Null);
                put("node_connections", QJsonValue::Null);
            }
        }
        if (!seeds.isEmpty())
            put("seeds", QJsonArray::fromStringList(seeds));
        if (!proxyAddress.isEmpty())
            put("proxy_address", proxyAddress);
        if (serverName)
            put("server_name", *serverName);
        if (skipUnavailable)
            put("skip_unavailable", *skipUnavailable);
        if (nodeConnections)
            put("node_connections", *nodeConnections);
        if (proxySocketConnections)
            put("proxy_socket_connections", *proxySocketConnections);
    }

    QJsonObject body;
    body.insert(persistent ? QStringLiteral("persistent") : QStringLiteral("transient"), section);
    return body;
}

} // namespace duper
