// A failover drill on `duper sandbox --scenario dr` over real sockets: plain followers, an auto-followed index and a
// replicated data stream with two backing indices. The leader cluster goes down (the emulator's outage, not a fault
// of the follower); the dry run changes nothing; the failover turns every follower into a regular index, pauses the
// auto-follow pattern and promotes the data stream, which then takes writes and rolls over on the promoted cluster.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/dr/FailoverPlanner.h"
#include "core/dr/FailoverRun.h"
#include "sandbox/DrScenario.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;
using Phase = FailoverPlan::Phase;
using sandbox::DrScenario;

class FailoverDrillTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scenarioReplicatesTheDataStream();
    void failoverWithTheLeaderDownPromotesEverything();

private:
    std::optional<FailoverPlan> plan();
    QByteArray followInfoBody();
    sandbox::Sandbox& sandbox() { return m_fixture->sandbox(); }

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
};

void FailoverDrillTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    DrScenario::prepare(options); // the workload writes on every advance()
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    QString error;
    QVERIFY2(DrScenario::install(sandbox(), &error), qPrintable(error));
    sandbox().advance(3);
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("drill"), nullptr);
}

void FailoverDrillTest::cleanup()
{
    m_session.reset();
    m_fixture.reset();
}

std::optional<FailoverPlan> FailoverDrillTest::plan()
{
    FailoverPlanner planner(m_session->api(), sandbox().options().remoteAlias);
    QSignalSpy finished(&planner, &FailoverPlanner::finished);
    planner.start();
    if (!finished.wait(10000))
        return std::nullopt;
    return planner.plan();
}

QByteArray FailoverDrillTest::followInfoBody()
{
    auto job = await(m_session->api()->followInfo());
    return job->hasError() ? QByteArray() : job->body();
}

void FailoverDrillTest::scenarioReplicatesTheDataStream()
{
    const sandbox::DataStream* onLeader = sandbox().leader().dataStreams().stream(DrScenario::dataStreamName());
    QVERIFY(onLeader);
    QCOMPARE(onLeader->indices.size(), 2);
    QVERIFY(!onLeader->replicated);

    auto streams = await(m_session->api()->dataStreams(DrScenario::dataStreamName()));
    QVERIFY2(!streams->hasError(), qPrintable(streams->error().userMessage()));
    QCOMPARE(streams->result()->dataStreams.size(), 1);
    const DataStream& replicated = streams->result()->dataStreams.first();
    QVERIFY(replicated.replicated);
    QCOMPARE(replicated.indices.size(), 2);
    QCOMPARE(replicated.writeIndex(), onLeader->writeIndex());
    // The workload writes only into the stream's write index, never into an older backing index.
    const sandbox::EmulatedIndex* older = sandbox().leader().index(onLeader->indices.first());
    const sandbox::EmulatedIndex* writeIndex = sandbox().leader().index(onLeader->writeIndex());
    const qint64 olderCount = older->documentCount();
    const qint64 writeCount = writeIndex->documentCount();
    sandbox().advance(20);
    QCOMPARE(older->documentCount(), olderCount);
    QVERIFY(writeIndex->documentCount() > writeCount);
}

void FailoverDrillTest::failoverWithTheLeaderDownPromotesEverything()
{
    QString error;
    QVERIFY2(sandbox().setClusterDown(sandbox::Sandbox::Which::Leader, true, &error), qPrintable(error));
    sandbox().advance(2);

    const QByteArray before = followInfoBody();
    QVERIFY(!before.isEmpty());
    const auto planned = plan();
    QVERIFY(planned);
    QCOMPARE(followInfoBody(), before); // the dry run changed nothing
    QCOMPARE(planned->followers.size(), DrScenario::plainIndices().size() + 1 + 2);
    QCOMPARE(planned->patternsToPause, QStringList{DrScenario::autoFollowPatternName()});
    QCOMPARE(planned->dataStreams, QStringList{DrScenario::dataStreamName()});
    QCOMPARE(planned->phases(),
             (QList<Phase>{Phase::PausePatterns, Phase::Unfollow, Phase::PromoteDataStreams, Phase::Verify}));

    FailoverRun run(m_session.get(), *planned);
    QSignalSpy finished(&run, &FailoverRun::finished);
    run.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(run.succeeded(), qPrintable(QString::number(run.failedCount())));
    QCOMPARE(run.items(Phase::PromoteDataStreams).size(), 1);

    for (const FailoverPlan::Follower& follower : planned->followers) {
        const sandbox::EmulatedIndex* index = sandbox().follower().index(follower.name);
        QVERIFY2(index && !index->isFollower() && index->isOpen(), qPrintable(follower.name));
    }
    auto streams = await(m_session->api()->dataStreams(DrScenario::dataStreamName()));
    QVERIFY(!streams->hasError());
    QVERIFY(!streams->result()->dataStreams.first().replicated);
    // A promoted stream is a normal one: it rolls over on the promoted cluster.
    QString oldIndex;
    QString newIndex;
    QVERIFY(!sandbox().follower().dataStreams().rollover(DrScenario::dataStreamName(), &oldIndex, &newIndex));
    QVERIFY(sandbox().follower().index(newIndex));

    const auto again = plan();
    QVERIFY(again);
    QVERIFY(again->isEmpty());
}

QTEST_MAIN(FailoverDrillTest)
#include "tst_failover_drill.moc"
