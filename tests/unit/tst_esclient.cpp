#include "ScriptedHttpServer.h"
#include "TestCertificates.h"
#include "TestPaths.h"
#include "core/es/EsClient.h"
#include "core/es/StaticCredentialProvider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using namespace duper;
using duper::test::ScriptedHttpServer;
using duper::test::ScriptedResponse;
using namespace duper::test;

namespace {

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

QByteArray readExample(const QString& relative)
{
    const QString dir = duper::test::esExamplesDir();
    if (dir.isEmpty())
        return {};
    QFile file(dir + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Keeps the job (the client owns it) and waits for its finished() (up to `ms`); returns how often it fired.
int waitFinished(EsJob* job, int ms = 5000)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &EsJob::finished);
    if (!job->isFinished())
        spy.wait(ms);
    return static_cast<int>(spy.count());
}

} // namespace

class EsClientTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void successJsonIsParsedAndRequestIsWellFormed();
    void jsonBodyIsSentWithContentType();
    void malformedJsonIsMalformedResponse();
    void truncatedBodyIsMalformedResponse();
    void silentServerTimesOut();
    void connectionRefusedNamesHostAndPort();
    void httpErrorsAreMapped_data();
    void httpErrorsAreMapped();
    void nonElasticsearchErrorBodyIsKeptRaw();
    void httpsToPlainServerIsTlsErrorNotHang();
    void unreadableCaFileFailsAsConfiguration();
    void tlsSelfSignedIsUntrusted();
    void tlsTrustedThroughCaFile();
    void tlsVerifyOffAcceptsAnyCertificate();
    void tlsHostnameMismatch();
    void tlsClientCertificate();
    void cancelFinishesOnceWithCancelled();
    void authorizationHeaders_data();
    void authorizationHeaders();
    void secretsStayOutOfUrlsAndMessages();
    void pathSegmentsArePercentEncoded();
    void bigBodyIsParsedOffThreadAndDeliveredOnJobThread();
    void smallBodyIsParsedInline();
    void cancelOrDeleteWhileParsingOffThread();

private:
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<EsClient> m_client;

    // An https client for a TLS server started with `cert`/`key`; `caPem` is written to a CA file when given.
    EsJob* sendOverTls(const char* cert, const char* key, const char* caPem, bool verifyPeer)
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        if (!m_server->listenTls(loadCert(cert), loadKey(key)))
            return nullptr;
        m_server->enqueue(ScriptedResponse::json(200, R"({"tls":true})"));
        EsEndpoint endpoint;
        endpoint.baseUrl = m_server->url(QStringLiteral("https"));
        endpoint.transferTimeoutMs = 5000;
        endpoint.tls.verifyPeer = verifyPeer;
        if (caPem) {
            QFile file(m_tempDir.filePath(QStringLiteral("ca.pem")));
            if (!file.open(QIODevice::WriteOnly) || file.write(caPem) < 0)
                return nullptr;
            file.close();
            endpoint.tls.caCertificateFiles = {file.fileName()};
        }
        m_client = std::make_unique<EsClient>(m_manager.get(), endpoint);
        return m_client->send(EsRequest::get({}));
    }

    QTemporaryDir m_tempDir;

    EsClient* client(int timeoutMs = 5000)
    {
        EsEndpoint endpoint;
        endpoint.baseUrl = m_server->url();
        endpoint.transferTimeoutMs = timeoutMs;
        m_client = std::make_unique<EsClient>(m_manager.get(), endpoint, StaticCredentialProvider::none());
        return m_client.get();
    }
};

void EsClientTest::init()
{
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
}

void EsClientTest::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_manager.reset();
}

void EsClientTest::successJsonIsParsedAndRequestIsWellFormed()
{
    m_server->enqueue(ScriptedResponse::json(200, R"({"cluster_name":"leader","version":{"number":"8.17.0"}})"));
    auto* job = client()->send<QJsonObject>(EsRequest::get({}), &parseObject);
    QCOMPARE(waitFinished(job), 1);
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->httpStatus(), 200);
    QVERIFY(job->result().has_value());
    QCOMPARE(job->result()->value(QStringLiteral("cluster_name")).toString(), QStringLiteral("leader"));

    QCOMPARE(m_server->requests().size(), 1);
    const auto& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/"));
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QVERIFY(!request.hasHeader("Authorization"));
}

void EsClientTest::jsonBodyIsSentWithContentType()
{
    m_server->enqueue(ScriptedResponse::json(200, R"({"acknowledged":true})"));
    const QByteArray body = R"({"remote_cluster":"leader","leader_index":"logs"})";
    auto* job =
        client()->send(EsRequest::put({QStringLiteral("logs-copy"), QStringLiteral("_ccr"), QStringLiteral("follow")})
                           .addQuery(QStringLiteral("wait_for_active_shards"), QStringLiteral("1"))
                           .setJsonBody(body));
    QCOMPARE(waitFinished(job), 1);
    QVERIFY(!job->hasError());
    QCOMPARE(job->body(), QByteArray(R"({"acknowledged":true})"));
    const auto& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.path, QByteArray("/logs-copy/_ccr/follow"));
    QCOMPARE(request.query, QByteArray("wait_for_active_shards=1"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.body, body);
}

void EsClientTest::malformedJsonIsMalformedResponse()
{
    m_server->enqueue(ScriptedResponse::json(200, R"({"follower_indices": [ {"follower_index": )"));
    auto* job =
        client()->send<QJsonObject>(EsRequest::get({QStringLiteral("_ccr"), QStringLiteral("stats")}), &parseObject);
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::MalformedResponse);
    QVERIFY(!job->result().has_value());
    QVERIFY(!job->error().detail().isEmpty());
    QVERIFY2(job->error().userMessage().contains(job->error().detail()), qPrintable(job->error().userMessage()));
}

void EsClientTest::truncatedBodyIsMalformedResponse()
{
    m_server->enqueue(ScriptedResponse::truncated(R"({"patterns":[)", 500));
    auto* job = client()->send<QJsonObject>(EsRequest::get({QStringLiteral("_ccr"), QStringLiteral("auto_follow")}),
                                            &parseObject);
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::MalformedResponse);
    QCOMPARE(job->error().httpStatus(), 200);
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("500")), qPrintable(job->error().userMessage()));
}

void EsClientTest::silentServerTimesOut()
{
    m_server->enqueue(ScriptedResponse::hang());
    QElapsedTimer clock;
    clock.start();
    auto* job = client(300)->send(EsRequest::get({QStringLiteral("_remote"), QStringLiteral("info")}));
    QCOMPARE(waitFinished(job, 5000), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::Timeout);
    QCOMPARE(job->error().timeoutMs(), 300);
    QVERIFY(clock.elapsed() >= 250);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("300 ms")), qPrintable(job->error().userMessage()));
}

void EsClientTest::connectionRefusedNamesHostAndPort()
{
    const quint16 port = ScriptedHttpServer::unusedPort();
    QVERIFY(port != 0);
    EsEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    EsClient refused(m_manager.get(), endpoint);
    auto* job = refused.send(EsRequest::get({}));
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::ConnectionRefused);
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(job->error().userMessage()));
}

void EsClientTest::httpErrorsAreMapped_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("messagePart");

    const QByteArray missing401 = readExample(QStringLiteral("security/observed-401-missing-credentials.json"));
    const QByteArray denied403 = readExample(QStringLiteral("security/src-403-cluster-action.json"));
    const QByteArray license403 = readExample(QStringLiteral("ccr.follow/src-error-license-local.json"));
    const QByteArray missing404 = readExample(QStringLiteral("ccr.follow_stats/src-error-index-missing.json"));
    if (missing401.isEmpty() || denied403.isEmpty() || license403.isEmpty() || missing404.isEmpty())
        QSKIP("es-examples not available");

    QTest::newRow("401 missing credentials")
        << 401 << missing401 << QStringLiteral("security_exception")
        << QStringLiteral("missing authentication credentials for REST request [/]")
        << QStringLiteral("needs credentials");
    QTest::newRow("401 wrong password")
        << 401
        << QByteArray(R"({"error":{"root_cause":[{"type":"security_exception","reason":"unable to authenticate user )"
                      R"([elastic] for REST request [/]"}],"type":"security_exception","reason":"unable to )"
                      R"(authenticate user [elastic] for REST request [/]"},"status":401})")
        << QStringLiteral("security_exception")
        << QStringLiteral("unable to authenticate user [elastic] for REST request [/]")
        << QStringLiteral("rejected the credentials");
    QTest::newRow("403 privilege") << 403 << denied403 << QStringLiteral("security_exception")
                                   << QStringLiteral(
                                          "action [cluster:monitor/ccr/stats] is unauthorized for user [bob] "
                                          "with effective roles [viewer_ro], this action is granted by the "
                                          "cluster privileges [monitor,manage,all]")
                                   << QStringLiteral("bob may not run “cluster:monitor/ccr/stats”: that needs one of "
                                                     "the cluster privileges monitor, manage, all");
    QTest::newRow("403 license") << 403 << license403 << QStringLiteral("security_exception")
                                 << QStringLiteral("current license is non-compliant for [ccr]")
                                 << QStringLiteral("platinum, enterprise or trial");
    QTest::newRow("404 index") << 404 << missing404 << QStringLiteral("index_not_found_exception")
                               << QStringLiteral("no such index [unknown]")
                               << QStringLiteral("The index “unknown” does not exist");
    QTest::newRow("409") << 409
                         << QByteArray(R"({"error":{"type":"version_conflict_engine_exception","reason":"conflict"},)"
                                       R"("status":409})")
                         << QStringLiteral("version_conflict_engine_exception") << QStringLiteral("conflict")
                         << QStringLiteral("Conflict");
    QTest::newRow("429") << 429
                         << QByteArray(R"({"error":{"type":"es_rejected_execution_exception","reason":"rejected )"
                                       R"(execution of coordinating operation"},"status":429})")
                         << QStringLiteral("es_rejected_execution_exception")
                         << QStringLiteral("rejected execution of coordinating operation") << QStringLiteral("busy");
    QTest::newRow("503") << 503
                         << QByteArray(R"({"error":{"root_cause":[{"type":"master_not_discovered_exception",)"
                                       R"("reason":null}],"type":"master_not_discovered_exception","reason":null},)"
                                       R"("status":503})")
                         << QStringLiteral("master_not_discovered_exception") << QString() << QStringLiteral("503");
}

void EsClientTest::httpErrorsAreMapped()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    QFETCH(QString, messagePart);

    ScriptedResponse response = ScriptedResponse::json(status, body);
    if (status == 401)
        response.withHeader("WWW-Authenticate", R"(Basic realm="security", charset="UTF-8")");
    m_server->enqueue(response);
    auto* job =
        client()->send<QJsonObject>(EsRequest::get({QStringLiteral("_ccr"), QStringLiteral("stats")}), &parseObject);
    QCOMPARE(waitFinished(job), 1);
    const EsError& error = job->error();
    QCOMPARE(error.kind(), EsError::Kind::Http);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.cause().type, type);
    QCOMPARE(error.cause().reason, reason);
    QVERIFY(!job->result().has_value());
    QVERIFY2(error.userMessage().contains(messagePart), qPrintable(error.userMessage()));
    if (!reason.isEmpty())
        QVERIFY2(error.userMessage().contains(reason), qPrintable(error.userMessage()));
}

void EsClientTest::nonElasticsearchErrorBodyIsKeptRaw()
{
    const QByteArray html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    m_server->enqueue(ScriptedResponse::text(502, "text/html", html));
    auto* job = client()->send(EsRequest::get({}));
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::Http);
    QCOMPARE(job->error().httpStatus(), 502);
    QVERIFY(job->error().cause().isEmpty());
    QCOMPARE(job->error().rawBody(), html);
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("502")), qPrintable(job->error().userMessage()));
}

void EsClientTest::httpsToPlainServerIsTlsErrorNotHang()
{
    EsEndpoint endpoint;
    endpoint.baseUrl = m_server->url(QStringLiteral("https"));
    endpoint.transferTimeoutMs = 4000;
    EsClient tlsClient(m_manager.get(), endpoint);
    QElapsedTimer clock;
    clock.start();
    auto* job = tlsClient.send(EsRequest::get({}));
    QCOMPARE(waitFinished(job, 8000), 1);
    QVERIFY2(job->error().kind() == EsError::Kind::Tls, qPrintable(job->error().userMessage()));
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("handshake")), qPrintable(job->error().userMessage()));
    QVERIFY2(clock.elapsed() < 3500, "failed by timeout instead of by the handshake");
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->tlsHelloCount(), 1);
}

void EsClientTest::unreadableCaFileFailsAsConfiguration()
{
    EsEndpoint endpoint;
    endpoint.baseUrl = m_server->url(QStringLiteral("https"));
    endpoint.tls.caCertificateFiles = {QStringLiteral("/nonexistent/ca.pem")};
    EsClient badTls(m_manager.get(), endpoint);
    QVERIFY(!badTls.configurationError().isEmpty());
    auto* job = badTls.send(EsRequest::get({}));
    QVERIFY(!job->isFinished()); // always asynchronous, so callers can connect after send()
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::Configuration);
    QVERIFY(job->error().userMessage().contains(QStringLiteral("/nonexistent/ca.pem")));
    QCOMPARE(m_server->connectionCount(), 0);
}

void EsClientTest::tlsSelfSignedIsUntrusted()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    EsJob* job = sendOverTls(kLocalhostCert, kLocalhostKey, nullptr, true);
    QVERIFY(job);
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::Tls);
    bool selfSigned = false;
    for (const QSslError& error : job->error().sslErrors())
        selfSigned = selfSigned || error.error() == QSslError::SelfSignedCertificate;
    QVERIFY2(selfSigned, qPrintable(job->error().sslErrorTexts().join(QStringLiteral("; "))));
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("--ca-cert")), qPrintable(job->error().userMessage()));
    QVERIFY(m_server->requests().isEmpty());
}

void EsClientTest::tlsTrustedThroughCaFile()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    EsJob* job = sendOverTls(kLocalhostCert, kLocalhostKey, kLocalhostCert, true);
    QVERIFY(job);
    QCOMPARE(waitFinished(job), 1);
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->body(), QByteArray(R"({"tls":true})"));
    QCOMPARE(m_server->requests().size(), 1);
}

void EsClientTest::tlsVerifyOffAcceptsAnyCertificate()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    EsJob* job = sendOverTls(kElsewhereCert, kElsewhereKey, nullptr, false);
    QVERIFY(job);
    QCOMPARE(waitFinished(job), 1);
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(m_server->requests().size(), 1);
}

void EsClientTest::tlsHostnameMismatch()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    EsJob* job = sendOverTls(kElsewhereCert, kElsewhereKey, kElsewhereCert, true);
    QVERIFY(job);
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::Tls);
    bool mismatch = false;
    for (const QSslError& error : job->error().sslErrors())
        mismatch = mismatch || error.error() == QSslError::HostNameMismatch;
    QVERIFY2(mismatch, qPrintable(job->error().sslErrorTexts().join(QStringLiteral("; "))));
    QVERIFY2(job->error().userMessage().contains(QStringLiteral("not issued for that host name")),
             qPrintable(job->error().userMessage()));
}

void EsClientTest::tlsClientCertificate()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // The server requires a client certificate signed by (here: equal to) the "elsewhere" certificate.
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listenTls(loadCert(kLocalhostCert), loadKey(kLocalhostKey), {loadCert(kElsewhereCert)}));
    m_server->enqueue(ScriptedResponse::json(200, "{}"));
    auto writeFile = [this](const QString& name, const char* content) {
        QFile file(m_tempDir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(content) > 0 ? file.fileName() : QString();
    };
    EsEndpoint endpoint;
    endpoint.baseUrl = m_server->url(QStringLiteral("https"));
    endpoint.tls.caCertificateFiles = {writeFile(QStringLiteral("ca.pem"), kLocalhostCert)};
    endpoint.tls.clientCertificateFile = writeFile(QStringLiteral("client.crt"), kElsewhereCert);
    endpoint.tls.clientKeyFile = writeFile(QStringLiteral("client.key"), kElsewhereKey);

    EsClient withCertificate(m_manager.get(), endpoint);
    QVERIFY2(withCertificate.configurationError().isEmpty(), qPrintable(withCertificate.configurationError()));
    EsJob* job = withCertificate.send(EsRequest::get({}));
    QCOMPARE(waitFinished(job), 1);
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(m_server->requests().size(), 1);

    // Without the certificate the server refuses the handshake: an error, not a hang.
    endpoint.tls.clientCertificateFile.clear();
    endpoint.tls.clientKeyFile.clear();
    QNetworkAccessManager freshManager; // no TLS session reuse from the first connection
    EsClient without(&freshManager, endpoint);
    EsJob* refused = without.send(EsRequest::get({}));
    QCOMPARE(waitFinished(refused), 1);
    QVERIFY(refused->hasError());
    QCOMPARE(m_server->requests().size(), 1);

    // Only half of a client certificate is a configuration error.
    endpoint.tls.clientCertificateFile = m_tempDir.filePath(QStringLiteral("client.crt"));
    EsClient half(m_manager.get(), endpoint);
    QVERIFY(!half.configurationError().isEmpty());
}

void EsClientTest::cancelFinishesOnceWithCancelled()
{
    m_server->enqueue(ScriptedResponse::hang());
    QSignalSpy received(m_server.get(), &ScriptedHttpServer::requestReceived);
    auto* job = client()->send(EsRequest::get({QStringLiteral("_ccr"), QStringLiteral("stats")}));
    job->setAutoDelete(false);
    QSignalSpy finished(job, &EsJob::finished);
    QVERIFY(received.wait(5000));
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::Cancelled);
    job->cancel(); // no effect once finished
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().kind(), EsError::Kind::Cancelled);
    delete job;
}

void EsClientTest::authorizationHeaders_data()
{
    QTest::addColumn<std::shared_ptr<const CredentialProvider>>("credentials");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("none") << std::shared_ptr<const CredentialProvider>(StaticCredentialProvider::none())
                          << QByteArray();
    // "elastic:pa:ss wörd" in UTF-8, base64
    QTest::newRow("basic") << std::shared_ptr<const CredentialProvider>(StaticCredentialProvider::basic(
                                  QStringLiteral("elastic"), QStringLiteral("pa:ss wörd")))
                           << QByteArray("Basic ZWxhc3RpYzpwYTpzcyB3w7ZyZA==");
    QTest::newRow("api key id+key") << std::shared_ptr<const CredentialProvider>(
                                           StaticCredentialProvider::apiKey(QStringLiteral("VuaCfGcBCdbkQm-e5aOx"),
                                                                            QStringLiteral("ui2lp2axTNmsyakw9tvNnw")))
                                    << QByteArray(
                                           "ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
    QTest::newRow("api key encoded")
        << std::shared_ptr<const CredentialProvider>(StaticCredentialProvider::apiKey(
               QStringLiteral("VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==")))
        << QByteArray("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==");
    QTest::newRow("bearer") << std::shared_ptr<const CredentialProvider>(
                                   StaticCredentialProvider::bearer(QStringLiteral("dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu")))
                            << QByteArray("Bearer dGhpcyBpcyBub3QgYSByZWFsIHRva2Vu");
}

void EsClientTest::authorizationHeaders()
{
    QFETCH(std::shared_ptr<const CredentialProvider>, credentials);
    QFETCH(QByteArray, expected);
    m_server->enqueue(ScriptedResponse::json(200, "{}"));
    EsClient* c = client();
    c->setCredentials(credentials);
    auto* job = c->send(EsRequest::get({}));
    QCOMPARE(waitFinished(job), 1);
    QVERIFY(!job->hasError());
    const auto& request = m_server->requests().first();
    QCOMPARE(request.hasHeader("Authorization"), !expected.isEmpty());
    QCOMPARE(request.header("Authorization"), expected);
    QVERIFY(!credentials->description().contains(QStringLiteral("wörd")));
}

void EsClientTest::secretsStayOutOfUrlsAndMessages()
{
    m_server->enqueue(ScriptedResponse::json(
        401, R"({"error":{"type":"security_exception","reason":"unable to authenticate user [elastic] for REST )"
             R"(request [/]"},"status":401})"));
    EsEndpoint endpoint;
    QUrl url = m_server->url();
    url.setUserInfo(QStringLiteral("elastic:hunter2"));
    endpoint.baseUrl = url;
    EsClient c(m_manager.get(), endpoint,
               StaticCredentialProvider::basic(QStringLiteral("elastic"), QStringLiteral("hunter2")));
    QVERIFY(!c.urlFor(EsRequest::get({})).toString().contains(QStringLiteral("hunter2")));
    auto* job = c.send(EsRequest::get({}));
    QCOMPARE(waitFinished(job), 1);
    QCOMPARE(job->error().httpStatus(), 401);
    QVERIFY(!job->error().userMessage().contains(QStringLiteral("hunter2")));
    QVERIFY(!job->error().requestDescription().contains(QStringLiteral("hunter2")));
    QVERIFY(!m_server->requests().first().target.contains("hunter2"));
    QVERIFY(!c.credentials()->description().contains(QStringLiteral("hunter2")));
}

void EsClientTest::pathSegmentsArePercentEncoded()
{
    m_server->enqueue(ScriptedResponse::json(200, "{}"));
    EsEndpoint endpoint;
    QUrl base = m_server->url();
    base.setPath(QStringLiteral("/es/"));
    endpoint.baseUrl = base;
    EsClient c(m_manager.get(), endpoint);
    const EsRequest request =
        EsRequest::get({QStringLiteral("logs%+ü/#?x"), QStringLiteral("_ccr"), QStringLiteral("info")})
            .addQuery(QStringLiteral("filter_path"), QStringLiteral("a+b&c=d"));
    auto* job = c.send(request);
    QCOMPARE(waitFinished(job), 1);
    QVERIFY(!job->hasError());
    const auto& recorded = m_server->requests().first();
    QCOMPARE(recorded.path, QByteArray("/es/logs%25%2B%C3%BC%2F%23%3Fx/_ccr/info"));
    QCOMPARE(recorded.query, QByteArray("filter_path=a%2Bb%26c%3Dd"));
    QCOMPARE(QByteArray::fromPercentEncoding(recorded.path.split('/').at(2)),
             QString::fromUtf8("logs%+ü/#?x").toUtf8());

    // Index lists, wildcards and cluster:index expressions keep their meaning.
    m_server->enqueue(ScriptedResponse::json(200, "{}"));
    auto* list = c.send(EsRequest::get({QStringLiteral("a,b-*"), QStringLiteral("leader:logs-*")}));
    QCOMPARE(waitFinished(list), 1);
    QCOMPARE(m_server->requests().at(1).path, QByteArray("/es/a,b-*/leader:logs-*"));
}

void EsClientTest::bigBodyIsParsedOffThreadAndDeliveredOnJobThread()
{
    QByteArray big = R"({"follower_indices":[)";
    for (int i = 0; i < 6000; ++i) {
        if (i > 0)
            big += ',';
        big += R"({"follower_index":"follower-)" + QByteArray::number(i) +
               R"(","remote_cluster":"leader","leader_index":"leader-index","status":"active"})";
    }
    big += "]}";
    QVERIFY(big.size() > EsClient::kDefaultOffThreadThreshold);
    m_server->enqueue(ScriptedResponse::json(200, big));

    auto parserThread = std::make_shared<std::atomic<QThread*>>(nullptr);
    auto parser = [parserThread](const QByteArray& body, QString* error) {
        parserThread->store(QThread::currentThread());
        return parseObject(body, error);
    };
    auto* job = client()->send<QJsonObject>(
        EsRequest::get({QStringLiteral("_all"), QStringLiteral("_ccr"), QStringLiteral("info")}), parser);
    QThread* deliveredOn = nullptr;
    connect(job, &EsJob::finished, this, [&deliveredOn]() { deliveredOn = QThread::currentThread(); });
    QCOMPARE(waitFinished(job), 1);
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QVERIFY(job->parsedOffThread());
    QVERIFY(parserThread->load() != nullptr);
    QVERIFY(parserThread->load() != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(job->result()->value(QStringLiteral("follower_indices")).toArray().size(), 6000);
}

void EsClientTest::smallBodyIsParsedInline()
{
    m_server->enqueue(ScriptedResponse::json(200, R"({"acknowledged":true})"));
    QThread* parsedOn = nullptr;
    auto parser = [&parsedOn](const QByteArray& body, QString* error) {
        parsedOn = QThread::currentThread();
        return parseObject(body, error);
    };
    auto* job = client()->send<QJsonObject>(EsRequest::post({QStringLiteral("x"), QStringLiteral("_close")}), parser);
    QCOMPARE(waitFinished(job), 1);
    QVERIFY(!job->parsedOffThread());
    QCOMPARE(parsedOn, QThread::currentThread());
    QCOMPARE(job->result()->value(QStringLiteral("acknowledged")).toBool(), true);
}

void EsClientTest::cancelOrDeleteWhileParsingOffThread()
{
    // The parser blocks until released, so the test controls when the off-thread result arrives.
    struct Gate
    {
        QSemaphore release;
        std::atomic<int> started{0};
    };
    auto gate = std::make_shared<Gate>();
    auto parser = [gate](const QByteArray& body, QString* error) {
        gate->started.fetch_add(1);
        gate->release.acquire();
        return parseObject(body, error);
    };
    QThreadPool pool;
    EsClient* c = client();
    c->setThreadPool(&pool);
    c->setOffThreadParseThreshold(1);

    // cancel(): Cancelled at once, exactly one finished(), the late parse result is dropped.
    m_server->enqueue(ScriptedResponse::json(200, R"({"a":1})"));
    auto* cancelled = c->send<QJsonObject>(EsRequest::get({}), parser);
    cancelled->setAutoDelete(false);
    QSignalSpy cancelledSpy(cancelled, &EsJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(gate->started.load(), 1, 5000);
    cancelled->cancel();
    QCOMPARE(cancelledSpy.count(), 1);
    QCOMPARE(cancelled->error().kind(), EsError::Kind::Cancelled);
    gate->release.release();
    QVERIFY(pool.waitForDone(5000));
    QCoreApplication::processEvents();
    QCOMPARE(cancelledSpy.count(), 1);
    QVERIFY(!cancelled->result().has_value());

    // Deleting the job while its body is parsed: no finished(), no crash when the result comes back.
    m_server->enqueue(ScriptedResponse::json(200, R"({"b":2})"));
    auto* deleted = c->send<QJsonObject>(EsRequest::get({}), parser);
    QSignalSpy deletedSpy(deleted, &EsJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(gate->started.load(), 2, 5000);
    delete deleted;
    gate->release.release();
    QVERIFY(pool.waitForDone(5000));
    QCoreApplication::processEvents();
    QCOMPARE(deletedSpy.count(), 0);
}

QTEST_GUILESS_MAIN(EsClientTest)
#include "tst_esclient.moc"
