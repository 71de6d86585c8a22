#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace duper {

// The body of POST /{leader_index}/_ccr/forget_follower (sent to the leader cluster).
struct ForgetFollowerRequest
{
    QString followerCluster; // the follower cluster's cluster_name
    QString followerIndex;
    QString followerIndexUuid;
    QString leaderRemoteCluster; // the leader's alias as seen from the follower

    QJsonObject toJson() const;
    static std::optional<ForgetFollowerRequest> fromJson(const QJsonObject& object, QString* error = nullptr);
};

} // namespace duper
