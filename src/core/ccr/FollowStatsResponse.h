#pragma once

#include "core/ccr/FollowerStats.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// GET /{index}/_ccr/stats. Only running shard-follow tasks appear, so paused followers have no entry.
struct FollowStatsResponse
{
    QList<FollowerStats> indices;

    // simdjson on-demand; see FollowInfoResponse::parse for the error contract.
    static std::optional<FollowStatsResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
