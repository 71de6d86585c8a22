#include "core/ccr/FollowResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<FollowResponse> FollowResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("follow"));
    QJsonObject root;
    FollowResponse response;
    if (!reader.open(body, root) ||
        !reader.optBool(root, QStringLiteral("follow_index_created"), {}, response.followIndexCreated) ||
        !reader.optBool(root, QStringLiteral("follow_index_shards_acked"), {}, response.followIndexShardsAcked) ||
        !reader.optBool(root, QStringLiteral("index_following_started"), {}, response.indexFollowingStarted)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
