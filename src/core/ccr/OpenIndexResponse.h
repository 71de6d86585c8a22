#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// POST /{index}/_open.
struct OpenIndexResponse
{
    bool acknowledged = false;
    bool shardsAcknowledged = false;

    static std::optional<OpenIndexResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
