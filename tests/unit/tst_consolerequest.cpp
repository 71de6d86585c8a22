// The request preview: Dev Tools text and curl command for a follow request.
#include "core/ccr/ConsoleRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace duper;

class ConsoleRequestTest : public QObject
{
    Q_OBJECT

private slots:
    void followPathBodyAndQuery();
    void followWithoutWaitHasNoQuery();
    void pathSegmentsArePercentEncoded();
    void curlQuotesAndNeverCarriesCredentials();
    void curlKeepsBaseUrlPrefix();
};

namespace {
FollowRequest sampleRequest()
{
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    request.parameters.maxReadRequestOperationCount = 1000;
    (void)request.parameters.setFromText(FollowParameter::MaxRetryDelay, QStringLiteral("2s"));
    return request;
}
} // namespace

void ConsoleRequestTest::followPathBodyAndQuery()
{
    const ConsoleRequest console =
        ConsoleRequest::follow(QStringLiteral("orders-copy"), sampleRequest(), QStringLiteral("1"));
    QCOMPARE(console.method, QStringLiteral("PUT"));
    QCOMPARE(console.path, QStringLiteral("/orders-copy/_ccr/follow?wait_for_active_shards=1"));
    const QJsonObject body = QJsonDocument::fromJson(console.body).object();
    QCOMPARE(body.value(QLatin1String("remote_cluster")).toString(), QStringLiteral("leader"));
    QCOMPARE(body.value(QLatin1String("leader_index")).toString(), QStringLiteral("orders"));
    QCOMPARE(body.value(QLatin1String("max_read_request_operation_count")).toInt(), 1000);
    QCOMPARE(body.value(QLatin1String("max_retry_delay")).toString(), QStringLiteral("2s"));
    const QString text = console.consoleText();
    QVERIFY(text.startsWith(QStringLiteral("PUT /orders-copy/_ccr/follow?wait_for_active_shards=1\n{")));
    QVERIFY(text.endsWith(QLatin1Char('}')));
    QVERIFY(text.contains(QStringLiteral("\"leader_index\": \"orders\"")));
}

void ConsoleRequestTest::followWithoutWaitHasNoQuery()
{
    FollowRequest request = sampleRequest();
    QCOMPARE(ConsoleRequest::follow(QStringLiteral("a"), request, std::nullopt).path, QStringLiteral("/a/_ccr/follow"));
    request.parameters.waitForActiveShards = QStringLiteral("all");
    QCOMPARE(ConsoleRequest::follow(QStringLiteral("a"), request, std::nullopt).path,
             QStringLiteral("/a/_ccr/follow?wait_for_active_shards=all"));
    // The explicit argument wins, as in CcrApi::follow.
    QCOMPARE(ConsoleRequest::follow(QStringLiteral("a"), request, QStringLiteral("0")).path,
             QStringLiteral("/a/_ccr/follow?wait_for_active_shards=0"));
}

void ConsoleRequestTest::pathSegmentsArePercentEncoded()
{
    const ConsoleRequest console = ConsoleRequest::follow(QStringLiteral("a+b%c/é"), sampleRequest(), std::nullopt);
    QVERIFY2(console.path.startsWith(QStringLiteral("/a%2Bb%25c%2F%C3%A9/_ccr/follow")), qPrintable(console.path));
}

void ConsoleRequestTest::curlQuotesAndNeverCarriesCredentials()
{
    FollowRequest request = sampleRequest();
    request.leaderIndex = QStringLiteral("it's");
    const ConsoleRequest console = ConsoleRequest::follow(QStringLiteral("copy"), request, QStringLiteral("1"));
    const QString curl = console.curlCommand(QUrl(QStringLiteral("https://elastic:s3cret@es.example:9200")));
    QVERIFY(!curl.contains(QStringLiteral("s3cret")));
    QVERIFY(!curl.contains(QStringLiteral("elastic:")));
    QVERIFY2(curl.contains(
                 QStringLiteral("curl -X PUT 'https://es.example:9200/copy/_ccr/follow?wait_for_active_shards=1'")),
             qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("-H 'Content-Type: application/json'")));
    // A single quote in the body is closed, escaped and reopened.
    QVERIFY2(curl.contains(QStringLiteral("\"leader_index\":\"it'\\''s\"")), qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("-u USER")));
}

void ConsoleRequestTest::curlKeepsBaseUrlPrefix()
{
    const ConsoleRequest console = ConsoleRequest::follow(QStringLiteral("copy"), sampleRequest(), std::nullopt);
    const QString curl = console.curlCommand(QUrl(QStringLiteral("http://proxy.local/es/")));
    QVERIFY2(curl.contains(QStringLiteral("'http://proxy.local/es/copy/_ccr/follow'")), qPrintable(curl));
}

QTEST_GUILESS_MAIN(ConsoleRequestTest)
#include "tst_consolerequest.moc"
