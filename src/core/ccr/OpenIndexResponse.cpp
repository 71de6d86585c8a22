#include "core/ccr/OpenIndexResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<OpenIndexResponse> OpenIndexResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("open_index"));
    QJsonObject root;
    OpenIndexResponse response;
    if (!reader.open(body, root) || !reader.optBool(root, QStringLiteral("acknowledged"), {}, response.acknowledged) ||
        !reader.optBool(root, QStringLiteral("shards_acknowledged"), {}, response.shardsAcknowledged)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
