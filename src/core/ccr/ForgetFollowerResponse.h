#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <optional>

namespace duper {

// {"_shards": {"total", "successful", "failed", "failures": [...]}} of forget_follower.
struct ForgetFollowerResponse
{
    int total = 0;
    int successful = 0;
    int failed = 0;
    QJsonArray failures; // shard failure objects, as sent

    static std::optional<ForgetFollowerResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
