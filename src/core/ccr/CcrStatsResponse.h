#pragma once

#include "core/ccr/AutoFollowStats.h"
#include "core/ccr/FollowStatsResponse.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace duper {

template <typename T> class BodyStreamParser;

// GET /_ccr/stats.
struct CcrStatsResponse
{
    AutoFollowStats autoFollowStats;
    FollowStatsResponse followStats;

    // simdjson on-demand; see FollowInfoResponse::parse for the error contract.
    static std::optional<CcrStatsResponse> parse(const QByteArray& body, QString* error = nullptr);
    // The same, while the body arrives (see StreamedListParser): the follower list is read piece by piece.
    static std::shared_ptr<BodyStreamParser<CcrStatsResponse>> streamParser();
};

} // namespace duper
