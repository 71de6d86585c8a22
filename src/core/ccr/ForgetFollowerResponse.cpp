#include "core/ccr/ForgetFollowerResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<ForgetFollowerResponse> ForgetFollowerResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("forget_follower"));
    QJsonObject root;
    QJsonObject shards;
    ForgetFollowerResponse response;
    const QString path = QStringLiteral("_shards");
    if (!reader.open(body, root) || !reader.optObject(root, path, {}, shards) ||
        !reader.optInt(shards, QStringLiteral("total"), path, response.total) ||
        !reader.optInt(shards, QStringLiteral("successful"), path, response.successful) ||
        !reader.optInt(shards, QStringLiteral("failed"), path, response.failed) ||
        !reader.optArray(shards, QStringLiteral("failures"), path, response.failures)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
