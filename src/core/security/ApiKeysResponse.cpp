#include "core/security/ApiKeysResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

namespace {

// access.<kind>: [{"names": [...]}, ...] flattened to the names.
bool readAccess(JsonReader& reader, const QJsonObject& access, const QString& kind, const QString& path,
                QStringList& out)
{
    QList<QStringList> entries;
    if (!reader.optObjectList(access, kind, path, entries,
                              [&reader](const QJsonObject& entry, const QString& entryPath, QStringList& names) {
                                  return reader.optStringList(entry, QStringLiteral("names"), entryPath, names);
                              }))
        return false;
    for (const QStringList& names : std::as_const(entries))
        out += names;
    return true;
}

} // namespace

QList<ApiKeyInfo> ApiKeysResponse::crossClusterKeys() const
{
    QList<ApiKeyInfo> result;
    for (const ApiKeyInfo& key : keys) {
        if (key.isCrossCluster())
            result.append(key);
    }
    return result;
}

std::optional<ApiKeysResponse> ApiKeysResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("get API keys"));
    QJsonObject root;
    ApiKeysResponse response;
    const auto readKey = [&reader](const QJsonObject& o, const QString& path, ApiKeyInfo& key) {
        qint64 expiration = -1;
        QJsonObject access;
        key.type = QStringLiteral("rest");
        if (!reader.optString(o, QStringLiteral("id"), path, key.id) ||
            !reader.optString(o, QStringLiteral("name"), path, key.name) ||
            !reader.optString(o, QStringLiteral("type"), path, key.type) ||
            !reader.optInt64(o, QStringLiteral("creation"), path, key.creationMs) ||
            !reader.optInt64(o, QStringLiteral("expiration"), path, expiration) ||
            !reader.optBool(o, QStringLiteral("invalidated"), path, key.invalidated) ||
            !reader.optString(o, QStringLiteral("username"), path, key.username) ||
            !reader.optObject(o, QStringLiteral("metadata"), path, key.metadata) ||
            !reader.optObject(o, QStringLiteral("access"), path, access))
            return false;
        if (expiration >= 0)
            key.expirationMs = expiration;
        const QString accessPath = JsonReader::join(path, QStringLiteral("access"));
        if (!readAccess(reader, access, QStringLiteral("replication"), accessPath, key.replication) ||
            !readAccess(reader, access, QStringLiteral("search"), accessPath, key.search))
            return false;
        return true;
    };
    if (!reader.open(body, root) ||
        !reader.optObjectList(root, QStringLiteral("api_keys"), {}, response.keys, readKey)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
