#include "ApiKeyRemote.h"

#include "sandbox/Sandbox.h"

namespace duper::test {

QString addApiKeyRemote(sandbox::Sandbox& sandbox, const QString& alias, bool validKey, const QStringList& replication)
{
    sandbox::CrossClusterApiKey key;
    key.id = QStringLiteral("key-%1").arg(alias);
    key.name = alias;
    key.secret = QStringLiteral("secret-%1").arg(alias);
    key.replication = replication;
    const QString encoded = validKey ? sandbox.leader().apiKeys().add(key).encoded()
                                     : QString::fromLatin1(QByteArrayLiteral("unknown:key").toBase64());
    sandbox::Cluster& follower = sandbox.follower();
    follower.keystore().store(QStringLiteral("cluster.remote.%1.credentials").arg(alias), encoded);
    follower.keystore().reload();
    follower.settings().setPersistent(QStringLiteral("cluster.remote.%1.mode").arg(alias), QStringLiteral("proxy"));
    follower.settings().setPersistent(QStringLiteral("cluster.remote.%1.proxy_address").arg(alias),
                                      sandbox.leader().remoteClusterServerAddress());
    return encoded;
}

} // namespace duper::test
