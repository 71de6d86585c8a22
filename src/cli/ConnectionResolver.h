#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/SecretKind.h"
#include "core/connections/SecretResult.h"
#include "core/connections/SecretStore.h"
#include "core/connections/SessionSecretCache.h"
#include "core/session/ClusterSessionOpener.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace duper::cli {

class CliSecretPrompter;
class Output;

// The CLI's side of saved connections: opens the shared profile store and the keychain, finds the profile a command
// uses (-c NAME, else the default leader or follower), and opens sessions through ClusterSessionOpener: a profile's
// secret comes from the keychain, else (saying why) from DUPER_PASSWORD / DUPER_API_KEY or a hidden prompt, for this
// run only. Secrets are never written anywhere but the keychain.
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
    // How the run asks for a secret the keychain lacks, and the secrets typed so far: for sessions opened elsewhere
    // (the fleet opens one per saved connection).
    SecretPrompter* prompter();
    SessionSecretCache* typedSecrets() { return &m_typedSecrets; }

    // By id or name; nullopt with a sentence for people in *error.
    std::optional<ConnectionProfile> profile(const QString& idOrName, QString* error);
    // The default leader / follower profile, or nullopt when none is set.
    std::optional<ConnectionProfile> leaderProfile();
    std::optional<ConnectionProfile> followerProfile();

    // Runs one asynchronous SecretStore call and waits for its result in a local event loop.
    SecretResult wait(const std::function<void(SecretStore&, QObject*, SecretStore::Callback)>& call);

    // Opens a session and waits for it in a local event loop (the CLI has no window to keep responsive). A saved
    // profile uses the keychain and the shared settings (remembered parameters); any other (--url) neither, and gets
    // its secret from `overrides` or the prompt. Null with a sentence for people in *error when it could not be
    // opened. The caller owns the session; it must go before the network manager.
    std::unique_ptr<ClusterSession> openSession(QNetworkAccessManager* network, const ConnectionProfile& profile,
                                                bool saved, const ClusterSessionOpener::Overrides& overrides,
                                                QString* error);

    // A secret typed at a hidden prompt on a terminal, or one line of stdin when it is piped ("--password-stdin"
    // style). nullopt with a sentence in *error when nothing (or an empty line) came.
    static std::optional<QString> readSecretInput(const QString& prompt, QString* error);

private:
    QProcessEnvironment m_environment;
    Output& m_output;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<CliSecretPrompter> m_prompter;
    SessionSecretCache m_typedSecrets; // a secret typed once serves both sides of a run
};

} // namespace duper::cli
