#pragma once

#include "core/ccr/AutoFollowPattern.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// GET /_ccr/auto_follow[/{name}]: {"patterns": [{"name": ..., "pattern": {...}}]}.
struct AutoFollowPatternsResponse
{
    QList<AutoFollowPattern> patterns;

    static std::optional<AutoFollowPatternsResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
