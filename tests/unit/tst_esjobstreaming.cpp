// Large bodies parsed while they arrive, over a real socket (issue 13): a GET /_ccr/stats trickled by a local server
// lands in one buffer that Qt's network thread writes (never copied on the job's thread), is read piece by piece on
// the job's pool and gives what the ordinary parse gives; error answers, cancelling and a connection that breaks
// mid-body leave nothing reading a freed buffer (the sanitized run checks that).
#include "AwaitJob.h"
#include "FollowStatsComparison.h"
#include "FollowerBodyGenerator.h"
#include "ScriptedHttpServer.h"
#include "TestCertificates.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace duper;
using namespace duper::test;

namespace {

QByteArray statsBody(int followers)
{
    FollowerBodyGenerator::Options options;
    options.followers = followers;
    options.pausedEvery = 10;
    options.maxShards = 2;
    options.readExceptionEvery = 40;
    return FollowerBodyGenerator(options).ccrStatsBody();
}

} // namespace

class TestEsJobStreaming : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_manager = std::make_unique<QNetworkAccessManager>();
        EsEndpoint endpoint;
        endpoint.baseUrl = m_server->url();
        connectTo(endpoint);
        m_pool = std::make_unique<QThreadPool>();
        m_pool->setMaxThreadCount(1);
    }

    void cleanup()
    {
        m_pool->waitForDone();
        m_api.reset();
        m_client.reset();
        m_manager.reset();
        m_server.reset();
        m_pool.reset();
    }

    void trickledStatsAreParsedWhileArriving()
    {
        const QByteArray body = statsBody(3000);
        QVERIFY(body.size() > 1024 * 1024);
        CcrStatsJob* started = startStats(ScriptedResponse::trickled(200, body, 64 * 1024, 2));
        const auto job = await(started);
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
        QVERIFY(job->parsedWhileArriving());
        QVERIFY(job->bodyReceivedDirectly());
        QCOMPARE(job->bodyBytesReceived(), body.size());
        // Asked for uncompressed: Qt writes only an uncompressed body straight into a buffer.
        QCOMPARE(m_server->requests().constLast().header("Accept-Encoding"), QByteArray("identity"));
        const std::optional<CcrStatsResponse> full = CcrStatsResponse::parse(body);
        QVERIFY(full);
        QCOMPARE(job->result()->autoFollowStats.numberOfSuccessfulFollowIndices,
                 full->autoFollowStats.numberOfSuccessfulFollowIndices);
        compareFollowerStats(job->result()->followStats.indices, full->followStats.indices);
    }

    void overTlsTheBodyLandsInOneBufferToo()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listenTls(loadCert(kLocalhostCert), loadKey(kLocalhostKey)));
        EsEndpoint endpoint;
        endpoint.baseUrl = m_server->url(QStringLiteral("https"));
        endpoint.tls.verifyPeer = false;
        connectTo(endpoint);
        const QByteArray body = statsBody(3000);
        CcrStatsJob* started = startStats(ScriptedResponse::trickled(200, body, 64 * 1024, 2));
        const auto job = await(started);
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
        QVERIFY(job->bodyReceivedDirectly());
        QVERIFY(job->parsedWhileArriving());
        compareFollowerStats(job->result()->followStats.indices, CcrStatsResponse::parse(body)->followStats.indices);
    }

    void turnedOffParsesOnceComplete()
    {
        m_client->setParsesWhileArriving(false);
        const QByteArray body = statsBody(3000);
        CcrStatsJob* started = startStats(ScriptedResponse::trickled(200, body, 64 * 1024, 2));
        const auto job = await(started);
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
        QVERIFY(!job->parsedWhileArriving());
        QVERIFY(!job->bodyReceivedDirectly());
        QVERIFY(m_server->requests().constLast().header("Accept-Encoding") != QByteArray("identity"));
        compareFollowerStats(job->result()->followStats.indices, CcrStatsResponse::parse(body)->followStats.indices);
    }

    void retainedBodyIsTheJobsOwnCopy()
    {
        // A job that keeps its body (the default) must hand out one that outlives the network thread's buffer.
        const QByteArray body = statsBody(1500);
        CcrStatsJob* started = startStats(ScriptedResponse::trickled(200, body, 64 * 1024, 1));
        started->setAutoDelete(false);
        std::unique_ptr<CcrStatsJob> job(started);
        QSignalSpy finished(job.get(), &EsJob::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
        QVERIFY(job->bodyReceivedDirectly());
        const QByteArray kept = job->body();
        QCOMPARE(kept, body);
        QCOMPARE(job->result()->followStats.indices.size(), CcrStatsResponse::parse(body)->followStats.indices.size());
        job.reset();
        m_pool->waitForDone();
        QCOMPARE(kept, body);
    }

    void smallBodiesAreParsedInOneGo()
    {
        const QByteArray body = statsBody(20);
        QVERIFY(body.size() < EsClient::kDefaultOffThreadThreshold);
        m_server->enqueue(ScriptedResponse::trickled(200, body, 1024, 1));
        const auto job = await(m_api->ccrStats());
        QVERIFY(!job->hasError());
        QVERIFY(!job->parsedWhileArriving());
        QCOMPARE(job->result()->followStats.indices.size(), CcrStatsResponse::parse(body)->followStats.indices.size());
    }

    void errorAnswerIsNotStreamed()
    {
        // A large 500 body: its status says it is no stats body, whatever it holds.
        CcrStatsJob* started = startStats(ScriptedResponse::trickled(500, statsBody(1000), 64 * 1024, 1));
        const auto job = await(started);
        QCOMPARE(job->error().httpStatus(), 500);
        QVERIFY(!job->parsedWhileArriving());
        QVERIFY(!job->bodyReceivedDirectly()); // Qt writes only a 200 body straight into a buffer
    }

    void cancelWhileArriving()
    {
        CcrStatsJob* started = startStats(ScriptedResponse::trickled(200, statsBody(3000), 32 * 1024, 3));
        started->setAutoDelete(false);
        std::unique_ptr<CcrStatsJob> job(started);
        // Cancelled once a good part has arrived and pieces are being parsed on the pool.
        QTRY_VERIFY_WITH_TIMEOUT(job->bodyBytesReceived() > 600 * 1024 || job->isFinished(), 10000);
        QVERIFY(!job->isFinished());
        job->cancel();
        QCOMPARE(job->error().kind(), EsError::Kind::Cancelled);
        job.reset(); // frees the body; the pool must not read it any more
        m_pool->waitForDone();
    }

    void connectionBreaksMidBody()
    {
        const QByteArray body = statsBody(3000);
        CcrStatsJob* started = startStats(ScriptedResponse::truncated(body.left(body.size() / 2), body.size()));
        const auto job = await(started);
        QVERIFY(job->hasError());
        QVERIFY2(job->error().userMessage().contains(QStringLiteral("truncated")),
                 qPrintable(job->error().userMessage()));
        // What arrived is counted from the network thread's buffer as it was from our own.
        QVERIFY2(job->error().userMessage().contains(QStringLiteral("%1 of %2").arg(body.size() / 2).arg(body.size())),
                 qPrintable(job->error().userMessage()));
        QVERIFY(!job->parsedWhileArriving());
    }

private:
    // A client and CCR API for `endpoint` (parsing while arriving, the default), replacing any before.
    void connectTo(const EsEndpoint& endpoint)
    {
        m_api.reset();
        m_client = std::make_unique<EsClient>(m_manager.get(), endpoint);
        m_api = std::make_unique<CcrApi>(m_client.get());
    }

    // GET /_ccr/stats answered with `response`, parsed on the test's one-thread pool.
    CcrStatsJob* startStats(ScriptedResponse response)
    {
        m_server->enqueue(std::move(response));
        CcrStatsJob* job = m_api->ccrStats();
        job->setThreadPool(m_pool.get());
        return job;
    }

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<EsClient> m_client;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<CcrApi> m_api;
};

QTEST_GUILESS_MAIN(TestEsJobStreaming)
#include "tst_esjobstreaming.moc"
