#include "core/session/ClusterSessionOpener.h"

#include "core/connections/ProfileCredentialFactory.h"
#include "core/connections/SecretStore.h"
#include "core/connections/SessionSecretCache.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace duper {

ClusterSessionOpener::ClusterSessionOpener(QNetworkAccessManager* network, SecretStore* secrets,
                                           SessionSecretCache* cache, SecretPrompter* prompter, QSettings* settings,
                                           QObject* parent)
    : QObject(parent), m_network(network), m_secrets(secrets), m_cache(cache), m_prompter(prompter),
      m_settings(settings)
{}

ClusterSessionOpener::~ClusterSessionOpener() = default;

void ClusterSessionOpener::open(const ConnectionProfile& profile, const Overrides& overrides, QObject* sessionParent)
{
    cancel();
    m_opening = true;
    Attempt attempt;
    attempt.generation = m_generation;
    attempt.profile = profile;
    attempt.overrides = overrides;
    attempt.sessionParent = sessionParent;
    attempt.parentGiven = sessionParent != nullptr;
    // Start from the event loop, so opened() / failed() never come from inside open().
    QMetaObject::invokeMethod(
        this,
        [this, attempt]() {
            if (isCurrent(attempt.generation))
                findSecret(attempt);
        },
        Qt::QueuedConnection);
}

void ClusterSessionOpener::cancel()
{
    ++m_generation; // answers still on their way belong to an older attempt and are dropped
    m_opening = false;
}

QString ClusterSessionOpener::ownerOf(const Attempt& attempt) const
{
    return attempt.overrides.ownerId.isEmpty() ? attempt.profile.id : attempt.overrides.ownerId;
}

void ClusterSessionOpener::findSecret(const Attempt& attempt)
{
    const std::optional<SecretKind> kind = attempt.profile.secretKind();
    if (!kind) {
        findPassphrase(attempt);
        return;
    }
    if (attempt.overrides.secret) {
        Attempt next = attempt;
        next.secret = *attempt.overrides.secret;
        findPassphrase(next);
        return;
    }
    if (m_cache) {
        if (const auto cached = m_cache->get(ownerOf(attempt), *kind)) {
            Attempt next = attempt;
            next.secret = *cached;
            findPassphrase(next);
            return;
        }
    }
    if (attempt.profile.askSecretEveryTime) {
        prompt(attempt, SecretRequest::Reason::AskEveryTime, {});
        return;
    }
    if (!m_secrets) {
        prompt(attempt, SecretRequest::Reason::NotStored, {});
        return;
    }
    emit readingKeychain(attempt.profile);
    m_secrets->read(ownerOf(attempt), *kind, this, [this, attempt](const SecretResult& result) {
        if (isCurrent(attempt.generation))
            onKeychainSecret(attempt, result);
    });
}

void ClusterSessionOpener::onKeychainSecret(Attempt attempt, const SecretResult& result)
{
    if (result.ok()) {
        attempt.secret = result.secret;
        findPassphrase(attempt);
        return;
    }
    if (result.status == SecretResult::Status::NotFound) {
        prompt(attempt, SecretRequest::Reason::NotStored, result.message);
        return;
    }
    if (!m_prompter) {
        fail(result.message);
        return;
    }
    prompt(attempt, SecretRequest::Reason::KeychainUnavailable, result.message);
}

void ClusterSessionOpener::prompt(const Attempt& attempt, SecretRequest::Reason reason, const QString& detail)
{
    if (!m_prompter) {
        findPassphrase(attempt); // nobody to ask: try without, the cluster says whether it needs one
        return;
    }
    SecretRequest request;
    request.profile = attempt.profile;
    request.kind = *attempt.profile.secretKind();
    request.reason = reason;
    request.detail = detail;
    m_prompter->ask(request, this,
                    [this, attempt, kind = request.kind](const std::optional<QString>& secret, const QString& message) {
                        if (!isCurrent(attempt.generation))
                            return;
                        if (!secret) {
                            fail(message.isEmpty() ? tr("No secret was given, so Duper did not connect.") : message);
                            return;
                        }
                        if (m_cache)
                            m_cache->set(ownerOf(attempt), kind, *secret);
                        Attempt next = attempt;
                        next.secret = *secret;
                        findPassphrase(next);
                    });
}

void ClusterSessionOpener::findPassphrase(const Attempt& attempt)
{
    if (attempt.overrides.keyPassphrase || attempt.profile.clientKeyFile.isEmpty() || !m_secrets) {
        makeSession(attempt, attempt.overrides.keyPassphrase.value_or(QString()));
        return;
    }
    // An encrypted client key's passphrase lives in the keychain (none stored: the key is not encrypted).
    m_secrets->read(ownerOf(attempt), SecretKind::ClientKeyPassphrase, this,
                    [this, attempt](const SecretResult& result) {
                        if (isCurrent(attempt.generation))
                            makeSession(attempt, result.ok() ? result.secret : QString());
                    });
}

void ClusterSessionOpener::makeSession(const Attempt& attempt, const QString& passphrase)
{
    EsEndpoint endpoint = attempt.profile.failoverEndpoint(); // every node URL: the client moves on when one is down
    endpoint.tls.clientKeyPassphrase = passphrase.toUtf8();
    endpoint.tls.caCertificateFiles.append(attempt.overrides.extraCaCertificateFiles);
    auto* client = new EsClient(m_network, endpoint, ProfileCredentialFactory::create(attempt.profile, attempt.secret));
    if (!client->configurationError().isEmpty()) {
        const QString error = client->configurationError();
        delete client;
        fail(error);
        return;
    }
    if (attempt.parentGiven && !attempt.sessionParent) {
        delete client; // whoever was to own the session is gone
        m_opening = false;
        return;
    }
    auto* session = new ClusterSession(attempt.profile, client, m_settings, attempt.sessionParent.data());
    client->setParent(session);
    m_opening = false;
    emit opened(session);
}

void ClusterSessionOpener::fail(const QString& message)
{
    m_opening = false;
    emit failed(message);
}

} // namespace duper
