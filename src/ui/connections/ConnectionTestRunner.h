#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/ConnectionTestReport.h"

#include <QObject>
#include <QString>
#include <optional>

class QNetworkAccessManager;

namespace duper {
class ClusterSession;
class ClusterSessionOpener;
class ConnectionTester;
class SecretStore;
} // namespace duper

namespace duper::ui {

// Runs the connection checks for the connection manager's form: opens the form's profile through a
// ClusterSessionOpener and tests that session. The secret and the client key passphrase come from the form when given,
// else they are read from the SecretStore entries of `ownerId` (the saved profile the form edits or was duplicated
// from) only now that the test needs them. Nothing is asked: a secret that is nowhere is tested as empty.
class ConnectionTestRunner : public QObject
{
    Q_OBJECT

public:
    ConnectionTestRunner(SecretStore* secrets, QNetworkAccessManager* network, QObject* parent = nullptr);

    // From start() until finished() or failed(), also while reading the keychain.
    bool isRunning() const;
    // nullopt `secret` / `passphrase`: read the saved one of `ownerId` (empty when there is none).
    void start(const ConnectionProfile& profile, const QString& ownerId, std::optional<QString> secret,
               std::optional<QString> passphrase);
    // Stops quietly: no signal for the run that was going on.
    void cancel();

signals:
    // The checks started (after the keychain was read, when it had to be).
    void testing(const QString& profileName);
    void finished(const duper::ConnectionTestReport& report);
    // The connection could not be opened (the keychain could not be read, TLS files unreadable): no checks ran.
    void failed(const QString& message);

private:
    void onOpened(ClusterSession* session);

    ClusterSessionOpener* m_opener;
    ConnectionTester* m_tester;
};

} // namespace duper::ui
