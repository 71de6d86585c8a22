#include "ui/connections/ConnectionTestRunner.h"

#include "core/connections/ConnectionTester.h"
#include "core/connections/SecretStore.h"

namespace duper::ui {

ConnectionTestRunner::ConnectionTestRunner(SecretStore* secrets, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_tester(new ConnectionTester(network, this))
{
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionTestRunner::finished);
}

bool ConnectionTestRunner::isRunning() const
{
    return m_readingSecrets || m_tester->isRunning();
}

void ConnectionTestRunner::cancel()
{
    ++m_generation; // keychain answers of the cancelled run are dropped
    m_readingSecrets = false;
    m_tester->cancel();
}

void ConnectionTestRunner::start(const ConnectionProfile& profile, const QString& ownerId,
                                 std::optional<QString> secret, std::optional<QString> passphrase)
{
    cancel();
    const auto kind = profile.secretKind();
    if (secret || !kind || ownerId.isEmpty()) {
        withPassphrase(profile, ownerId, secret.value_or(QString()), std::move(passphrase));
        return;
    }
    m_readingSecrets = true;
    const int generation = m_generation;
    m_secrets->read(ownerId, *kind, this, [=, this](const SecretResult& result) {
        if (generation != m_generation)
            return;
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            m_readingSecrets = false;
            emit failed(result.message);
            return;
        }
        withPassphrase(profile, ownerId, result.secret, passphrase);
    });
}

void ConnectionTestRunner::withPassphrase(const ConnectionProfile& profile, const QString& ownerId,
                                          const QString& secret, std::optional<QString> passphrase)
{
    if (passphrase || profile.clientKeyFile.isEmpty() || ownerId.isEmpty()) {
        m_readingSecrets = false;
        emit testing(profile.name);
        m_tester->start(profile, secret, passphrase.value_or(QString()));
        return;
    }
    // No saved passphrase means the key is not encrypted: test without one.
    m_readingSecrets = true;
    const int generation = m_generation;
    m_secrets->read(ownerId, SecretKind::ClientKeyPassphrase, this, [=, this](const SecretResult& result) {
        if (generation == m_generation)
            withPassphrase(profile, ownerId, secret, result.ok() ? result.secret : QString());
    });
}

} // namespace duper::ui
