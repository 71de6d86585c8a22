#include "core/ccr/DataStreamsResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

namespace {

bool readStream(JsonReader& reader, const QJsonObject& object, const QString& path, DataStream& stream)
{
    QJsonObject timestampField;
    if (!reader.optString(object, QStringLiteral("name"), path, stream.name) ||
        !reader.optObject(object, QStringLiteral("timestamp_field"), path, timestampField) ||
        !reader.optString(timestampField, QStringLiteral("name"),
                          JsonReader::join(path, QStringLiteral("timestamp_field")), stream.timestampField))
        return false;
    return reader.optObjectList(
               object, QStringLiteral("indices"), path, stream.indices,
               [&reader](const QJsonObject& element, const QString& elementPath, DataStreamIndex& index) {
                   return reader.optString(element, QStringLiteral("index_name"), elementPath, index.name) &&
                          reader.optString(element, QStringLiteral("index_uuid"), elementPath, index.uuid);
               }) &&
           reader.optInt64(object, QStringLiteral("generation"), path, stream.generation) &&
           reader.optString(object, QStringLiteral("status"), path, stream.status) &&
           reader.optString(object, QStringLiteral("template"), path, stream.templateName) &&
           reader.optBool(object, QStringLiteral("hidden"), path, stream.hidden) &&
           reader.optBool(object, QStringLiteral("system"), path, stream.system) &&
           reader.optBool(object, QStringLiteral("replicated"), path, stream.replicated) &&
           reader.optBool(object, QStringLiteral("allow_custom_routing"), path, stream.allowCustomRouting);
}

} // namespace

std::optional<DataStreamsResponse> DataStreamsResponse::parse(const QByteArray& body, QString* error)
{
    return parseJsonObject<DataStreamsResponse>(
        QStringLiteral("get_data_stream"), body, error,
        [](JsonReader& reader, const QJsonObject& root, DataStreamsResponse& response) {
            return reader.optObjectList(root, QStringLiteral("data_streams"), {}, response.dataStreams,
                                        [&reader](const QJsonObject& object, const QString& path, DataStream& stream) {
                                            return readStream(reader, object, path, stream);
                                        });
        });
}

} // namespace duper
