#include "core/fleet/FleetNodesResponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper {

QString FleetNodesResponse::filterPath()
{
    return QStringLiteral("cluster_name,nodes.*.transport_address,nodes.*.transport.publish_address,"
                          "nodes.*.http.publish_address,nodes.*.remote_cluster_server.publish_address");
}

std::optional<FleetNodesResponse> FleetNodesResponse::parse(const QByteArray& body, QString* error)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("duper::FleetNodesResponse", "nodes info: not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    FleetNodesResponse response;
    response.clusterName = root.value(QStringLiteral("cluster_name")).toString();
    const auto add = [&response](const QString& address) {
        if (!address.isEmpty() && !response.addresses.contains(address))
            response.addresses.append(address);
    };
    const auto publishAddress = [](const QJsonObject& node, const QString& section) {
        return node.value(section).toObject().value(QStringLiteral("publish_address")).toString();
    };
    for (const QJsonValue& value : root.value(QStringLiteral("nodes")).toObject()) {
        const QJsonObject node = value.toObject();
        add(node.value(QStringLiteral("transport_address")).toString());
        add(publishAddress(node, QStringLiteral("transport")));
        add(publishAddress(node, QStringLiteral("http")));
        add(publishAddress(node, QStringLiteral("remote_cluster_server")));
    }
    response.addresses.sort();
    return response;
}

} // namespace duper
