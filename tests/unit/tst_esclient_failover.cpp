#include "AwaitJob.h"
#include "ScriptedHttpServer.h"
#include "core/connections/ConnectionProfile.h"
#include "core/es/EsClient.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace duper;
using duper::test::await;
using duper::test::ScriptedHttpServer;
using duper::test::ScriptedResponse;

// EsClient with several node URLs: a request that cannot reach a node goes to the next one; an answer, even an
// error status, is final; the URL that answered last is where the next request starts.
class EsClientFailoverTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedFirstUrlFallsBackToSecond();
    void nonIdempotentRequestIsRetriedWhenNeverSent();
    void allUrlsRefusedNamesEveryUrl();
    void httpErrorIsNotRetried();
    void closedAfterRequestIsNotRetried();
    void workingUrlIsSticky();
    void profileEndpointCarriesAllUrls();

private:
    static QUrl refusedUrl()
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ScriptedHttpServer::unusedPort()));
    }

    EsClient* client(const QList<QUrl>& urls)
    {
        EsEndpoint endpoint;
        endpoint.setUrls(urls);
        endpoint.transferTimeoutMs = 5000;
        m_client = std::make_unique<EsClient>(m_manager.get(), endpoint);
        return m_client.get();
    }

    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<EsClient> m_client;
};

void EsClientFailoverTest::init()
{
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
}

void EsClientFailoverTest::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_manager.reset();
}

void EsClientFailoverTest::refusedFirstUrlFallsBackToSecond()
{
    m_server->enqueue(ScriptedResponse::json(200, R"({"ok":true})"));
    EsClient* es = client({refusedUrl(), m_server->url()});
    auto job = await(es->send(EsRequest::get({QStringLiteral("_cluster"), QStringLiteral("health")})));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->body(), QByteArray(R"({"ok":true})"));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, QByteArray("/_cluster/health"));
    QCOMPARE(es->currentUrl(), m_server->url());
}

void EsClientFailoverTest::nonIdempotentRequestIsRetriedWhenNeverSent()
{
    m_server->enqueue(ScriptedResponse::json(200, R"({"acknowledged":true})"));
    EsClient* es = client({refusedUrl(), m_server->url()});
    const EsRequest pause =
        EsRequest::post({QStringLiteral("idx"), QStringLiteral("_ccr"), QStringLiteral("pause_follow")});
    auto job = await(es->send(pause));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().method, QByteArray("POST"));
}

void EsClientFailoverTest::allUrlsRefusedNamesEveryUrl()
{
    const QUrl first = refusedUrl();
    const QUrl second = QUrl(QStringLiteral("http://localhost:%1").arg(ScriptedHttpServer::unusedPort()));
    EsClient* es = client({first, second});
    auto job = await(es->send(EsRequest::get({})));
    QCOMPARE(job->error().kind(), EsError::Kind::ConnectionRefused);
    QCOMPARE(job->error().failedUrls().size(), 2);
    const QString message = job->error().userMessage();
    QVERIFY2(message.contains(QStringLiteral("None of the 2 URLs")), qPrintable(message));
    QVERIFY2(message.contains(first.toString()), qPrintable(message));
    QVERIFY2(message.contains(second.toString()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nothing is listening")), qPrintable(message));
}

void EsClientFailoverTest::httpErrorIsNotRetried()
{
    auto second = std::make_unique<ScriptedHttpServer>();
    QVERIFY(second->listen());
    second->setDefaultResponse(ScriptedResponse::json(200, R"({})"));
    m_server->enqueue(ScriptedResponse::json(503, R"({"error":{"type":"x","reason":"busy"},"status":503})"));
    EsClient* es = client({m_server->url(), second->url()});
    auto job = await(es->send(EsRequest::get({})));
    QCOMPARE(job->error().kind(), EsError::Kind::Http);
    QCOMPARE(job->httpStatus(), 503);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(second->requests().size(), 0);
    QCOMPARE(es->currentUrl(), m_server->url()); // it answered: still the node to use
}

void EsClientFailoverTest::closedAfterRequestIsNotRetried()
{
    auto second = std::make_unique<ScriptedHttpServer>();
    QVERIFY(second->listen());
    second->setDefaultResponse(ScriptedResponse::json(200, R"({})"));
    m_server->setDefaultResponse(ScriptedResponse::close());
    EsClient* es = client({m_server->url(), second->url()});
    // The request went out: the first node may have acted on it, so it must not be sent twice.
    const EsRequest unfollow =
        EsRequest::post({QStringLiteral("idx"), QStringLiteral("_ccr"), QStringLiteral("unfollow")});
    auto job = await(es->send(unfollow));
    QVERIFY(job->hasError());
    QCOMPARE(second->requests().size(), 0);
}

void EsClientFailoverTest::workingUrlIsSticky()
{
    m_server->setDefaultResponse(ScriptedResponse::json(200, R"({})"));
    const quint16 port = ScriptedHttpServer::unusedPort();
    const QUrl firstUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    EsClient* es = client({firstUrl, m_server->url()});
    QCOMPARE(es->currentUrl(), firstUrl);
    auto first = await(es->send(EsRequest::get({})));
    QVERIFY2(!first->hasError(), qPrintable(first->error().userMessage()));
    QCOMPARE(es->currentUrlIndex(), 1);
    QCOMPARE(es->urlFor(EsRequest::get({QStringLiteral("x")})).port(), int(m_server->port()));

    // The first node comes back: requests still start at the one that worked, so it sees no connection.
    QTcpServer revived;
    QVERIFY(revived.listen(QHostAddress::LocalHost, port));
    int connections = 0;
    connect(&revived, &QTcpServer::newConnection, this, [&connections] { ++connections; });
    for (int i = 0; i < 2; ++i) {
        auto job = await(es->send(EsRequest::get({})));
        QVERIFY(!job->hasError());
    }
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(connections, 0);
}

void EsClientFailoverTest::profileEndpointCarriesAllUrls()
{
    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("dc1"));
    profile.urls = {QUrl(QStringLiteral("https://a:9200")), QUrl(QStringLiteral("https://b:9200")),
                    QUrl(QStringLiteral("https://c:9200"))};
    const EsEndpoint endpoint = profile.failoverEndpoint();
    QCOMPARE(endpoint.baseUrl, profile.urls.first());
    QCOMPARE(endpoint.urls(), profile.urls);
    QCOMPARE(profile.endpoint(1).urls(), QList<QUrl>{profile.urls.at(1)}); // one URL, as the tester uses it
}

QTEST_GUILESS_MAIN(EsClientFailoverTest)
#include "tst_esclient_failover.moc"
