#pragma once

#include "core/connections/SecretStore.h"

#include <QHash>
#include <QString>

namespace duper {

// Secrets in a hash, for unit tests (and as the store when nothing may persist). Callbacks are queued like the
// keychain's. setUnavailable(true) makes every call fail like a machine without a keychain.
class InMemorySecretStore final : public SecretStore
{
public:
    void read(const QString& profileId, SecretKind kind, QObject* context, Callback done) override;
    void write(const QString& profileId, SecretKind kind, const QString& secret, QObject* context,
               Callback done) override;
    void remove(const QString& profileId, SecretKind kind, QObject* context, Callback done) override;
    bool isPersistent() const override { return false; }

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString& profileId, SecretKind kind) const;
    // For tests: the stored value, synchronously.
    QString value(const QString& profileId, SecretKind kind) const;
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets; // secretEntryKey -> secret
    bool m_unavailable = false;
};

} // namespace duper
