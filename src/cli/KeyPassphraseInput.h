#pragma once

#include "core/connections/ConnectionProfile.h"

#include <QString>
#include <optional>

namespace duper::cli {

class CommandContext;

// The passphrase of a profile's client key for `add-cluster`: asked only when the PEM key is encrypted, like the other
// secrets (a hidden prompt on a terminal, else the next line of stdin; never a command-line value), and checked by
// loading the key with it before anything is saved.
class KeyPassphraseInput
{
public:
    // Empty when the profile has no client key or the key is not encrypted; nullopt after a usage error (nothing
    // typed, or the key does not load: "The client key could not be read: wrong passphrase or not a PEM key").
    static std::optional<QString> read(CommandContext& context, const ConnectionProfile& profile);
};

} // namespace duper::cli
