// The typed requests and parsers for remote clusters with cross-cluster API keys, against the example bodies of
// Elastic's API documentation (create / get / invalidate API keys, reload secure settings, nodes info).

#include "core/security/ApiKeyRemoteSetupSpec.h"
#include "core/security/ApiKeysResponse.h"
#include "core/security/CreatedApiKey.h"
#include "core/security/CrossClusterApiKeyRequest.h"
#include "core/security/CrossClusterKeyAccess.h"
#include "core/security/CrossClusterKeySecret.h"
#include "core/security/InvalidateApiKeysResponse.h"
#include "core/security/ReloadSecureSettingsResponse.h"
#include "core/security/RemoteClusterServerNodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace duper;

class TestCrossClusterKeys : public QObject
{
    Q_OBJECT

private slots:
    void requestBodyForCreate();
    void requestBodyForUpdateHasNoName();
    void requestProblems();
    void parsesCreateAnswer();
    void createAnswerWithoutEncodedIsRebuilt();
    void createAnswerWithoutIdIsRefused();
    void parsesGetAnswer();
    void parsesEmptyGetAnswer();
    void parsesInvalidateAnswer();
    void parsesReloadAnswer();
    void reloadAnswerWithFailedNode();
    void parsesRemoteClusterServerAddress();
    void keychainOwnerIsPerAlias();
    void setupSpecChecksANewKeysPatternsAndExpiration();
    void keyAccessVerdicts();
};

void TestCrossClusterKeys::requestBodyForCreate()
{
    CrossClusterApiKeyRequest request;
    request.name = QStringLiteral("dr-key");
    request.replication = {QStringLiteral("logs-*"), QStringLiteral("metrics-*")};
    request.search = {QStringLiteral("logs-*")};
    request.expiration = QStringLiteral("90d");
    request.metadata = QJsonObject{{QStringLiteral("purpose"), QStringLiteral("ccr")}};
    const QJsonObject expected = QJsonDocument::fromJson(R"({"name": "dr-key",
        "access": {"replication": [{"names": ["logs-*", "metrics-*"]}], "search": [{"names": ["logs-*"]}]},
        "expiration": "90d", "metadata": {"purpose": "ccr"}})")
                                     .object();
    QCOMPARE(request.toJson(), expected);
    QVERIFY(request.problems().isEmpty());
}

void TestCrossClusterKeys::requestBodyForUpdateHasNoName()
{
    CrossClusterApiKeyRequest request;
    request.name = QStringLiteral("ignored");
    request.replication = {QStringLiteral("archive")};
    request.metadata = QJsonObject{{QStringLiteral("application"), QStringLiteral("replication")}};
    const QJsonObject expected = QJsonDocument::fromJson(
                                     R"({"access": {"replication": [{"names": ["archive"]}]},
                                         "metadata": {"application": "replication"}})")
                                     .object();
    QCOMPARE(request.toJson(false), expected);
}

void TestCrossClusterKeys::requestProblems()
{
    CrossClusterApiKeyRequest request;
    QCOMPARE(request.problems().size(), 2); // no name, no access
    request.name = QStringLiteral("k");
    request.replication = {QStringLiteral("leader:logs-*")};
    QCOMPARE(request.problems().size(), 1); // a remote-qualified pattern is not a leader index pattern
    request.replication = {QStringLiteral("logs-*")};
    request.expiration = QStringLiteral("30 fortnights");
    QCOMPARE(request.problems().size(), 1);
    QVERIFY(request.problems().first().contains(QLatin1String("expiration")));
    request.expiration = QStringLiteral("30d");
    QVERIFY(request.problems().isEmpty());
}

void TestCrossClusterKeys::parsesCreateAnswer()
{
    // The example answer of the create cross-cluster API key documentation.
    const QByteArray body = R"({
      "id": "VuaCfGcBCdbkQm-e5aOx",
      "name": "my-cross-cluster-api-key",
      "expiration": 1544068612110,
      "api_key": "ui2lp2axTNmsyakw9tvNnw",
      "encoded": "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw=="
    })";
    QString error;
    const auto key = CreatedApiKey::parse(body, &error);
    QVERIFY2(key, qPrintable(error));
    QCOMPARE(key->id, QStringLiteral("VuaCfGcBCdbkQm-e5aOx"));
    QCOMPARE(key->name, QStringLiteral("my-cross-cluster-api-key"));
    QCOMPARE(key->expirationMs, std::optional<qint64>(1544068612110));
    QCOMPARE(QByteArray::fromBase64(key->encoded.toLatin1()),
             QByteArray("VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw"));
}

void TestCrossClusterKeys::createAnswerWithoutEncodedIsRebuilt()
{
    const auto key = CreatedApiKey::parse(R"({"id":"abc","name":"k","api_key":"secret"})");
    QVERIFY(key);
    QCOMPARE(key->encoded, QString::fromLatin1(QByteArray("abc:secret").toBase64()));
    QVERIFY(!key->expirationMs);
}

void TestCrossClusterKeys::createAnswerWithoutIdIsRefused()
{
    QString error;
    QVERIFY(!CreatedApiKey::parse(R"({"name":"k"})", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CreatedApiKey::parse(R"({"id": 5, "api_key": "x"})", &error));
    QVERIFY(error.contains(QLatin1String("id")));
}

void TestCrossClusterKeys::parsesGetAnswer()
{
    // Shaped as the get API key documentation's cross-cluster example (role_descriptors shortened).
    const QByteArray body = R"({"api_keys": [{
        "id": "VuaCfGcBCdbkQm-e5aOx", "name": "my-cross-cluster-api-key", "type": "cross_cluster",
        "creation": 1548550550158, "expiration": 1548551550158, "invalidated": false,
        "username": "myuser", "realm": "native1", "realm_type": "native",
        "metadata": {"application": "replication"},
        "role_descriptors": {"cross_cluster": {"cluster": ["cross_cluster_replication"], "indices": []}},
        "access": {"replication": [{"names": ["archive*"]}], "search": [{"names": ["logs*"]}, {"names": ["m"]}]}},
      {"id": "rest1", "name": "rest", "creation": 1, "invalidated": true, "username": "u", "realm": "r"}]})";
    QString error;
    const auto response = ApiKeysResponse::parse(body, &error);
    QVERIFY2(response, qPrintable(error));
    QCOMPARE(response->keys.size(), 2);
    const QList<ApiKeyInfo> cross = response->crossClusterKeys();
    QCOMPARE(cross.size(), 1);
    const ApiKeyInfo& key = cross.first();
    QCOMPARE(key.id, QStringLiteral("VuaCfGcBCdbkQm-e5aOx"));
    QCOMPARE(key.creationMs, qint64(1548550550158));
    QCOMPARE(key.expirationMs, std::optional<qint64>(1548551550158));
    QCOMPARE(key.replication, QStringList{QStringLiteral("archive*")});
    QCOMPARE(key.search, (QStringList{QStringLiteral("logs*"), QStringLiteral("m")}));
    QCOMPARE(key.metadata.value(QLatin1String("application")).toString(), QStringLiteral("replication"));
    QVERIFY(key.expiredAt(1548551550158));
    QVERIFY(!key.expiredAt(1548551550157));
    QCOMPARE(response->keys.at(1).type, QStringLiteral("rest")); // no type: a REST key (before 8.10)
    QVERIFY(response->keys.at(1).invalidated);
}

void TestCrossClusterKeys::parsesEmptyGetAnswer()
{
    const auto response = ApiKeysResponse::parse(R"({"api_keys":[]})");
    QVERIFY(response);
    QVERIFY(response->keys.isEmpty());
    QString error;
    QVERIFY(!ApiKeysResponse::parse(R"({"api_keys":{}})", &error));
    QVERIFY(error.contains(QLatin1String("api_keys")));
}

void TestCrossClusterKeys::parsesInvalidateAnswer()
{
    // The invalidate API key documentation's example answer.
    const QByteArray body = R"({
      "invalidated_api_keys": ["api-key-id-1"], "previously_invalidated_api_keys": ["api-key-id-2"],
      "error_count": 2,
      "error_details": [
        {"type": "exception", "reason": "error occurred while invalidating api keys",
         "caused_by": {"type": "illegal_argument_exception", "reason": "invalid api key id"}},
        {"type": "exception", "reason": "error occurred while invalidating api keys"}]})";
    const auto response = InvalidateApiKeysResponse::parse(body);
    QVERIFY(response);
    QCOMPARE(response->invalidated, QStringList{QStringLiteral("api-key-id-1")});
    QCOMPARE(response->previouslyInvalidated, QStringList{QStringLiteral("api-key-id-2")});
    QCOMPARE(response->errorCount, 2);
    QCOMPARE(response->errorReasons.size(), 2);
}

void TestCrossClusterKeys::parsesReloadAnswer()
{
    // The reload secure settings documentation's example answer.
    const QByteArray body = R"({"_nodes": {"total": 1, "successful": 1, "failed": 0}, "cluster_name": "my_cluster",
                               "nodes": {"pQHNt5rXTTWNvUgOrdynKg": {"name": "node-0"}}})";
    const auto response = ReloadSecureSettingsResponse::parse(body);
    QVERIFY(response);
    QCOMPARE(response->total, 1);
    QCOMPARE(response->clusterName, QStringLiteral("my_cluster"));
    QCOMPARE(response->nodes.size(), 1);
    QCOMPARE(response->nodes.first().id, QStringLiteral("pQHNt5rXTTWNvUgOrdynKg"));
    QCOMPARE(response->nodes.first().name, QStringLiteral("node-0"));
    QVERIFY(response->allReloaded());
}

void TestCrossClusterKeys::reloadAnswerWithFailedNode()
{
    const QByteArray body = R"({"_nodes": {"total": 2, "successful": 2, "failed": 0}, "cluster_name": "c",
        "nodes": {"b": {"name": "node-1", "reload_exception": {"type": "security_exception",
                        "reason": "Provided keystore password was incorrect"}},
                  "a": {"name": "node-0"}}})";
    const auto response = ReloadSecureSettingsResponse::parse(body);
    QVERIFY(response);
    QVERIFY(!response->allReloaded());
    QCOMPARE(response->nodes.at(0).name, QStringLiteral("node-0"));
    QVERIFY(response->nodes.at(0).reloaded());
    QCOMPARE(response->nodes.at(1).failureType, QStringLiteral("security_exception"));
}

void TestCrossClusterKeys::parsesRemoteClusterServerAddress()
{
    const QByteArray body = R"({"_nodes": {"total": 2, "successful": 2, "failed": 0}, "cluster_name": "leader",
        "nodes": {
          "n1": {"name": "es-1", "transport_address": "10.0.0.1:9300",
                 "remote_cluster_server": {"bound_address": ["[::]:9443"], "publish_address": "10.0.0.1:9443"}},
          "n0": {"name": "es-0", "transport": {"publish_address": "10.0.0.0:9300"}}}})";
    QString error;
    const auto response = RemoteClusterServerNodes::parse(body, &error);
    QVERIFY2(response, qPrintable(error));
    QCOMPARE(response->nodes.size(), 2);
    QCOMPARE(response->nodes.at(0).name, QStringLiteral("es-0"));
    QCOMPARE(response->nodes.at(0).transportAddress, QStringLiteral("10.0.0.0:9300"));
    QVERIFY(response->nodes.at(0).serverAddress.isEmpty());
    QCOMPARE(response->serverAddresses(), QStringList{QStringLiteral("10.0.0.1:9443")});
}

void TestCrossClusterKeys::keychainOwnerIsPerAlias()
{
    QCOMPARE(CrossClusterKeySecret::ownerId(QStringLiteral("leader")), QStringLiteral("remote-cluster.leader"));
    QVERIFY(CrossClusterKeySecret::ownerId(QStringLiteral("a")) != CrossClusterKeySecret::ownerId(QStringLiteral("b")));
}

void TestCrossClusterKeys::setupSpecChecksANewKeysPatternsAndExpiration()
{
    ApiKeyRemoteSetupSpec spec;
    spec.alias = QStringLiteral("secure");
    spec.replication = {QStringLiteral("logs-*")};
    spec.expiration = QStringLiteral("30d");
    QVERIFY(spec.problems().isEmpty());
    spec.replication = {QStringLiteral("leader:logs-*")};
    QCOMPARE(spec.problems().size(), 1);
    QVERIFY(spec.problems().first().contains(QLatin1String("leader:logs-*")));
    spec.replication = {QStringLiteral("logs-*")};
    spec.expiration = QStringLiteral("soon");
    QCOMPARE(spec.problems().size(), 1);
    QVERIFY(spec.problems().first().contains(QLatin1String("expiration")));
    // A kept key is reused as it is: the patterns and expiration of a new key do not matter.
    spec.existingKey = QStringLiteral("a2V5");
    spec.replication = {QStringLiteral("leader:logs-*")};
    QVERIFY(spec.problems().isEmpty());
}

void TestCrossClusterKeys::keyAccessVerdicts()
{
    ApiKeyInfo key;
    key.id = QStringLiteral("k1");
    key.type = QStringLiteral("cross_cluster");
    key.replication = {QStringLiteral("logs-*"), QStringLiteral("metrics")};
    const QStringList wanted{QStringLiteral("logs-*"), QStringLiteral("logs-app")};
    const qint64 now = 1'700'000'000'000;

    CrossClusterKeyAccess::Verdict verdict = CrossClusterKeyAccess::judge(&key, wanted, now);
    QVERIFY(verdict.usable);
    QVERIFY2(verdict.text.contains(QLatin1String("logs-*, metrics")), qPrintable(verdict.text));
    QVERIFY(verdict.text.contains(QLatin1String("never expires")));

    key.search = {QStringLiteral("audit")};
    key.expirationMs = now + 86'400'000;
    verdict = CrossClusterKeyAccess::judge(&key, wanted, now);
    QVERIFY(verdict.usable);
    QVERIFY(verdict.text.contains(QLatin1String("searching audit")));
    QVERIFY(verdict.text.contains(QLatin1String("valid until")));

    // A pattern outside the key's replication access is named: following it is refused.
    verdict = CrossClusterKeyAccess::judge(&key, {QStringLiteral("logs-*"), QStringLiteral("orders")}, now);
    QVERIFY(!verdict.usable);
    QVERIFY2(verdict.text.contains(QLatin1String("not orders")), qPrintable(verdict.text));

    QVERIFY(!CrossClusterKeyAccess::judge(&key, wanted, now + 86'400'000).usable); // expired
    key.expirationMs.reset();
    key.invalidated = true;
    verdict = CrossClusterKeyAccess::judge(&key, wanted, now);
    QVERIFY(!verdict.usable);
    QVERIFY(verdict.text.contains(QLatin1String("invalidated")));
    key.invalidated = false;
    key.type = QStringLiteral("rest");
    QVERIFY(!CrossClusterKeyAccess::judge(&key, wanted, now).usable);
    verdict = CrossClusterKeyAccess::judge(nullptr, wanted, now);
    QVERIFY(!verdict.usable);
    QVERIFY(verdict.text.contains(QLatin1String("does not know")));
}

QTEST_GUILESS_MAIN(TestCrossClusterKeys)
#include "tst_crossclusterkeys.moc"
