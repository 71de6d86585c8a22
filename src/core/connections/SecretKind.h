#pragma once

#include <QList>
#include <QString>

namespace duper {

// Which secret of a profile: the keychain entry of a profile is "<profile id>/<secretKindKey(kind)>", so renaming a
// profile keeps its entries and deleting it can find them all.
enum class SecretKind
{
    Password,
    ApiKey,
    BearerToken,
    ClientKeyPassphrase
};

// "password", "api-key", "bearer-token", "client-key-passphrase" (stable: part of the keychain key).
QString secretKindKey(SecretKind kind);
// "<profileId>/<secretKindKey(kind)>": the QtKeychain key under the service "dev.duper.Duper".
QString secretEntryKey(const QString& profileId, SecretKind kind);
// For people: "password", "API key", "bearer token", "client key passphrase" (translated).
QString secretKindDisplayName(SecretKind kind);
QList<SecretKind> allSecretKinds();

} // namespace duper
