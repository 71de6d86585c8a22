#include "core/ccr/ForgetFollowerRequest.h"

#include "core/json/JsonReader.h"

namespace duper {

QJsonObject ForgetFollowerRequest::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("follower_cluster"), followerCluster);
    object.insert(QStringLiteral("follower_index"), followerIndex);
    object.insert(QStringLiteral("follower_index_uuid"), followerIndexUuid);
    object.insert(QStringLiteral("leader_remote_cluster"), leaderRemoteCluster);
    return object;
}

std::optional<ForgetFollowerRequest> ForgetFollowerRequest::fromJson(const QJsonObject& object, QString* error)
{
    JsonReader reader(QStringLiteral("forget_follower"));
    ForgetFollowerRequest request;
    if (!reader.optString(object, QStringLiteral("follower_cluster"), {}, request.followerCluster) ||
        !reader.optString(object, QStringLiteral("follower_index"), {}, request.followerIndex) ||
        !reader.optString(object, QStringLiteral("follower_index_uuid"), {}, request.followerIndexUuid) ||
        !reader.optString(object, QStringLiteral("leader_remote_cluster"), {}, request.leaderRemoteCluster)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return request;
}

} // namespace duper
