#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/session/SecretPrompter.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace duper {

class ClusterSession;
class SecretStore;
class SessionSecretCache;
struct SecretResult;

// Opens a connection, the one way every part of Duper does it: the profile's secret (given → typed earlier this
// session → keychain, unless the profile asks every time → the prompter, saying why), then the client key's
// passphrase (given → keychain; none stored means the key is not encrypted), then the HTTP client over every node URL
// and the ClusterSession that owns it. Typed secrets go into the SessionSecretCache, never into settings.
//
// Everything injected may be null except the network manager: no keychain (nothing stored), no cache (nothing kept
// between opens), no prompter (a missing secret is left empty: the cluster says whether it needs one; a keychain that
// cannot be read fails), no settings (the session remembers no parameters). Each opener keeps only its own attempt,
// so several can run side by side.
class ClusterSessionOpener : public QObject
{
    Q_OBJECT

public:
    // What the caller already knows better than the keychain: the connection manager tests unsaved form values.
    struct Overrides
    {
        std::optional<QString> secret;
        std::optional<QString> keyPassphrase;
        // Whose keychain entries (and typed secrets) to use: a saved profile the one opened was copied from. Empty:
        // the opened profile's own id.
        QString ownerId;
        // More CA certificates to trust, on top of the profile's (the CLI's --ca-cert).
        QStringList extraCaCertificateFiles;
    };

    ClusterSessionOpener(QNetworkAccessManager* network, SecretStore* secrets, SessionSecretCache* cache,
                         SecretPrompter* prompter, QSettings* settings, QObject* parent = nullptr);
    ~ClusterSessionOpener() override;

    // Starts opening `profile`; opened() or failed() follows, always later from the event loop. The session is made
    // a child of `sessionParent` (null: the receiver of opened() owns it). An attempt still running is dropped first.
    void open(const ConnectionProfile& profile, const Overrides& overrides = {}, QObject* sessionParent = nullptr);
    // Drops the running attempt: none of its answers (keychain, prompt) are used and it reports nothing.
    void cancel();
    bool isOpening() const { return m_opening; }

signals:
    // The keychain is being read for the profile's secret (a window may say so while it waits).
    void readingKeychain(const duper::ConnectionProfile& profile);
    void opened(duper::ClusterSession* session);
    // Sentence for people: the client's configuration error, the keychain's error, or that no secret was given.
    void failed(const QString& message);

private:
    struct Attempt
    {
        quint64 generation = 0;
        ConnectionProfile profile;
        Overrides overrides;
        QPointer<QObject> sessionParent;
        bool parentGiven = false;
        QString secret;
    };

    QString ownerOf(const Attempt& attempt) const;
    bool isCurrent(quint64 generation) const { return m_opening && generation == m_generation; }
    void findSecret(const Attempt& attempt);
    void onKeychainSecret(Attempt attempt, const SecretResult& result);
    void prompt(const Attempt& attempt, SecretRequest::Reason reason, const QString& detail);
    void findPassphrase(const Attempt& attempt);
    void makeSession(const Attempt& attempt, const QString& passphrase);
    void fail(const QString& message);

    QNetworkAccessManager* m_network;
    SecretStore* m_secrets;
    SessionSecretCache* m_cache;
    SecretPrompter* m_prompter;
    QSettings* m_settings;
    quint64 m_generation = 0;
    bool m_opening = false;
};

} // namespace duper
