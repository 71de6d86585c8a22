#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/SecretKind.h"

#include <QString>

namespace duper::cli {

class CommandContext;

// Writes a profile's secret to the keychain for the config commands (add-cluster, config import), waiting for the
// answer, and says so plainly when the keychain cannot take it. Secrets never go anywhere else.
class ProfileSecretWriter
{
public:
    // The password / API key / token of profile.secretKind(). When the keychain cannot take it, says so and marks
    // the profile "ask every time" (saved again). True when the secret is in the keychain.
    static bool storeSecret(CommandContext& context, ConnectionProfile& profile, const QString& secret);
    // The client key passphrase. When the keychain cannot take it, says so: commands then fail to read the key.
    static bool storeKeyPassphrase(CommandContext& context, const ConnectionProfile& profile,
                                   const QString& passphrase);

private:
    static QString write(CommandContext& context, const QString& profileId, SecretKind kind, const QString& secret);
};

} // namespace duper::cli
