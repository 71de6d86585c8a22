#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// {"acknowledged": true}: pause/resume/unfollow and the auto-follow pattern endpoints.
struct AcknowledgedResponse
{
    bool acknowledged = false;

    static std::optional<AcknowledgedResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
