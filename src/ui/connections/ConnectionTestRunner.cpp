#include "ui/connections/ConnectionTestRunner.h"

#include "core/connections/ConnectionTester.h"
#include "core/session/ClusterSession.h"
#include "core/session/ClusterSessionOpener.h"

namespace duper::ui {

ConnectionTestRunner::ConnectionTestRunner(SecretStore* secrets, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent),
      // No cache, no prompter, no settings: the form's values are tested as they are, nothing is remembered.
      m_opener(new ClusterSessionOpener(network, secrets, nullptr, nullptr, nullptr, this)),
      m_tester(new ConnectionTester(network, this))
{
    connect(m_opener, &ClusterSessionOpener::opened, this, &ConnectionTestRunner::onOpened);
    connect(m_opener, &ClusterSessionOpener::failed, this, &ConnectionTestRunner::failed);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionTestRunner::finished);
}

bool ConnectionTestRunner::isRunning() const
{
    return m_opener->isOpening() || m_tester->isRunning();
}

void ConnectionTestRunner::cancel()
{
    m_opener->cancel(); // keychain answers of the cancelled run are dropped
    m_tester->cancel();
}

void ConnectionTestRunner::start(const ConnectionProfile& profile, const QString& ownerId,
                                 std::optional<QString> secret, std::optional<QString> passphrase)
{
    cancel();
    ClusterSessionOpener::Overrides overrides;
    overrides.ownerId = ownerId;
    // A form that belongs to no saved profile has no keychain entries to fall back on.
    overrides.secret = secret || !ownerId.isEmpty() ? secret : std::optional<QString>(QString());
    overrides.keyPassphrase = passphrase || !ownerId.isEmpty() ? passphrase : std::optional<QString>(QString());
    m_opener->open(profile, overrides, this);
}

void ConnectionTestRunner::onOpened(ClusterSession* session)
{
    emit testing(session->displayName());
    m_tester->start(*session); // takes what it needs: the session is not kept
    session->deleteLater();
}

} // namespace duper::ui
