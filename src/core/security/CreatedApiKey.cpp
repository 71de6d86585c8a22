#include "core/security/CreatedApiKey.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace duper {

std::optional<CreatedApiKey> CreatedApiKey::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("create cross-cluster API key"));
    QJsonObject root;
    CreatedApiKey key;
    qint64 expiration = -1;
    if (!reader.open(body, root) || !reader.optString(root, QStringLiteral("id"), {}, key.id) ||
        !reader.optString(root, QStringLiteral("name"), {}, key.name) ||
        !reader.optString(root, QStringLiteral("api_key"), {}, key.apiKey) ||
        !reader.optString(root, QStringLiteral("encoded"), {}, key.encoded) ||
        !reader.optInt64(root, QStringLiteral("expiration"), {}, expiration)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    if (key.id.isEmpty() || (key.encoded.isEmpty() && key.apiKey.isEmpty())) {
        if (error)
            *error = QCoreApplication::translate("duper::CreatedApiKey",
                                                 "create cross-cluster API key: the answer has no id or key");
        return std::nullopt;
    }
    // Older answers may lack "encoded"; it is base64("id:api_key").
    if (key.encoded.isEmpty())
        key.encoded = QString::fromLatin1((key.id + QLatin1Char(':') + key.apiKey).toUtf8().toBase64());
    if (expiration >= 0)
        key.expirationMs = expiration;
    return key;
}

} // namespace duper
