// A remote cluster secured with a cross-cluster API key, over real sockets: the follower's keystore (emulator-only
// endpoint) and reload_secure_settings, `cluster_credentials` in _remote/info, and the leader enforcing the key — an
// allowed index follows, another is refused with a security_exception, invalidation and expiry break replication
// visibly. The certificate remote on the transport address keeps working alongside.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace duper;
using duper::test::SandboxFixture;

namespace {

const QString kAlias = QStringLiteral("secure");

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxApiKeyRemote : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aliasConnectsOnlyAfterReloadWithValidKey();
    void keystoreEndpointTakesOnlyRemoteCredentials();
    void allowedIndexFollowsOtherIsRefused();
    void invalidationBreaksReplication();
    void expiredKeyDisconnects();

private:
    // Creates a key on the leader allowing `replication`; returns its answer.
    QJsonObject createKey(const QStringList& replication, const QString& expiration = {});
    // Configures kAlias on the follower in proxy mode on the leader's server address, stores `encoded` in the
    // keystore (the emulator-only endpoint) and reloads.
    void connectWith(const QString& encoded);
    QJsonObject remoteInfo() { return m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_remote/info"))).json(); }
    QJsonObject firstShard(const QString& follower);

    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestSandboxApiKeyRemote::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void TestSandboxApiKeyRemote::cleanup()
{
    m_fixture.reset();
}

QJsonObject TestSandboxApiKeyRemote::createKey(const QStringList& replication, const QString& expiration)
{
    QJsonObject body{
        {QStringLiteral("name"), QStringLiteral("dr-key")},
        {QStringLiteral("access"),
         QJsonObject{{QStringLiteral("replication"),
                      QJsonArray{QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(replication)}}}}}},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("purpose"), QStringLiteral("ccr")}}}};
    if (!expiration.isEmpty())
        body.insert(QStringLiteral("expiration"), expiration);
    const auto reply =
        m_fixture->post(m_fixture->leaderUrl(QStringLiteral("/_security/cross_cluster/api_key")), json(body));
    if (reply.status != 200)
        qWarning("create key: %d %s", reply.status, reply.body.constData());
    return reply.json();
}

void TestSandboxApiKeyRemote::connectWith(const QString& encoded)
{
    const QJsonObject settings{
        {QStringLiteral("persistent"),
         QJsonObject{{QStringLiteral("cluster.remote.%1.mode").arg(kAlias), QStringLiteral("proxy")},
                     {QStringLiteral("cluster.remote.%1.proxy_address").arg(kAlias),
                      m_fixture->leader().remoteClusterServerAddress()}}}};
    QCOMPARE(m_fixture->put(m_fixture->followerUrl(QStringLiteral("/_cluster/settings")), json(settings)).status, 200);
    const QJsonObject value{{QStringLiteral("value"), encoded}};
    QCOMPARE(m_fixture
                 ->post(m_fixture->followerUrl(
                            QStringLiteral("/_sandbox/keystore/cluster.remote.%1.credentials").arg(kAlias)),
                        json(value))
                 .status,
             200);
    QCOMPARE(m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_nodes/reload_secure_settings"))).status, 200);
}

QJsonObject TestSandboxApiKeyRemote::firstShard(const QString& follower)
{
    return m_fixture->get(m_fixture->followerUrl(QStringLiteral("/%1/_ccr/stats").arg(follower)))
        .json()
        .value(QLatin1String("indices"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("shards"))
        .toArray()
        .at(0)
        .toObject();
}

void TestSandboxApiKeyRemote::aliasConnectsOnlyAfterReloadWithValidKey()
{
    const QString encoded = createKey({QStringLiteral("logs-*")}).value(QLatin1String("encoded")).toString();
    const QJsonObject settings{
        {QStringLiteral("persistent"),
         QJsonObject{{QStringLiteral("cluster.remote.%1.mode").arg(kAlias), QStringLiteral("proxy")},
                     {QStringLiteral("cluster.remote.%1.proxy_address").arg(kAlias),
                      m_fixture->leader().remoteClusterServerAddress()}}}};
    QCOMPARE(m_fixture->put(m_fixture->followerUrl(QStringLiteral("/_cluster/settings")), json(settings)).status, 200);
    QJsonObject remote = remoteInfo().value(kAlias).toObject();
    QCOMPARE(remote.value(QLatin1String("connected")).toBool(true), false); // no credential
    QVERIFY(!remote.contains(QLatin1String("cluster_credentials")));

    // A wrong key, stored and reloaded: still not connected, though the credential is configured.
    const QUrl keystore =
        m_fixture->followerUrl(QStringLiteral("/_sandbox/keystore/cluster.remote.%1.credentials").arg(kAlias));
    QCOMPARE(m_fixture->post(keystore, R"({"value":"bm9wZTpub3Bl"})").status, 200);
    m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_nodes/reload_secure_settings")));
    remote = remoteInfo().value(kAlias).toObject();
    QCOMPARE(remote.value(QLatin1String("connected")).toBool(true), false);
    QCOMPARE(remote.value(QLatin1String("cluster_credentials")).toString(), QStringLiteral("::es_redacted::"));

    // The right key: stored, but only in force after the reload.
    QCOMPARE(m_fixture->post(keystore, json(QJsonObject{{QStringLiteral("value"), encoded}})).status, 200);
    QCOMPARE(remoteInfo().value(kAlias).toObject().value(QLatin1String("connected")).toBool(true), false);
    const auto reload = m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_nodes/reload_secure_settings")));
    QCOMPARE(reload.status, 200);
    const QJsonObject summary = reload.json().value(QLatin1String("_nodes")).toObject();
    QCOMPARE(summary.value(QLatin1String("successful")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("failed")).toInt(-1), 0);
    QCOMPARE(reload.json().value(QLatin1String("cluster_name")).toString(), m_fixture->follower().clusterName());
    QCOMPARE(reload.json()
                 .value(QLatin1String("nodes"))
                 .toObject()
                 .value(m_fixture->follower().nodeId())
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             m_fixture->follower().nodeName());
    remote = remoteInfo().value(kAlias).toObject();
    QCOMPARE(remote.value(QLatin1String("connected")).toBool(), true);
    QCOMPARE(remote.value(QLatin1String("mode")).toString(), QStringLiteral("proxy"));
    QCOMPARE(remote.value(QLatin1String("cluster_credentials")).toString(), QStringLiteral("::es_redacted::"));
    QVERIFY(!reload.body.contains(encoded.toLatin1()));

    // The certificate remote on the transport address is untouched.
    const QJsonObject certificate = remoteInfo().value(QStringLiteral("leader")).toObject();
    QCOMPARE(certificate.value(QLatin1String("connected")).toBool(), true);
    QVERIFY(!certificate.contains(QLatin1String("cluster_credentials")));
}

void TestSandboxApiKeyRemote::keystoreEndpointTakesOnlyRemoteCredentials()
{
    const auto reply =
        m_fixture->post(m_fixture->followerUrl(QStringLiteral("/_sandbox/keystore/s3.client.key")), R"({"value":"x"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(m_fixture->del(m_fixture->followerUrl(QStringLiteral("/_sandbox/keystore/cluster.remote.x.credentials")))
                 .status,
             404);
}

void TestSandboxApiKeyRemote::allowedIndexFollowsOtherIsRefused()
{
    m_fixture->createLeaderIndex(QStringLiteral("logs-1"));
    m_fixture->createLeaderIndex(QStringLiteral("secret-1"));
    m_fixture->indexLeaderDocuments(QStringLiteral("logs-1"), 5);
    connectWith(createKey({QStringLiteral("logs-*")}).value(QLatin1String("encoded")).toString());

    const QByteArray allowed = R"({"remote_cluster":"secure","leader_index":"logs-1"})";
    auto reply = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/logs-1-copy/_ccr/follow")), allowed);
    QCOMPARE(reply.status, 200);
    m_fixture->advance(2);
    QCOMPARE(firstShard(QStringLiteral("logs-1-copy")).value(QLatin1String("follower_global_checkpoint")).toInt(), 4);

    const QByteArray denied = R"({"remote_cluster":"secure","leader_index":"secret-1"})";
    reply = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/secret-1-copy/_ccr/follow")), denied);
    QCOMPARE(reply.status, 403);
    const QJsonObject error = reply.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("security_exception"));
    QVERIFY(error.value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("towards remote cluster is unauthorized")));
    QVERIFY(error.value(QLatin1String("reason")).toString().contains(QLatin1String("on indices [secret-1]")));
    QCOMPARE(
        error.value(QLatin1String("root_cause")).toArray().at(0).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("security_exception"));
    QCOMPARE(reply.json().value(QLatin1String("status")).toInt(), 403);
    QVERIFY(!m_fixture->follower().index(QStringLiteral("secret-1-copy")));
    // Through the certificate remote the same index follows: the key, not the index, refused it.
    reply = m_fixture->put(m_fixture->followerUrl(QStringLiteral("/secret-1-copy/_ccr/follow")),
                           R"({"remote_cluster":"leader","leader_index":"secret-1"})");
    QCOMPARE(reply.status, 200);
}

void TestSandboxApiKeyRemote::invalidationBreaksReplication()
{
    m_fixture->createLeaderIndex(QStringLiteral("logs-1"));
    const QJsonObject key = createKey({QStringLiteral("logs-*")});
    connectWith(key.value(QLatin1String("encoded")).toString());
    QCOMPARE(m_fixture
                 ->put(m_fixture->followerUrl(QStringLiteral("/logs-1-copy/_ccr/follow")),
                       R"({"remote_cluster":"secure","leader_index":"logs-1"})")
                 .status,
             200);
    m_fixture->indexLeaderDocuments(QStringLiteral("logs-1"), 3);
    m_fixture->advance(2);
    QVERIFY(firstShard(QStringLiteral("logs-1-copy")).value(QLatin1String("read_exceptions")).toArray().isEmpty());

    const QJsonObject ids{{QStringLiteral("ids"), QJsonArray{key.value(QLatin1String("id"))}}};
    QCOMPARE(m_fixture->request("DELETE", m_fixture->leaderUrl(QStringLiteral("/_security/api_key")), json(ids)).status,
             200);
    QCOMPARE(remoteInfo().value(kAlias).toObject().value(QLatin1String("connected")).toBool(true), false);
    m_fixture->indexLeaderDocuments(QStringLiteral("logs-1"), 3);
    m_fixture->advance(3);
    const QJsonObject shard = firstShard(QStringLiteral("logs-1-copy"));
    QCOMPARE(shard.value(QLatin1String("follower_global_checkpoint")).toInt(), 2); // nothing new arrives
    QCOMPARE(shard.value(QLatin1String("failed_read_requests")).toInt(), 3);
    QCOMPARE(shard.value(QLatin1String("read_exceptions")).toArray().size(), 1);
    // Following more through the alias now fails as for any unreachable remote.
    QVERIFY(m_fixture
                ->put(m_fixture->followerUrl(QStringLiteral("/logs-2-copy/_ccr/follow")),
                      R"({"remote_cluster":"secure","leader_index":"logs-1"})")
                .status >= 500);
}

void TestSandboxApiKeyRemote::expiredKeyDisconnects()
{
    m_fixture->createLeaderIndex(QStringLiteral("logs-1"));
    connectWith(
        createKey({QStringLiteral("logs-*")}, QStringLiteral("50ms")).value(QLatin1String("encoded")).toString());
    QCOMPARE(remoteInfo().value(kAlias).toObject().value(QLatin1String("connected")).toBool(), true);
    QCOMPARE(m_fixture
                 ->put(m_fixture->followerUrl(QStringLiteral("/logs-1-copy/_ccr/follow")),
                       R"({"remote_cluster":"secure","leader_index":"logs-1"})")
                 .status,
             200);
    m_fixture->advance(60); // 1 simulated ms per step without a tick interval
    QCOMPARE(remoteInfo().value(kAlias).toObject().value(QLatin1String("connected")).toBool(true), false);
    QVERIFY(!firstShard(QStringLiteral("logs-1-copy")).value(QLatin1String("read_exceptions")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxApiKeyRemote)
#include "tst_sandbox_apikey_remote.moc"
