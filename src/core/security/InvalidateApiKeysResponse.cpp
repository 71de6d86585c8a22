#include "core/security/InvalidateApiKeysResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<InvalidateApiKeysResponse> InvalidateApiKeysResponse::parse(const QByteArray& body, QString* error)
{
    return parseJsonObject<InvalidateApiKeysResponse>(
        QStringLiteral("invalidate API keys"), body, error,
        [](JsonReader& reader, const QJsonObject& root, InvalidateApiKeysResponse& response) {
            return reader.optStringList(root, QStringLiteral("invalidated_api_keys"), {}, response.invalidated) &&
                   reader.optStringList(root, QStringLiteral("previously_invalidated_api_keys"), {},
                                        response.previouslyInvalidated) &&
                   reader.optInt(root, QStringLiteral("error_count"), {}, response.errorCount) &&
                   reader.optObjectList(root, QStringLiteral("error_details"), {}, response.errorReasons,
                                        [&reader](const QJsonObject& o, const QString& path, QString& reason) {
                                            return reader.optString(o, QStringLiteral("reason"), path, reason);
                                        });
        });
}

} // namespace duper
