#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/SecretKind.h"
#include "core/connections/SecretResult.h"
#include "core/connections/SecretStore.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace duper::cli {

class Output;

// The CLI's side of saved connections: opens the shared profile store and the keychain, finds the profile a command
// uses (-c NAME, else the default leader or follower), and gets a profile's secret: from the keychain, else (saying
// why) from DUPER_PASSWORD / DUPER_API_KEY or a hidden prompt, for this run only. Secrets are never written anywhere
// but the keychain.
//
// Test-only: DUPER_TEST_KEYCHAIN_SERVICE names another keychain service (still the real keychain, never a file), so
// tests never see the user's entries.
class ConnectionResolver : public QObject
{
    Q_OBJECT

public:
    ConnectionResolver(QProcessEnvironment environment, Output& output, QObject* parent = nullptr);
    ~ConnectionResolver() override;

    ConnectionStore& store();
    SecretStore& secrets();

    // By id or name; nullopt with a sentence for people in *error.
    std::optional<ConnectionProfile> profile(const QString& idOrName, QString* error);
    // The default leader / follower profile, or nullopt when none is set.
    std::optional<ConnectionProfile> leaderProfile();
    std::optional<ConnectionProfile> followerProfile();

    // Runs one asynchronous SecretStore call and waits for its result in a local event loop.
    SecretResult wait(const std::function<void(SecretStore&, QObject*, SecretStore::Callback)>& call);

    // The secret `profile` needs (empty when it needs none); nullopt with a sentence in *error when none could be had.
    std::optional<QString> secretFor(const ConnectionProfile& profile, QString* error);
    // The client key passphrase from the keychain, or empty.
    QString clientKeyPassphrase(const ConnectionProfile& profile);

    // A secret typed at a hidden prompt on a terminal, or one line of stdin when it is piped ("--password-stdin"
    // style). nullopt with a sentence in *error when nothing (or an empty line) came.
    static std::optional<QString> readSecretInput(const QString& prompt, QString* error);

private:
    std::optional<QString> askFor(const ConnectionProfile& profile, SecretKind kind, QString* error);

    QProcessEnvironment m_environment;
    Output& m_output;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
};

} // namespace duper::cli
