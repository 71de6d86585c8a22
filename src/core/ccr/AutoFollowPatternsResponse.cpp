#include "core/ccr/AutoFollowPatternsResponse.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<AutoFollowPatternsResponse> AutoFollowPatternsResponse::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("auto_follow"));
    QJsonObject root;
    QJsonArray patterns;
    AutoFollowPatternsResponse response;
    const QString path = QStringLiteral("patterns");
    bool ok = reader.open(body, root) && reader.optArray(root, path, {}, patterns);
    for (qsizetype i = 0; ok && i < patterns.size(); ++i) {
        const QString elementPath = JsonReader::element(path, i);
        QJsonObject entry;
        QString name;
        QJsonObject patternObject;
        ok = reader.objectAt(patterns, i, path, entry) &&
             reader.optString(entry, QStringLiteral("name"), elementPath, name) &&
             reader.optObject(entry, QStringLiteral("pattern"), elementPath, patternObject);
        if (!ok)
            break;
        QString patternError;
        std::optional<AutoFollowPattern> pattern = AutoFollowPattern::fromJson(name, patternObject, &patternError);
        if (!pattern) {
            ok = reader.fail(JsonReader::join(elementPath, QStringLiteral("pattern")), patternError);
            break;
        }
        response.patterns.append(std::move(*pattern));
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return response;
}

} // namespace duper
