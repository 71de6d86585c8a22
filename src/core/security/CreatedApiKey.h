#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// The answer to creating an API key: {"id", "name", "expiration"?, "api_key", "encoded"}. `encoded` (base64 of
// "id:api_key") is the credential; it is a secret: never log or print it unless the user asks.
struct CreatedApiKey
{
    QString id;
    QString name;
    QString apiKey;
    QString encoded;
    std::optional<qint64> expirationMs; // epoch milliseconds

    static std::optional<CreatedApiKey> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
