#include "core/ccr/NodesInfoResponse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper {

std::optional<NodesInfoResponse> NodesInfoResponse::parse(const QByteArray& body, QString* error)
{
    const QJsonObject nodes = QJsonDocument::fromJson(body).object().value(QStringLiteral("nodes")).toObject();
    NodesInfoResponse response;
    for (const QJsonValue& node : nodes) {
        const QJsonObject object = node.toObject();
        // transport.publish_address with the transport metric, else the node's own transport_address.
        QString address =
            object.value(QStringLiteral("transport")).toObject().value(QStringLiteral("publish_address")).toString();
        if (address.isEmpty())
            address = object.value(QStringLiteral("transport_address")).toString();
        if (!address.isEmpty() && !response.transportAddresses.contains(address))
            response.transportAddresses.append(address);
    }
    if (response.transportAddresses.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("duper::NodesInfoResponse", "nodes info: no transport address");
        return std::nullopt;
    }
    response.transportAddresses.sort();
    return response;
}

} // namespace duper
