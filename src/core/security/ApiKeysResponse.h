#pragma once

#include "core/security/ApiKeyInfo.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// GET /_security/api_key[?id=…|name=…]: {"api_keys": [...]} (empty when nothing matches).
struct ApiKeysResponse
{
    QList<ApiKeyInfo> keys;

    QList<ApiKeyInfo> crossClusterKeys() const;
    static std::optional<ApiKeysResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
