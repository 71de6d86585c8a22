#pragma once

#include "core/ApplicationId.h"
#include "core/connections/SecretStore.h"

#include <QString>

namespace duper {

// Secrets in the operating system's keychain through QtKeychain (Secret Service on Linux). Service = the app id
// duper::applicationId() ("dev.duper.Duper"), key = "<profile id>/<kind>". The insecure plaintext fallback is off:
// when there is no keychain, operations fail with Unavailable and a message telling the user that Duper can ask for
// the secret each time.
class KeychainSecretStore final : public SecretStore
{
public:
    static QString defaultService() { return applicationId(); }

    // Tests pass their own service so they never touch the user's entries.
    explicit KeychainSecretStore(QString service = defaultService());

    const QString& service() const { return m_service; }

    void read(const QString& profileId, SecretKind kind, QObject* context, Callback done) override;
    void write(const QString& profileId, SecretKind kind, const QString& secret, QObject* context,
               Callback done) override;
    void remove(const QString& profileId, SecretKind kind, QObject* context, Callback done) override;
    bool isPersistent() const override { return true; }

    // QtKeychain's error (QKeychain::Error as int) and errorString() → a SecretResult with plain words:
    // NoBackendAvailable, or OtherError/NotImplemented about D-Bus/Secret Service/a missing collection → Unavailable;
    // AccessDenied / AccessDeniedByUser → Denied; EntryNotFound → NotFound; anything else → Error. Ok for NoError.
    static SecretResult mapError(int keychainError, const QString& errorString);

private:
    QString m_service;
};

} // namespace duper
