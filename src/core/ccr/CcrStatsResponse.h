#pragma once

#include "core/ccr/AutoFollowStats.h"
#include "core/ccr/FollowStatsResponse.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// GET /_ccr/stats.
struct CcrStatsResponse
{
    AutoFollowStats autoFollowStats;
    FollowStatsResponse followStats;

    // simdjson on-demand; see FollowInfoResponse::parse for the error contract.
    static std::optional<CcrStatsResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
