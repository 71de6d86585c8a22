#pragma once

#include "core/values/FollowParameters.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace duper {

// The body of PUT /{follower}/_ccr/follow. The follower name and wait_for_active_shards (in `parameters`) go
// into the URL, not the body.
struct FollowRequest
{
    QString remoteCluster;
    QString leaderIndex;
    std::optional<QString> dataStreamName;
    QJsonObject settings;
    FollowParameters parameters;

    QJsonObject toJson() const;
    // Returns nullopt when a known key has the wrong type or a follow parameter is malformed.
    static std::optional<FollowRequest> fromJson(const QJsonObject& object, QString* error = nullptr);
};

} // namespace duper
