// Following existing leader indices in bulk: FollowManyPlanner + FollowManyOperation against the sandbox.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/followers/FollowManyOperation.h"
#include "core/followers/FollowManyPlanner.h"
#include "core/followers/FollowerActions.h"
#include "sandbox/Cluster.h"
#include "sandbox/Sandbox.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;
using State = FollowManyCandidate::State;
using Outcome = FollowManyResult::Outcome;

class FollowManyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void planShowsCollision();
    void followsAndRetriesFailed();
    void exclusionsRespected();
    void createsAutoFollowPattern();
    void planFailsOnUnknownRemote();
    void backingIndexJoinsADataStream();

private:
    static QString leader(int i) { return QStringLiteral("logs-%1").arg(i, 4, 10, QLatin1Char('0')); }
    static FollowManySpec spec();
    FollowManyPlan plan(const FollowManySpec& s);
    void runToEnd(FollowManyOperation& operation, bool retry = false);
    QSet<QString> followers();
    bool createLocalIndex(const QString& name);

    std::unique_ptr<test::SandboxClient> m_fixture;
    CcrApi* m_api = nullptr;
    std::unique_ptr<FollowerActions> m_actions;
};

void FollowManyTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    for (int i = 1; i <= 50; ++i)
        QVERIFY(m_fixture->sandbox().createLeaderIndex(leader(i)));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("metrics-1"));
    m_api = &m_fixture->api();
    m_actions = std::make_unique<FollowerActions>(m_api, nullptr);
    QVERIFY(createLocalIndex(QStringLiteral("logs-0007-copy"))); // one follower name already taken
}

void FollowManyTest::cleanup()
{
    m_actions.reset();
    m_fixture.reset();
}

FollowManySpec FollowManyTest::spec()
{
    FollowManySpec s;
    s.remoteCluster = QStringLiteral("leader");
    s.leaderIndexPatterns = {QStringLiteral("logs-*")};
    s.followIndexPattern = QStringLiteral("{{leader_index}}-copy");
    return s;
}

bool FollowManyTest::createLocalIndex(const QString& name)
{
    return !await(m_api->client()->send(EsRequest::put({name})))->hasError();
}

FollowManyPlan FollowManyTest::plan(const FollowManySpec& s)
{
    FollowManyPlanner planner(m_api);
    QSignalSpy finished(&planner, &FollowManyPlanner::finished);
    planner.start(s);
    if (!finished.wait(10000) || !planner.plan()) {
        qWarning("no plan: %s", qPrintable(planner.error().userMessage()));
        return {};
    }
    return *planner.plan();
}

void FollowManyTest::runToEnd(FollowManyOperation& operation, bool retry)
{
    QSignalSpy finished(&operation, &FollowManyOperation::finished);
    retry ? operation.retryFailed() : operation.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
}

QSet<QString> FollowManyTest::followers()
{
    QSet<QString> names;
    auto job = await(m_api->followInfo());
    if (!job->hasError()) {
        for (const FollowerInfo& info : job->result()->followers)
            names.insert(info.followerIndex);
    }
    return names;
}

void FollowManyTest::planShowsCollision()
{
    const FollowManyPlan p = plan(spec());
    QCOMPARE(p.candidates().size(), 50);
    QCOMPARE(p.count(State::WillFollow), 49);
    QCOMPARE(p.count(State::NameTaken), 1);
    QCOMPARE(p.candidates().at(6).leaderIndex, leader(7));
    QCOMPARE(p.candidates().at(6).state, State::NameTaken);
    QCOMPARE(p.candidates().at(0).followerIndex, QStringLiteral("logs-0001-copy"));
}

void FollowManyTest::followsAndRetriesFailed()
{
    const FollowManyPlan p = plan(spec());
    QCOMPARE(p.count(State::WillFollow), 49);
    // Someone creates an index with a planned name between the plan and the follow: that one fails.
    QVERIFY(createLocalIndex(QStringLiteral("logs-0003-copy")));

    FollowManyOperation operation(m_actions.get(), p.spec(), p.candidates());
    QCOMPARE(operation.total(), 49);
    QCOMPARE(operation.maxConcurrency(), 4);
    QSignalSpy items(&operation, &FollowManyOperation::itemFinished);
    QSignalSpy progress(&operation, &FollowManyOperation::progress);
    runToEnd(operation);
    QCOMPARE(items.size(), 49);
    QCOMPARE(progress.last().at(0).toInt(), 49);
    QCOMPARE(operation.count(Outcome::Followed), 48);
    QCOMPARE(operation.count(Outcome::Failed), 1);
    const FollowManyResult& failed = operation.results().at(2);
    QCOMPARE(failed.followerIndex, QStringLiteral("logs-0003-copy"));
    QCOMPARE(failed.outcome, Outcome::Failed);
    QVERIFY(!failed.message.isEmpty());
    QVERIFY(!operation.allSucceeded());

    QSet<QString> now = followers();
    QCOMPARE(now.size(), 48);
    QVERIFY(now.contains(QStringLiteral("logs-0050-copy")));
    QVERIFY(!now.contains(QStringLiteral("logs-0007-copy")));

    // Clear the way and retry: only the failed one runs.
    QVERIFY(!await(m_api->client()->send(EsRequest::del({QStringLiteral("logs-0003-copy")})))->hasError());
    items.clear();
    runToEnd(operation, true);
    QCOMPARE(items.size(), 1);
    QCOMPARE(operation.count(Outcome::Followed), 49);
    QVERIFY(operation.allSucceeded());
    QCOMPARE(operation.followed().size(), 49);
    QCOMPARE(followers().size(), 49);
}

void FollowManyTest::exclusionsRespected()
{
    FollowManySpec s = spec();
    s.leaderIndexExclusionPatterns = {QStringLiteral("logs-004*"), QStringLiteral("logs-0050")};
    const FollowManyPlan p = plan(s);
    QCOMPARE(p.count(State::Excluded), 11);
    QCOMPARE(p.count(State::WillFollow), 38);
    FollowManyOperation operation(m_actions.get(), p.spec(), p.candidates());
    runToEnd(operation);
    QCOMPARE(operation.count(Outcome::Followed), 38);
    const QSet<QString> now = followers();
    QVERIFY(!now.contains(QStringLiteral("logs-0041-copy")));
    QVERIFY(!now.contains(QStringLiteral("logs-0050-copy")));
    QVERIFY(now.contains(QStringLiteral("logs-0039-copy")));
}

void FollowManyTest::createsAutoFollowPattern()
{
    FollowManySpec s = spec();
    s.leaderIndexExclusionPatterns = {QStringLiteral("logs-old-*")};
    const FollowManyPlan p = plan(s);
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(FollowParameter::MaxReadRequestOperationCount, QStringLiteral("1000")));
    FollowManyOperation operation(m_actions.get(), p.spec(), p.candidates(), parameters);
    operation.setAutoFollowPatternName(QStringLiteral("logs-pattern"));
    QSignalSpy pattern(&operation, &FollowManyOperation::patternFinished);
    runToEnd(operation);
    QCOMPARE(pattern.size(), 1);
    QCOMPARE(pattern.first().at(0).toBool(), true);
    QCOMPARE(operation.patternState(), FollowManyOperation::PatternState::Created);

    auto job = await(m_api->autoFollowPatterns(QStringLiteral("logs-pattern")));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    QCOMPARE(job->result()->patterns.size(), 1);
    const AutoFollowPattern& created = job->result()->patterns.first();
    QCOMPARE(created.remoteCluster, QStringLiteral("leader"));
    QCOMPARE(created.leaderIndexPatterns, QStringList{QStringLiteral("logs-*")});
    QCOMPARE(created.leaderIndexExclusionPatterns, QStringList{QStringLiteral("logs-old-*")});
    QCOMPARE(created.followIndexPattern, QStringLiteral("{{leader_index}}-copy"));
    QCOMPARE(created.parameters.maxReadRequestOperationCount, std::optional<int>(1000));

    // A leader index created afterwards follows by itself.
    m_fixture->sandbox().createLeaderIndex(leader(51));
    m_fixture->sandbox().advance(20);
    QTRY_VERIFY_WITH_TIMEOUT(followers().contains(QStringLiteral("logs-0051-copy")), 5000);
}

void FollowManyTest::planFailsOnUnknownRemote()
{
    FollowManySpec s = spec();
    s.remoteCluster = QStringLiteral("nowhere");
    FollowManyPlanner planner(m_api);
    QSignalSpy finished(&planner, &FollowManyPlanner::finished);
    planner.start(s);
    QVERIFY(finished.wait(10000));
    QVERIFY(!planner.plan());
    QCOMPARE(planner.error().httpStatus(), 404);
}

void FollowManyTest::backingIndexJoinsADataStream()
{
    sandbox::Cluster& leaderCluster = m_fixture->sandbox().leader();
    leaderCluster.dataStreams().putTemplate({QStringLiteral("events"), {QStringLiteral("events-*")}, 1, true});
    const QString backing =
        leaderCluster.dataStreams().create(QStringLiteral("events-app"), QStringLiteral("events")).writeIndex();
    FollowManySpec s;
    s.remoteCluster = QStringLiteral("leader");
    s.leaderIndexPatterns = {QStringLiteral("events-*")};
    s.followIndexPattern = QStringLiteral("{{leader_index}}-dr");
    FollowManyCandidate candidate;
    candidate.leaderIndex = backing;
    candidate.dataStream = QStringLiteral("events-app");
    candidate.followerIndex = FollowManyPlan::followerName(s.followIndexPattern, backing);
    FollowManyOperation operation(m_actions.get(), s, {candidate});
    runToEnd(operation);
    QCOMPARE(operation.count(Outcome::Followed), 1);
    // The follow named the local stream after the leader's, renamed like the indices: events-app-dr.
    auto streams = await(m_api->dataStreams(QStringLiteral("events-app-dr")));
    QVERIFY2(!streams->hasError(), qPrintable(streams->error().userMessage()));
    QCOMPARE(streams->result()->dataStreams.size(), 1);
    QVERIFY(streams->result()->dataStreams.first().replicated);
    QCOMPARE(streams->result()->dataStreams.first().writeIndex(), candidate.followerIndex);
}

QTEST_GUILESS_MAIN(FollowManyTest)
#include "tst_followmany.moc"
