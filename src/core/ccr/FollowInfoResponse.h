#pragma once

#include "core/ccr/FollowerInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace duper {

template <typename T> class BodyStreamParser;

// GET /{index}/_ccr/info. parse() reads the body with simdjson's on-demand API (fast for 10,000+ followers).
struct FollowInfoResponse
{
    QList<FollowerInfo> followers;

    // Unknown keys are ignored, optional keys may be missing. On a malformed body returns nullopt and, when `error`
    // is given, says what is wrong ("follow_info: follower_indices[3].status is not a string").
    static std::optional<FollowInfoResponse> parse(const QByteArray& body, QString* error = nullptr);
    // The same, while the body arrives (see StreamedListParser).
    static std::shared_ptr<BodyStreamParser<FollowInfoResponse>> streamParser();
};

} // namespace duper
