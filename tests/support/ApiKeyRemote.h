#pragma once

#include <QString>

namespace duper::sandbox {
class Sandbox;
}

namespace duper::test {

// Configures `alias` on the sandbox's follower as a remote cluster secured with a cross-cluster API key: a key
// issued by the leader (replication of every index), the follower's keystore holding it (loaded, as after
// reload_secure_settings) and the alias in proxy mode on the leader's remote cluster server address. With
// `validKey` false the keystore holds a credential the leader does not know: `cluster_credentials` is reported but
// the alias does not connect. Directly on the sandbox's objects, so no request is needed.
void addApiKeyRemote(sandbox::Sandbox& sandbox, const QString& alias, bool validKey = true);

} // namespace duper::test
