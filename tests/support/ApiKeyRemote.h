#pragma once

#include <QString>
#include <QStringList>

namespace duper::sandbox {
class Sandbox;
}

namespace duper::test {

// Configures `alias` on the sandbox's follower as a remote cluster secured with a cross-cluster API key: a key
// issued by the leader (replication of every index), the follower's keystore holding it (loaded, as after
// reload_secure_settings) and the alias in proxy mode on the leader's remote cluster server address. With
// `validKey` false the keystore holds a credential the leader does not know: `cluster_credentials` is reported but
// the alias does not connect. `replication` narrows the key's access.replication names. Directly on the sandbox's
// objects, so no request is needed. Returns the encoded key the keystore holds.
QString addApiKeyRemote(sandbox::Sandbox& sandbox, const QString& alias, bool validKey = true,
                        const QStringList& replication = {QStringLiteral("*")});

} // namespace duper::test
