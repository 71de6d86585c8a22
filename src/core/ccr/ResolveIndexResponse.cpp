#include "core/ccr/ResolveIndexResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<ResolveIndexResponse> ResolveIndexResponse::parse(const QByteArray& body, QString* error)
{
    const QString name = QStringLiteral("name");
    return parseJsonObject<ResolveIndexResponse>(
        QStringLiteral("resolve_index"), body, error,
        [&name](JsonReader& reader, const QJsonObject& root, ResolveIndexResponse& response) {
            return reader.optObjectList(
                       root, QStringLiteral("indices"), {}, response.indices,
                       [&](const QJsonObject& object, const QString& path, ResolvedIndex& index) {
                           return reader.optString(object, name, path, index.name) &&
                                  reader.optStringList(object, QStringLiteral("attributes"), path, index.attributes) &&
                                  reader.optStringList(object, QStringLiteral("aliases"), path, index.aliases) &&
                                  reader.optString(object, QStringLiteral("data_stream"), path, index.dataStream);
                       }) &&
                   reader.optObjectList(root, QStringLiteral("aliases"), {}, response.aliases,
                                        [&](const QJsonObject& object, const QString& path, ResolvedAlias& alias) {
                                            return reader.optString(object, name, path, alias.name) &&
                                                   reader.optStringList(object, QStringLiteral("indices"), path,
                                                                        alias.indices, true);
                                        }) &&
                   reader.optObjectList(
                       root, QStringLiteral("data_streams"), {}, response.dataStreams,
                       [&](const QJsonObject& object, const QString& path, ResolvedDataStream& stream) {
                           return reader.optString(object, name, path, stream.name) &&
                                  reader.optStringList(object, QStringLiteral("backing_indices"), path,
                                                       stream.backingIndices, true) &&
                                  reader.optString(object, QStringLiteral("timestamp_field"), path,
                                                   stream.timestampField);
                       });
        });
}

} // namespace duper
