// The consistency check (issue 16 §4) against the sandbox over real sockets: a complete copy, a copy behind its
// leader, a copy that lost a document although its checkpoints match (the emulator's diverge fault, as in
// elastic/elasticsearch#89991), a paused follower, a missing follower, a missing leader index, and --all.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"
#include "core/verify/ConsistencyCheck.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;
using Kind = ConsistencyVerdict::Kind;
using Problem = ConsistencyFigures::Problem;

class ConsistencyCheckTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void completeCopy();
    void behindCopy();
    void differentCopy();
    void pausedFollower();
    void missingFollowerAndRegularIndex();
    void missingLeaderIndex();
    void allFollowers();
    void otherRemoteNotChecked();

private:
    void follow(const QString& leader, const QString& follower, int documents, const FollowParameters& parameters = {});
    QList<ConsistencyResult> check(const QStringList& followers, const QString& remote = {});

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<EsClient> m_leaderClient;
    std::unique_ptr<ClusterSession> m_followerSession;
    std::unique_ptr<ClusterSession> m_leaderSession;
};

void ConsistencyCheckTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    EsEndpoint endpoint;
    endpoint.baseUrl = m_fixture->sandbox().leaderUrl();
    m_leaderClient = std::make_unique<EsClient>(&m_fixture->network(), endpoint, nullptr);
    m_followerSession = test::makeSession(m_fixture->client(), QStringLiteral("follower"), nullptr);
    m_leaderSession = test::makeSession(*m_leaderClient, QStringLiteral("leader"), nullptr);
}

void ConsistencyCheckTest::cleanup()
{
    m_leaderSession.reset();
    m_followerSession.reset();
    m_leaderClient.reset();
    m_fixture.reset();
}

void ConsistencyCheckTest::follow(const QString& leader, const QString& follower, int documents,
                                  const FollowParameters& parameters)
{
    m_fixture->sandbox().createLeaderIndex(leader, 2);
    m_fixture->sandbox().indexLeaderDocuments(leader, documents);
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = leader;
    request.parameters = parameters;
    auto job = await(m_fixture->api().follow(follower, request));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    m_fixture->sandbox().advance(3);
}

QList<ConsistencyResult> ConsistencyCheckTest::check(const QStringList& followers, const QString& remote)
{
    ConsistencyCheck check(m_followerSession.get(), m_leaderSession.get(), followers, remote);
    QSignalSpy finished(&check, &ConsistencyCheck::finished);
    check.start();
    if (finished.isEmpty() && !finished.wait(10000))
        qWarning("the consistency check did not finish");
    if (check.error())
        qWarning("%s", qPrintable(check.error().userMessage()));
    return check.results();
}

void ConsistencyCheckTest::completeCopy()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), 40);
    const auto results = check({QStringLiteral("orders-copy")});
    QCOMPARE(results.size(), 1);
    const ConsistencyResult& result = results.first();
    QCOMPARE(result.figures.leaderIndex, QStringLiteral("orders"));
    QCOMPARE(result.figures.remoteCluster, QStringLiteral("leader"));
    QCOMPARE(result.figures.shards.size(), 2);
    QCOMPARE(result.figures.leaderDocuments.value_or(-1), qint64(40));
    QCOMPARE(result.figures.followerDocuments.value_or(-1), qint64(40));
    QVERIFY(!result.figures.movedDuringCheck);
    QCOMPARE(result.verdict.kind, Kind::Complete);
    QVERIFY2(result.verdict.text.startsWith(QLatin1String("Complete")), qPrintable(result.verdict.text));
}

void ConsistencyCheckTest::behindCopy()
{
    FollowParameters slow;
    slow.maxReadRequestOperationCount = 5;
    slow.maxOutstandingReadRequests = 1;
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), 10, slow);
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("orders"), 50);
    m_fixture->sandbox().advance(1); // each shard reads at most 5 of its new operations
    const auto results = check({QStringLiteral("orders-copy")});
    QCOMPARE(results.size(), 1);
    const ConsistencyVerdict& verdict = results.first().verdict;
    QCOMPARE(verdict.kind, Kind::Behind);
    // Each of the two shards got some of the 50 new operations and read at most 5 of them.
    QVERIFY2(verdict.operationsBehind >= 40, qPrintable(verdict.text));
    QCOMPARE(verdict.documentDifference, verdict.operationsBehind); // new documents only
    QVERIFY2(verdict.text.contains(QStringLiteral("Behind by %1").arg(verdict.operationsBehind)),
             qPrintable(verdict.text));

    m_fixture->sandbox().advance(20);
    QCOMPARE(check({QStringLiteral("orders-copy")}).first().verdict.kind, Kind::Complete);
}

void ConsistencyCheckTest::differentCopy()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), 40);
    m_fixture->sandbox().faults().divergingFollowers.insert(QStringLiteral("orders-copy"));
    m_fixture->sandbox().advance(1);
    QVERIFY(m_fixture->sandbox().faults().divergingFollowers.isEmpty()); // a one-off event
    const auto results = check({QStringLiteral("orders-copy")});
    QCOMPARE(results.size(), 1);
    const ConsistencyResult& result = results.first();
    QCOMPARE(result.figures.leaderDocuments.value_or(-1), qint64(40));
    QCOMPARE(result.figures.followerDocuments.value_or(-1), qint64(39));
    QCOMPARE(result.verdict.kind, Kind::Differs);
    QCOMPARE(result.verdict.operationsBehind, qint64(0));
    QVERIFY2(result.verdict.text.contains(QLatin1String("89991")), qPrintable(result.verdict.text));
}

void ConsistencyCheckTest::pausedFollower()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), 10);
    QVERIFY(!await(m_fixture->api().pauseFollow(QStringLiteral("orders-copy")))->hasError());
    const auto results = check({QStringLiteral("orders-copy")});
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().figures.paused);
    QCOMPARE(results.first().verdict.kind, Kind::Unchecked);
    QVERIFY(results.first().verdict.figuresMayBeStale);
    QVERIFY2(results.first().verdict.text.contains(QLatin1String("paused")), qPrintable(results.first().verdict.text));
}

void ConsistencyCheckTest::missingFollowerAndRegularIndex()
{
    auto results = check({QStringLiteral("nothing-here")});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().figures.problem, Problem::FollowerMissing);
    QCOMPARE(results.first().verdict.kind, Kind::Unchecked);

    QVERIFY(!await(m_fixture->client().send(EsRequest::put({QStringLiteral("plain")})))->hasError());
    results = check({QStringLiteral("plain")});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().figures.problem, Problem::NotAFollower);
}

void ConsistencyCheckTest::missingLeaderIndex()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), 10);
    // The leader given is another cluster without that index: here the leader's index is deleted.
    QVERIFY(!await(m_leaderSession->api()->deleteIndex(QStringLiteral("orders")))->hasError());
    const auto results = check({QStringLiteral("orders-copy")});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().figures.problem, Problem::LeaderMissing);
    QVERIFY2(results.first().verdict.text.contains(QLatin1String("leader index orders does not exist")),
             qPrintable(results.first().verdict.text));
}

void ConsistencyCheckTest::allFollowers()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), 20);
    follow(QStringLiteral("logs"), QStringLiteral("logs-copy"), 30);
    m_fixture->sandbox().faults().divergingFollowers.insert(QStringLiteral("logs-copy"));
    m_fixture->sandbox().advance(1);
    const auto results = check({});
    QCOMPARE(results.size(), 2);
    QHash<QString, Kind> kinds;
    for (const ConsistencyResult& result : results)
        kinds.insert(result.figures.followerIndex, result.verdict.kind);
    QCOMPARE(kinds.value(QStringLiteral("orders-copy")), Kind::Complete);
    QCOMPARE(kinds.value(QStringLiteral("logs-copy")), Kind::Differs);
}

void ConsistencyCheckTest::otherRemoteNotChecked()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), 5);
    const auto results = check({QStringLiteral("orders-copy")}, QStringLiteral("dc2"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().figures.problem, Problem::OtherRemote);
    QVERIFY(!results.first().figures.leaderDocuments);
}

QTEST_GUILESS_MAIN(ConsistencyCheckTest)
#include "tst_consistencycheck.moc"
