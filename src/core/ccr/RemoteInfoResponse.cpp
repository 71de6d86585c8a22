#include "core/ccr/RemoteInfoResponse.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace duper {

std::optional<RemoteInfoResponse> RemoteInfoResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("remote_info"));
    QJsonObject root;
    RemoteInfoResponse response;
    bool ok = reader.open(body, root);
    for (auto it = root.begin(); ok && it != root.end(); ++it) {
        const QString path = it.key();
        if (!it.value().isObject()) {
            ok = reader.fail(path, QCoreApplication::translate("duper::Parsers", "is not an object"));
            break;
        }
        const QJsonObject object = it.value().toObject();
        RemoteClusterInfo info;
        info.alias = it.key();
        QString mode;
        QString credentials;
        ok =
            reader.optBool(object, QStringLiteral("connected"), path, info.connected) &&
            reader.optString(object, QStringLiteral("mode"), path, mode) &&
            reader.optStringList(object, QStringLiteral("seeds"), path, info.seeds) &&
            reader.optInt(object, QStringLiteral("num_nodes_connected"), path, info.numNodesConnected) &&
            reader.optInt(object, QStringLiteral("max_connections_per_cluster"), path, info.maxConnectionsPerCluster) &&
            reader.optString(object, QStringLiteral("proxy_address"), path, info.proxyAddress) &&
            reader.optString(object, QStringLiteral("server_name"), path, info.serverName) &&
            reader.optInt(object, QStringLiteral("num_proxy_sockets_connected"), path, info.numProxySocketsConnected) &&
            reader.optInt(object, QStringLiteral("max_proxy_socket_connections"), path,
                          info.maxProxySocketConnections) &&
            reader.optBool(object, QStringLiteral("skip_unavailable"), path, info.skipUnavailable) &&
            reader.optString(object, QStringLiteral("cluster_credentials"), path, credentials);
        if (!ok)
            break;
        const QJsonValue timeout = object.value(QStringLiteral("initial_connect_timeout"));
        info.initialConnectTimeout =
            timeout.isDouble() ? QString::number(timeout.toInteger()) + QStringLiteral("ms") : timeout.toString();
        if (!mode.isEmpty()) {
            const std::optional<RemoteClusterMode> parsed = RemoteClusterModeText::fromString(mode);
            if (!parsed) {
                ok = reader.fail(
                    JsonReader::join(path, QStringLiteral("mode")),
                    QCoreApplication::translate("duper::Parsers", "is \"%1\", not \"sniff\" or \"proxy\"").arg(mode));
                break;
            }
            info.mode = *parsed;
        }
        if (object.contains(QStringLiteral("cluster_credentials")))
            info.clusterCredentials = credentials;
        response.remotes.append(std::move(info));
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
