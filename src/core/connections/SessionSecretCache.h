#pragma once

#include "core/connections/SecretKind.h"

#include <QHash>
#include <QString>
#include <optional>

namespace duper {

// Secrets typed for this session only ("ask every time", or no keychain): kept in memory, never written anywhere,
// gone when the process ends or forget()/clear() is called.
class SessionSecretCache
{
public:
    void set(const QString& profileId, SecretKind kind, const QString& secret);
    std::optional<QString> get(const QString& profileId, SecretKind kind) const;
    bool contains(const QString& profileId, SecretKind kind) const;
    void forget(const QString& profileId, SecretKind kind);
    void forgetProfile(const QString& profileId);
    void clear();

private:
    QHash<QString, QString> m_secrets; // secretEntryKey -> secret
};

} // namespace duper
