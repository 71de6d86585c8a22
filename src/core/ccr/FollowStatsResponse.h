#pragma once

#include "core/ccr/FollowerStats.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace duper {

template <typename T> class BodyStreamParser;

// GET /{index}/_ccr/stats. Only running shard-follow tasks appear, so paused followers have no entry.
struct FollowStatsResponse
{
    QList<FollowerStats> indices;

    // simdjson on-demand; see FollowInfoResponse::parse for the error contract.
    static std::optional<FollowStatsResponse> parse(const QByteArray& body, QString* error = nullptr);
    // The same, while the body arrives (see StreamedListParser).
    static std::shared_ptr<BodyStreamParser<FollowStatsResponse>> streamParser();
};

} // namespace duper
