#include "core/ccr/ResolveIndexResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<ResolveIndexResponse> ResolveIndexResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("resolve_index"));
    QJsonObject root;
    QJsonArray indices;
    QJsonArray aliases;
    QJsonArray dataStreams;
    ResolveIndexResponse response;
    const QString indicesPath = QStringLiteral("indices");
    const QString aliasesPath = QStringLiteral("aliases");
    const QString dataStreamsPath = QStringLiteral("data_streams");
    const QString name = QStringLiteral("name");
    bool ok = reader.open(body, root) && reader.optArray(root, indicesPath, {}, indices) &&
              reader.optArray(root, aliasesPath, {}, aliases) &&
              reader.optArray(root, dataStreamsPath, {}, dataStreams);
    for (qsizetype i = 0; ok && i < indices.size(); ++i) {
        const QString path = JsonReader::element(indicesPath, i);
        QJsonObject object;
        ResolvedIndex index;
        ok = reader.objectAt(indices, i, indicesPath, object) && reader.optString(object, name, path, index.name) &&
             reader.optStringList(object, QStringLiteral("attributes"), path, index.attributes) &&
             reader.optStringList(object, QStringLiteral("aliases"), path, index.aliases) &&
             reader.optString(object, QStringLiteral("data_stream"), path, index.dataStream);
        response.indices.append(index);
    }
    for (qsizetype i = 0; ok && i < aliases.size(); ++i) {
        const QString path = JsonReader::element(aliasesPath, i);
        QJsonObject object;
        ResolvedAlias alias;
        ok = reader.objectAt(aliases, i, aliasesPath, object) && reader.optString(object, name, path, alias.name) &&
             reader.optStringList(object, QStringLiteral("indices"), path, alias.indices, true);
        response.aliases.append(alias);
    }
    for (qsizetype i = 0; ok && i < dataStreams.size(); ++i) {
        const QString path = JsonReader::element(dataStreamsPath, i);
        QJsonObject object;
        ResolvedDataStream stream;
        ok = reader.objectAt(dataStreams, i, dataStreamsPath, object) &&
             reader.optString(object, name, path, stream.name) &&
             reader.optStringList(object, QStringLiteral("backing_indices"), path, stream.backingIndices, true) &&
             reader.optString(object, QStringLiteral("timestamp_field"), path, stream.timestampField);
        response.dataStreams.append(stream);
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
