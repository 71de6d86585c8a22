#pragma once

#include "core/ccr/FollowerInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// GET /{index}/_ccr/info. parse() reads the body with simdjson's on-demand API (fast for 10,000+ followers).
struct FollowInfoResponse
{
    QList<FollowerInfo> followers;

    // Unknown keys are ignored, optional keys may be missing. On a malformed body returns nullopt and, when `error`
    // is given, says what is wrong ("follow_info: follower_indices[3].status is not a string").
    static std::optional<FollowInfoResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
