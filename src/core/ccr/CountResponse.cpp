#include "core/ccr/CountResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<CountResponse> CountResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("count"));
    QJsonObject root;
    QJsonObject shards;
    CountResponse response;
    if (!reader.open(body, root) || !reader.optInt64(root, QStringLiteral("count"), {}, response.count) ||
        !reader.optObject(root, QStringLiteral("_shards"), {}, shards) ||
        !reader.optInt(shards, QStringLiteral("total"), QStringLiteral("_shards"), response.shardsTotal) ||
        !reader.optInt(shards, QStringLiteral("failed"), QStringLiteral("_shards"), response.shardsFailed)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    if (!root.contains(QStringLiteral("count"))) {
        reader.fail(QStringLiteral("count"), QStringLiteral("missing"));
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
