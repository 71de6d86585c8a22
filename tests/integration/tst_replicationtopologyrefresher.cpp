// ReplicationTopologyRefresher against an in-process sandbox: one row per remote with its followers by state, its
// auto-follow patterns and the replicated data stream fed from it; an alias only followers name is listed as not
// configured; a failure keeps the previous topology and says why.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/dr/ReplicationTopologyRefresher.h"
#include "core/session/ClusterSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

class ReplicationTopologyRefresherTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsFollowersPatternsAndStreamsPerRemote();
    void failureKeepsTopologyAndSaysWhy();

private:
    std::shared_ptr<const ReplicationTopology> refreshAndWait();
    void follow(const QString& leaderIndex, const QString& follower, const QString& dataStream = {});

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ReplicationTopologyRefresher> m_refresher;
};

void ReplicationTopologyRefresherTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test"), nullptr);
    m_refresher = std::make_unique<ReplicationTopologyRefresher>();
    m_refresher->setApi(m_session->api());
}

void ReplicationTopologyRefresherTest::cleanup()
{
    m_refresher.reset();
    m_session.reset();
    m_fixture.reset();
}

std::shared_ptr<const ReplicationTopology> ReplicationTopologyRefresherTest::refreshAndWait()
{
    QSignalSpy ready(m_refresher.get(), &ReplicationTopologyRefresher::topologyReady);
    m_refresher->refresh();
    if (!ready.wait(5000))
        return nullptr;
    return m_refresher->topology();
}

void ReplicationTopologyRefresherTest::follow(const QString& leaderIndex, const QString& follower,
                                              const QString& dataStream)
{
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = leaderIndex;
    if (!dataStream.isEmpty())
        request.dataStreamName = dataStream;
    const auto job = await(m_fixture->api().follow(follower, request));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
}

void ReplicationTopologyRefresherTest::countsFollowersPatternsAndStreamsPerRemote()
{
    sandbox::Cluster& leader = m_fixture->sandbox().leader();
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("users"));
    leader.dataStreams().putTemplate({QStringLiteral("logs"), {QStringLiteral("logs-*")}, 100, true});
    const QString backing =
        leader.dataStreams().create(QStringLiteral("logs-app"), QStringLiteral("logs")).writeIndex();
    follow(QStringLiteral("orders"), QStringLiteral("orders"));
    follow(QStringLiteral("users"), QStringLiteral("users"));
    follow(backing, backing, QStringLiteral("logs-app"));
    QVERIFY(!await(m_fixture->api().pauseFollow(QStringLiteral("users")))->hasError());
    AutoFollowPattern pattern;
    pattern.remoteCluster = QStringLiteral("leader");
    pattern.leaderIndexPatterns = {QStringLiteral("metrics-*")};
    QVERIFY(!await(m_fixture->api().putAutoFollowPattern(QStringLiteral("metrics"), pattern))->hasError());
    QVERIFY(!await(m_fixture->api().putAutoFollowPattern(QStringLiteral("audit"), pattern))->hasError());
    QVERIFY(!await(m_fixture->api().pauseAutoFollowPattern(QStringLiteral("audit")))->hasError());

    QVERIFY(!m_refresher->topology());
    const auto topology = refreshAndWait();
    QVERIFY(topology);
    QVERIFY(topology->errorsKnown);
    QVERIFY(topology->dataStreamsKnown);
    const ReplicationTopology::Remote* remote = topology->find(QStringLiteral("leader"));
    QVERIFY(remote);
    QVERIFY(remote->configured);
    QVERIFY(remote->connected);
    QVERIFY(!remote->addresses.isEmpty());
    QCOMPARE(remote->activeFollowers, 2);
    QCOMPARE(remote->pausedFollowers, 1);
    QCOMPARE(remote->errorFollowers, 0);
    QCOMPARE(remote->activePatterns, QStringList{QStringLiteral("metrics")});
    QCOMPARE(remote->pausedPatterns, QStringList{QStringLiteral("audit")});
    QCOMPARE(remote->dataStreams, QStringList{QStringLiteral("logs-app")});
    QVERIFY(m_refresher->lastRefreshed().isValid());
}

void ReplicationTopologyRefresherTest::failureKeepsTopologyAndSaysWhy()
{
    const auto before = refreshAndWait();
    QVERIFY(before);
    QCOMPARE(before->remotes.size(), 1); // the sandbox's "leader", following nothing yet
    QCOMPARE(before->remotes.first().followerCount(), 0);
    m_fixture->sandbox().faults().errorRate = 1.0;
    QSignalSpy failed(m_refresher.get(), &ReplicationTopologyRefresher::refreshFailed);
    m_refresher->refresh();
    QVERIFY(failed.wait(5000));
    QVERIFY(m_refresher->lastError().isError());
    QVERIFY(!m_refresher->lastError().userMessage().isEmpty());
    QCOMPARE(m_refresher->topology(), before);
    m_fixture->sandbox().faults().errorRate = 0.0;
    QVERIFY(refreshAndWait());
    QVERIFY(!m_refresher->lastError().isError());
}

QTEST_GUILESS_MAIN(ReplicationTopologyRefresherTest)
#include "tst_replicationtopologyrefresher.moc"
