#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// DELETE /_security/api_key: {"invalidated_api_keys", "previously_invalidated_api_keys", "error_count",
// "error_details"?}. Unknown ids are not an error: they are in neither list.
struct InvalidateApiKeysResponse
{
    QStringList invalidated;
    QStringList previouslyInvalidated;
    int errorCount = 0;
    QStringList errorReasons; // error_details[].reason

    static std::optional<InvalidateApiKeysResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
