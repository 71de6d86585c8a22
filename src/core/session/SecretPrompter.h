#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/SecretKind.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace duper {

// What ClusterSessionOpener asks when it has no secret for a profile: which secret, of which connection, and why it
// has to ask.
struct SecretRequest
{
    enum class Reason
    {
        AskEveryTime,        // the profile keeps its secret out of the keychain on purpose
        NotStored,           // the keychain has no entry for it
        KeychainUnavailable, // the keychain could not be read (no Secret Service, locked, access denied, error)
    };

    ConnectionProfile profile;
    SecretKind kind = SecretKind::Password;
    Reason reason = Reason::AskEveryTime;
    // The keychain's own sentence for people (empty for AskEveryTime).
    QString detail;
};

// Gets a secret from the person using Duper: a dialog in the window, the environment or a hidden prompt in the CLI.
class SecretPrompter
{
public:
    // The secret, or nullopt when the user cancelled or none could be had; then `message` says why, for people.
    using Callback = std::function<void(const std::optional<QString>& secret, const QString& message)>;

    virtual ~SecretPrompter() = default;

    // Calls `done` exactly once, possibly before ask() returns, unless `context` is destroyed first.
    virtual void ask(const SecretRequest& request, QObject* context, Callback done) = 0;
};

} // namespace duper
