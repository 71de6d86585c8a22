#include "core/security/RemoteClusterServerNodes.h"

#include "core/json/JsonReader.h"

#include <QStringList>
#include <algorithm>

namespace duper {

QStringList RemoteClusterServerNodes::serverAddresses() const
{
    QStringList result;
    for (const Node& node : nodes) {
        if (!node.serverAddress.isEmpty() && !result.contains(node.serverAddress))
            result.append(node.serverAddress);
    }
    result.sort();
    return result;
}

std::optional<RemoteClusterServerNodes> RemoteClusterServerNodes::parse(const QByteArray& body, QString* error)
{
    return parseJsonObject<RemoteClusterServerNodes>(
        QStringLiteral("nodes info"), body, error,
        [](JsonReader& reader, const QJsonObject& root, RemoteClusterServerNodes& response) {
            QJsonObject nodes;
            if (!reader.optObject(root, QStringLiteral("nodes"), {}, nodes))
                return false;
            for (auto it = nodes.begin(); it != nodes.end(); ++it) {
                const QString path = JsonReader::join(QStringLiteral("nodes"), it.key());
                const QJsonObject o = it.value().toObject();
                Node node;
                node.id = it.key();
                QJsonObject transport;
                QJsonObject server;
                if (!reader.optString(o, QStringLiteral("name"), path, node.name) ||
                    !reader.optString(o, QStringLiteral("transport_address"), path, node.transportAddress) ||
                    !reader.optObject(o, QStringLiteral("transport"), path, transport) ||
                    !reader.optObject(o, QStringLiteral("remote_cluster_server"), path, server) ||
                    !reader.optString(server, QStringLiteral("publish_address"),
                                      JsonReader::join(path, QStringLiteral("remote_cluster_server")),
                                      node.serverAddress))
                    return false;
                if (node.transportAddress.isEmpty())
                    node.transportAddress = transport.value(QStringLiteral("publish_address")).toString();
                response.nodes.append(node);
            }
            std::sort(response.nodes.begin(), response.nodes.end(),
                      [](const Node& a, const Node& b) { return a.name < b.name; });
            return true;
        });
}

} // namespace duper
