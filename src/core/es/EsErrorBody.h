#pragma once

#include "core/es/ErrorCause.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// The error envelope {"error": {...}, "status": N}. Very old ES sends `error` as a plain string; that becomes an
// ErrorCause with an empty type and the string as reason.
struct EsErrorBody
{
    ErrorCause error;
    int status = 0; // 0 when the body has none, or none that is a whole number in int's range

    static std::optional<EsErrorBody> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
