#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// PUT /{follower}/_ccr/follow. With wait_for_active_shards=0 ES answers {true, false, false} as soon as the restore
// has started.
struct FollowResponse
{
    bool followIndexCreated = false;
    bool followIndexShardsAcked = false;
    bool indexFollowingStarted = false;

    static std::optional<FollowResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
