#include "core/connections/SecretKind.h"

#include <QCoreApplication>

namespace duper {

QString secretKindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::ApiKey:
        return QStringLiteral("api-key");
    case SecretKind::BearerToken:
        return QStringLiteral("bearer-token");
    case SecretKind::ClientKeyPassphrase:
        return QStringLiteral("client-key-passphrase");
    }
    return QStringLiteral("unknown");
}

QString secretEntryKey(const QString& profileId, SecretKind kind)
{
    return profileId + QLatin1Char('/') + secretKindKey(kind);
}

QString secretKindDisplayName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Password:
        return QCoreApplication::translate("duper::SecretKind", "password");
    case SecretKind::ApiKey:
        return QCoreApplication::translate("duper::SecretKind", "API key");
    case SecretKind::BearerToken:
        return QCoreApplication::translate("duper::SecretKind", "bearer token");
    case SecretKind::ClientKeyPassphrase:
        return QCoreApplication::translate("duper::SecretKind", "client key passphrase");
    }
    return {};
}

QList<SecretKind> allSecretKinds()
{
    return {SecretKind::Password, SecretKind::ApiKey, SecretKind::BearerToken, SecretKind::ClientKeyPassphrase};
}

} // namespace duper
