#pragma once

#include "core/connections/SecretKind.h"

#include <QString>

namespace duper {

// Where the encoded cross-cluster API key of a remote cluster alias lives in the keychain: under the owner
// "remote-cluster.<alias>" (never a profile id, which are UUIDs) as an API key, so it is kept like every other
// secret — only in the OS keychain, never in settings, logs or on a command line.
struct CrossClusterKeySecret
{
    static QString ownerId(const QString& alias) { return QStringLiteral("remote-cluster.") + alias; }
    static constexpr SecretKind kind = SecretKind::ApiKey;
};

} // namespace duper
