#pragma once

#include <QString>
#include <QStringList>

namespace duper {

// What ApiKeyRemoteSetup is asked to do: which alias, which key (made with these patterns, or the caller's), where
// the alias points and how the credential reaches the follower's nodes.
struct ApiKeyRemoteSetupSpec
{
    // Who writes cluster.remote.<alias>.credentials into the follower nodes' keystores.
    enum class Credential
    {
        Auto,     // the emulator when the follower is Duper's sandbox, else the user
        Emulator, // the sandbox's keystore stand-in (not an Elasticsearch API)
        Manual,   // the user runs `elasticsearch-keystore add` on each node, then calls keystoreDone()
    };

    QString alias;
    QStringList replication; // leader index patterns the new key may replicate
    QStringList search;      // and search (optional)
    QString keyName;         // the new key's name; empty = "duper-<alias>"
    QString expiration;      // the new key's lifetime, a time value such as "30d"; empty = it never expires
    // The encoded key the caller already keeps for this alias (e.g. in the keychain): reused, no key is created.
    // A secret: never logged or reported.
    QString existingKey;
    QString proxyAddress; // proxy mode on this host:port, or
    QStringList seeds;    // sniff mode on these; neither = the leader's remote cluster server address(es)
    Credential credential = Credential::Auto;
    bool keystoreDone = false;    // Manual: the user has already run the command on every node
    bool replaceExisting = false; // the alias may be switched away from a remote it is connected to now
    int verifyAttempts = 10;      // _remote/info is read this often until the alias connects ...
    int verifyIntervalMs = 500;   // ... this far apart

    QString effectiveKeyName() const { return keyName.isEmpty() ? QStringLiteral("duper-") + alias : keyName; }
    // For people, before any request: no alias, no access for a new key, a bad pattern or expiration for a new key,
    // both or bad addresses.
    QStringList problems() const;
};

} // namespace duper
