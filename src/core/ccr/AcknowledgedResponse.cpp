#include "core/ccr/AcknowledgedResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<AcknowledgedResponse> AcknowledgedResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("acknowledged"));
    QJsonObject root;
    AcknowledgedResponse response;
    if (!reader.open(body, root) || !reader.optBool(root, QStringLiteral("acknowledged"), {}, response.acknowledged)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
