// Cross-cluster API keys on the emulated leader over real sockets: the remote cluster server address in _nodes, the
// create / get / update / invalidate endpoints with Elasticsearch's answers and error bodies, and the core's typed
// SecurityApi against them.
#include "AwaitJob.h"
#include "SandboxFixture.h"
#include "core/es/EsClient.h"
#include "core/security/SecurityApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QTest>

using namespace duper;
using duper::test::SandboxFixture;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxCrossClusterKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nodesReportTheRemoteClusterServer();
    void createGetUpdateInvalidate();
    void badInputGetsElasticsearchErrors();
    void coreSecurityApiRoundTrip();

private:
    // Creates a key on the leader allowing `replication`; returns its answer.
    QJsonObject createKey(const QStringList& replication, const QString& expiration = {});

    std::unique_ptr<SandboxFixture> m_fixture;
};

void TestSandboxCrossClusterKeys::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void TestSandboxCrossClusterKeys::cleanup()
{
    m_fixture.reset();
}

QJsonObject TestSandboxCrossClusterKeys::createKey(const QStringList& replication, const QString& expiration)
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

void TestSandboxCrossClusterKeys::nodesReportTheRemoteClusterServer()
{
    const QString address = m_fixture->leader().remoteClusterServerAddress();
    QVERIFY(!address.isEmpty());
    QVERIFY(address != m_fixture->leader().transportAddress());
    const QJsonObject nodes = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_nodes"))).json();
    const QJsonObject node = nodes.value(QLatin1String("nodes")).toObject().begin()->toObject();
    const QJsonObject server = node.value(QLatin1String("remote_cluster_server")).toObject();
    QCOMPARE(server.value(QLatin1String("publish_address")).toString(), address);
    QCOMPARE(server.value(QLatin1String("bound_address")).toArray().at(0).toString(), address);
    // A real listening port.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(address.section(QLatin1Char(':'), 1).toUInt()));
    QVERIFY(probe.waitForConnected(2000));
}

void TestSandboxCrossClusterKeys::createGetUpdateInvalidate()
{
    const QJsonObject created = createKey({QStringLiteral("logs-*")}, QStringLiteral("30d"));
    const QString id = created.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value(QLatin1String("name")).toString(), QStringLiteral("dr-key"));
    QVERIFY(created.value(QLatin1String("expiration")).toInteger() > 0);
    QCOMPARE(QByteArray::fromBase64(created.value(QLatin1String("encoded")).toString().toLatin1()),
             (id + QLatin1Char(':') + created.value(QLatin1String("api_key")).toString()).toUtf8());

    QJsonObject key = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_security/api_key?id=") + id))
                          .json()
                          .value(QLatin1String("api_keys"))
                          .toArray()
                          .at(0)
                          .toObject();
    QCOMPARE(key.value(QLatin1String("type")).toString(), QStringLiteral("cross_cluster"));
    QCOMPARE(key.value(QLatin1String("invalidated")).toBool(true), false);
    QCOMPARE(key.value(QLatin1String("access"))
                 .toObject()
                 .value(QLatin1String("replication"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("names"))
                 .toArray()
                 .at(0)
                 .toString(),
             QStringLiteral("logs-*"));
    QVERIFY(!key.contains(QLatin1String("api_key"))); // the secret is never listed

    const QByteArray update = R"({"access":{"replication":[{"names":["archive"]}]}})";
    const auto updated =
        m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_security/cross_cluster/api_key/") + id), update);
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(QLatin1String("updated")).toBool(), true);
    // By name, too.
    key = m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_security/api_key?name=dr-key")))
              .json()
              .value(QLatin1String("api_keys"))
              .toArray()
              .at(0)
              .toObject();
    QCOMPARE(key.value(QLatin1String("id")).toString(), id);

    const QJsonObject ids{{QStringLiteral("ids"), QJsonArray{id}}};
    auto invalidated =
        m_fixture->request("DELETE", m_fixture->leaderUrl(QStringLiteral("/_security/api_key")), json(ids));
    QCOMPARE(invalidated.status, 200);
    QCOMPARE(invalidated.json().value(QLatin1String("invalidated_api_keys")).toArray(), QJsonArray{id});
    invalidated = m_fixture->request("DELETE", m_fixture->leaderUrl(QStringLiteral("/_security/api_key")), json(ids));
    QCOMPARE(invalidated.json().value(QLatin1String("previously_invalidated_api_keys")).toArray(), QJsonArray{id});
    QCOMPARE(invalidated.json().value(QLatin1String("error_count")).toInt(-1), 0);
}

void TestSandboxCrossClusterKeys::badInputGetsElasticsearchErrors()
{
    const QUrl create = m_fixture->leaderUrl(QStringLiteral("/_security/cross_cluster/api_key"));
    auto reply = m_fixture->post(create, R"({"name":"k","access":{}})");
    QCOMPARE(reply.status, 400);
    QJsonObject error = reply.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("illegal_argument_exception"));
    QCOMPARE(error.value(QLatin1String("reason")).toString(),
             QStringLiteral("must specify non-empty access for either [search] or [replication]"));
    QCOMPARE(reply.json().value(QLatin1String("status")).toInt(), 400);

    reply = m_fixture->post(create, R"({"access":{"replication":[{"names":["a"]}]}})");
    QCOMPARE(reply.status, 400);
    reply = m_fixture->post(create, R"({"name":"k","access":{"replication":[{"names":["a"]}]},"expiration":"3x"})");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("parse_exception"));
    reply = m_fixture->post(create, R"({"name":"k","role_descriptors":{}})");
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("unknown field [role_descriptors]"));

    reply = m_fixture->put(m_fixture->leaderUrl(QStringLiteral("/_security/cross_cluster/api_key/nope")), "{}");
    QCOMPARE(reply.status, 404);
    error = reply.json().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("resource_not_found_exception"));
    QCOMPARE(error.value(QLatin1String("reason")).toString(),
             QStringLiteral("no API key owned by requesting user found for ID [nope]"));

    // Unknown ids: no error, empty lists; no ids at all: a validation error.
    reply =
        m_fixture->request("DELETE", m_fixture->leaderUrl(QStringLiteral("/_security/api_key")), R"({"ids":["nope"]})");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(QLatin1String("invalidated_api_keys")).toArray().isEmpty());
    reply = m_fixture->request("DELETE", m_fixture->leaderUrl(QStringLiteral("/_security/api_key")), "{}");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QLatin1String("error")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("action_request_validation_exception"));
    QVERIFY(m_fixture->get(m_fixture->leaderUrl(QStringLiteral("/_security/api_key?id=nope")))
                .json()
                .value(QLatin1String("api_keys"))
                .toArray()
                .isEmpty());
}

void TestSandboxCrossClusterKeys::coreSecurityApiRoundTrip()
{
    QNetworkAccessManager network;
    EsEndpoint leaderEndpoint;
    leaderEndpoint.baseUrl = m_fixture->leaderUrl();
    EsClient leader(&network, leaderEndpoint, nullptr);
    EsEndpoint followerEndpoint;
    followerEndpoint.baseUrl = m_fixture->followerUrl();
    EsClient follower(&network, followerEndpoint, nullptr);
    SecurityApi leaderApi(&leader);
    SecurityApi followerApi(&follower);

    CrossClusterApiKeyRequest request;
    request.name = QStringLiteral("core-key");
    request.replication = {QStringLiteral("logs-*")};
    request.expiration = QStringLiteral("1d");
    auto created = test::await(leaderApi.createCrossClusterApiKey(request));
    QVERIFY(created && !created->hasError());
    const CreatedApiKey key = *created->result();
    QVERIFY(key.expirationMs);

    auto nodes = test::await(leaderApi.remoteClusterServerNodes());
    QVERIFY(nodes && !nodes->hasError());
    QCOMPARE(nodes->result()->serverAddresses(), QStringList{m_fixture->leader().remoteClusterServerAddress()});

    auto listed = test::await(leaderApi.apiKeys(key.id));
    QVERIFY(listed && !listed->hasError());
    QCOMPARE(listed->result()->crossClusterKeys().size(), 1);
    QCOMPARE(listed->result()->keys.first().replication, QStringList{QStringLiteral("logs-*")});

    CrossClusterApiKeyRequest narrower;
    narrower.replication = {QStringLiteral("logs-a*")};
    auto updated = test::await(leaderApi.updateCrossClusterApiKey(key.id, narrower));
    QVERIFY(updated && !updated->hasError());
    QCOMPARE(*updated->result(), true);

    m_fixture->follower().keystore().store(QStringLiteral("cluster.remote.secure.credentials"), key.encoded);
    auto reloaded = test::await(followerApi.reloadSecureSettings());
    QVERIFY(reloaded && !reloaded->hasError());
    QVERIFY(reloaded->result()->allReloaded());

    auto invalidated = test::await(leaderApi.invalidateApiKeys({key.id, QStringLiteral("unknown")}));
    QVERIFY(invalidated && !invalidated->hasError());
    QCOMPARE(invalidated->result()->invalidated, QStringList{key.id});

    auto missing = test::await(leaderApi.updateCrossClusterApiKey(QStringLiteral("unknown"), narrower));
    QVERIFY(missing && missing->hasError());
    QCOMPARE(missing->error().httpStatus(), 404);
}

QTEST_GUILESS_MAIN(TestSandboxCrossClusterKeys)
#include "tst_sandbox_crossclusterkeys.moc"
