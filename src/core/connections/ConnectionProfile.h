#pragma once

#include "core/connections/SecretKind.h"
#include "core/es/EsEndpoint.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace duper {

// A saved connection to one cluster. `id` is stable (a UUID, never the display name), so renaming keeps the
// keychain entries. Nothing in here is secret: passwords, API keys, tokens and key passphrases live in a SecretStore
// (or a SessionSecretCache) under the id.
struct ConnectionProfile
{
    enum class AuthKind
    {
        None,
        Basic,  // username + password
        ApiKey, // secret = the "encoded" API key, or "id:key"
        Bearer  // secret = the token
    };

    // What the CLI uses the profile for when no cluster is named (`--leader` / `--follower` defaults).
    enum class ClusterRole
    {
        None,
        Leader,
        Follower
    };

    static constexpr int kDefaultRequestTimeoutMs = 30000;

    QString id;
    QString name;
    QList<QUrl> urls; // tried in order: the next one on connection failure
    AuthKind authKind = AuthKind::None;
    QString username;
    bool verifyTls = true; // off only by an explicit choice
    QString caCertificateFile;
    QString clientCertificateFile; // PEM; with clientKeyFile for PKI
    QString clientKeyFile;         // PEM; its passphrase (if any) is the ClientKeyPassphrase secret
    QString cloudId;               // Elastic Cloud ID; when set its https URL comes first
    int requestTimeoutMs = kDefaultRequestTimeoutMs;
    QString defaultRemoteCluster;
    ClusterRole role = ClusterRole::None;
    bool askSecretEveryTime = false; // never store the secret; ask for it once per session

    // A new profile with a fresh UUID id.
    static ConnectionProfile create(const QString& name);

    // The URLs to try: the Cloud ID's Elasticsearch URL first (when it decodes), then `urls`.
    QList<QUrl> effectiveUrls() const;
    // What is wrong, in words for people (translated); empty when the profile can be saved and used.
    QStringList validate() const;
    // Endpoint for effectiveUrls()[urlIndex] (an empty URL when out of range) with the TLS settings and timeout.
    // The client key passphrase is not in the profile: set endpoint.tls.clientKeyPassphrase yourself.
    EsEndpoint endpoint(int urlIndex = 0) const;
    // Endpoint over all effectiveUrls(), in order: the client falls back on the next one when a node cannot be
    // reached. Same TLS settings and timeout; the passphrase is not set either.
    EsEndpoint failoverEndpoint() const;

    // The secret the auth kind needs (Password, ApiKey, BearerToken), or nullopt for AuthKind::None.
    std::optional<SecretKind> secretKind() const;
    bool needsSecret() const { return secretKind().has_value(); }
    bool usesClientCertificate() const { return !clientCertificateFile.isEmpty() || !clientKeyFile.isEmpty(); }

    // Stable names for settings and the CLI: "none", "basic", "api-key", "bearer" / "none", "leader", "follower".
    static QString authKindName(AuthKind kind);
    static std::optional<AuthKind> authKindFromName(const QString& name);
    static QString roleName(ClusterRole role);
    static std::optional<ClusterRole> roleFromName(const QString& name);

    bool operator==(const ConnectionProfile& other) const = default;
};

} // namespace duper
