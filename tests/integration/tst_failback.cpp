// Failback (core/dr) as a disaster-recovery drill on the sandbox over real sockets. The sandbox's leader cluster is A
// and its follower cluster B: B follows A's indices and a data stream under the same names → failover on B (the
// existing FailoverRun) → A goes down → documents are written on B → A comes back → the failback plan (the dry run)
// changes nothing → failback refuses to delete A's copies without consent → with consent, a run cancelled half-way
// and run again continues → A follows B with the same documents → switch back: a failover on A, B follows A again
// through its original alias, B's auto-follow pattern is resumed. DUPER_FAILBACK_FOLLOWERS sets the number of
// indices (default 20); the switch-back's report is checked; the drill's wall time is printed.
// The catch-up wait when it cannot finish: one of A's new followers is paused as the wait begins, so its lag is never
// reported as 0; with a short Options::catchUpTimeoutMs the run ends failed with that follower named in the catch-up
// phase (the others caught up), the report says so, and once it is resumed a new plan and run complete.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/dr/FailbackPlanner.h"
#include "core/dr/FailbackReport.h"
#include "core/dr/FailbackRun.h"
#include "core/dr/FailoverPlanner.h"
#include "core/dr/FailoverRun.h"
#include "core/dr/SwitchBackRun.h"
#include "core/followers/FollowerActions.h"
#include "sandbox/Cluster.h"
#include "sandbox/EmulatedIndex.h"
#include "sandbox/FollowService.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;
using Phase = FailbackPlan::Phase;
using Which = sandbox::Sandbox::Which;

class FailbackTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drill();
    void catchUpTimeoutNamesTheLaggards();

private:
    static QString index(int i) { return QStringLiteral("app-%1").arg(i, 4, 10, QLatin1Char('0')); }
    static QString promoted(int i) { return QStringLiteral("written-on-b-%1").arg(i); }
    static FailbackRun::Options shortCatchUp();
    std::optional<FailbackPlan> planFailback(ClusterSession* a, ClusterSession* b, const QString& alias);
    bool runFailover(ClusterSession* session, const QString& alias);
    void runToEnd(FailbackRun& run);
    void followAll(ClusterSession* session, const QString& alias, const QStringList& names);
    QByteArray stateOf(CcrApi* api);
    void expectSameDocuments(sandbox::Cluster& follower, sandbox::Cluster& leader, const QStringList& names);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<EsClient> m_clientA;
    std::unique_ptr<ClusterSession> m_a; // the sandbox's leader cluster
    std::unique_ptr<ClusterSession> m_b; // the sandbox's follower cluster
    QString m_backing;
    int m_count = 20;
};

void FailbackTest::init()
{
    m_count = qEnvironmentVariableIntValue("DUPER_FAILBACK_FOLLOWERS");
    if (m_count <= 0)
        m_count = 20;
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.tickIntervalMs = 10; // replication moves on its own, as a catch-up wait needs
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    EsEndpoint endpoint;
    endpoint.baseUrl = m_fixture->sandbox().leaderUrl();
    m_clientA = std::make_unique<EsClient>(&m_fixture->network(), endpoint, nullptr);
    m_a = test::makeSession(*m_clientA, QStringLiteral("site-a"), nullptr);
    m_b = test::makeSession(m_fixture->client(), QStringLiteral("site-b"), nullptr);

    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    for (int i = 1; i <= m_count; ++i) {
        sandbox.createLeaderIndex(index(i));
        sandbox.indexLeaderDocuments(index(i), 3);
    }
    sandbox.leader().dataStreams().putTemplate({QStringLiteral("logs"), {QStringLiteral("logs-*")}, 100, true});
    m_backing = sandbox.leader().dataStreams().create(QStringLiteral("logs-app"), QStringLiteral("logs")).writeIndex();
    sandbox.leader().index(m_backing)->index(QStringLiteral("l1"), R"({"@timestamp":"2026-12-05T00:00:00Z"})");
    AutoFollowPattern pattern;
    pattern.remoteCluster = QStringLiteral("leader");
    pattern.leaderIndexPatterns = {QStringLiteral("new-*")};
    QVERIFY(!await(m_b->api()->putAutoFollowPattern(QStringLiteral("new"), pattern))->hasError());
}

void FailbackTest::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_clientA.reset();
    m_fixture.reset();
}

std::optional<FailbackPlan> FailbackTest::planFailback(ClusterSession* a, ClusterSession* b, const QString& alias)
{
    FailbackPlanner planner(a->api(), b->api(), alias);
    QSignalSpy finished(&planner, &FailbackPlanner::finished);
    planner.start();
    if (!finished.wait(30000))
        return std::nullopt;
    if (!planner.plan())
        qWarning() << planner.error().userMessage();
    return planner.plan();
}

bool FailbackTest::runFailover(ClusterSession* session, const QString& alias)
{
    FailoverPlanner planner(session->api(), alias);
    QSignalSpy planned(&planner, &FailoverPlanner::finished);
    planner.start();
    if (!planned.wait(30000) || !planner.plan())
        return false;
    FailoverRun run(session, *planner.plan());
    QSignalSpy finished(&run, &FailoverRun::finished);
    run.start();
    return finished.wait(60000) && run.succeeded();
}

void FailbackTest::runToEnd(FailbackRun& run)
{
    QSignalSpy finished(&run, &FailbackRun::finished);
    run.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.size(), 1);
}

void FailbackTest::followAll(ClusterSession* session, const QString& alias, const QStringList& names)
{
    QHash<QString, FollowRequest> requests;
    for (const QString& name : names) {
        FollowRequest request;
        request.remoteCluster = alias;
        request.leaderIndex = name;
        if (name == m_backing)
            request.dataStreamName = QStringLiteral("logs-app");
        requests.insert(name, request);
    }
    BatchRunner* runner = session->followerActions()->follow(names, requests);
    QSignalSpy finished(runner, &BatchRunner::finished);
    runner->start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(runner->succeededCount(), int(names.size()));
    runner->deleteLater();
}

QByteArray FailbackTest::stateOf(CcrApi* api)
{
    auto info = await(api->followInfo());
    auto streams = await(api->dataStreams());
    auto remotes = await(api->remoteInfo());
    auto stats = await(api->indexStats());
    return info->body() + streams->body() + remotes->body() + stats->body();
}

void FailbackTest::expectSameDocuments(sandbox::Cluster& follower, sandbox::Cluster& leader, const QStringList& names)
{
    for (const QString& name : names) {
        QVERIFY2(follower.index(name) && leader.index(name), qPrintable(name));
        QTRY_COMPARE_WITH_TIMEOUT(follower.index(name)->documentCount(), leader.index(name)->documentCount(), 10000);
    }
}

FailbackRun::Options FailbackTest::shortCatchUp()
{
    FailbackRun::Options options;
    options.catchUpTimeoutMs = 400;
    options.pollIntervalMs = 20;
    return options;
}

void FailbackTest::drill()
{
    QElapsedTimer clock;
    clock.start();
    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    sandbox::Cluster& a = sandbox.leader();
    sandbox::Cluster& b = sandbox.follower();
    QStringList names;
    for (int i = 1; i <= m_count; ++i)
        names.append(index(i));
    names.append(m_backing);
    followAll(m_b.get(), QStringLiteral("leader"), names);
    expectSameDocuments(b, a, names);
    const qint64 setUp = clock.restart();

    // Failover on B, then A is lost and B takes writes, also into the promoted data stream.
    QVERIFY(runFailover(m_b.get(), QStringLiteral("leader")));
    QVERIFY(sandbox.setClusterDown(Which::Leader, true));
    for (int i = 1; i <= 5 && i <= m_count; ++i)
        b.index(index(i))->index(QStringLiteral("b-%1").arg(i), R"({"written":"on B"})");
    b.index(m_backing)->index(QStringLiteral("b-ds"), R"({"@timestamp":"2026-12-05T01:00:00Z"})");
    QVERIFY(sandbox.setClusterDown(Which::Leader, false));

    // The plan is the dry run: it reads, and both clusters are as before.
    const QByteArray beforeA = stateOf(m_a->api());
    const QByteArray beforeB = stateOf(m_b->api());
    auto plan = planFailback(m_a.get(), m_b.get(), QStringLiteral("promoted"));
    QVERIFY(plan);
    QCOMPARE(stateOf(m_a->api()), beforeA);
    QCOMPARE(stateOf(m_b->api()), beforeB);
    QVERIFY(!plan->remoteExists);
    QCOMPARE(plan->seeds, QStringList{b.transportAddress()});
    QCOMPARE(plan->indexNames().size(), names.size());
    QCOMPARE(plan->dataStreamsToDelete, QStringList{QStringLiteral("logs-app")});
    QCOMPARE(plan->indicesToDelete.size(), m_count);
    QVERIFY(plan->find(index(1))->differs());
    QVERIFY(plan->find(m_backing)->differs());
    if (m_count > 5)
        QVERIFY(!plan->find(index(6))->differs());
    QCOMPARE(plan->phases(), (QList<Phase>{Phase::EnsureRemote, Phase::DeleteStaleCopies, Phase::Follow, Phase::CatchUp,
                                           Phase::Verify}));

    // Without consent nothing is deleted and nothing followed.
    FailbackRun refused(m_a.get(), m_b.get(), *plan, {});
    runToEnd(refused);
    QVERIFY(refused.stoppedBeforeDeleting());
    QVERIFY(!refused.succeeded());
    QCOMPARE(refused.items(Phase::DeleteStaleCopies).size(), m_count + 1);
    QVERIFY(refused.items(Phase::Follow).isEmpty());
    QVERIFY(a.index(index(1)) && !a.index(index(1))->isFollower());

    // With consent, cancelled half-way through the follows …
    plan = planFailback(m_a.get(), m_b.get(), QStringLiteral("promoted"));
    QVERIFY(plan && plan->remoteExists && plan->remoteConnected); // the refused run added the remote
    FailbackRun::Options options;
    options.deleteConfirmed = true;
    options.maxConcurrency = 2;
    FailbackRun first(m_a.get(), m_b.get(), *plan, options);
    connect(&first, &FailbackRun::itemFinished, &first, [&first](Phase phase) {
        if (phase == Phase::Follow && first.items(Phase::Follow).size() == 3)
            first.cancel();
    });
    runToEnd(first);
    QVERIFY(first.wasCancelled());
    QVERIFY(!first.succeeded());
    QVERIFY(first.items(Phase::Verify).isEmpty());

    // … and run again: it continues from what the clusters say, deleting nothing more.
    plan = planFailback(m_a.get(), m_b.get(), QStringLiteral("promoted"));
    QVERIFY(plan);
    QVERIFY(!plan->needsDeletion());
    QVERIFY(plan->toFollow().size() < names.size());
    FailbackRun second(m_a.get(), m_b.get(), *plan, options);
    runToEnd(second);
    QVERIFY2(second.succeeded(), qPrintable(QString::number(second.failedCount())));
    QCOMPARE(second.items(Phase::Verify).size(), names.size());
    for (const QString& name : std::as_const(names))
        QVERIFY2(a.index(name)->isFollower(), qPrintable(name));
    expectSameDocuments(a, b, names);
    QCOMPARE(a.index(index(1))->documentCount(), 4);
    const QJsonObject report = FailbackReport::toJson(second, QStringLiteral("site-a"), QStringLiteral("site-b"));
    QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(report.value(QStringLiteral("indices")).toArray().size(), names.size());
    const qint64 failback = clock.restart();

    // Switch back: a failover on A, B follows A again through its original alias (with consent), B's auto-follow
    // pattern that the first failover paused is resumed.
    SwitchBackRun back(m_a.get(), m_b.get(), QStringLiteral("promoted"), QStringLiteral("leader"), options);
    QSignalSpy stages(&back, &SwitchBackRun::stageStarted);
    QSignalSpy switched(&back, &SwitchBackRun::finished);
    back.start();
    QVERIFY(switched.wait(120000));
    QVERIFY2(back.succeeded(), qPrintable(back.error().userMessage()));
    QCOMPARE(stages.size(), 3);
    QCOMPARE(back.failbackRun()->plan().indicesToDelete.size(), m_count);
    QCOMPARE(back.resumedPatterns().size(), 1);
    // Its report: the header and every stage with its items, for people and for tools.
    const QJsonObject switchBack = FailbackReport::toJson(back, QStringLiteral("site-a"), QStringLiteral("site-b"));
    QCOMPARE(switchBack.value(QStringLiteral("action")).toString(), QStringLiteral("switch_back"));
    QCOMPARE(switchBack.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(switchBack.value(QStringLiteral("remote_cluster")).toString(), QStringLiteral("promoted"));
    QCOMPARE(switchBack.value(QStringLiteral("failback")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("succeeded"));
    const QString switchBackText = FailbackReport::toMarkdown(back, QStringLiteral("site-a"), QStringLiteral("site-b"));
    QVERIFY(switchBackText.startsWith(QStringLiteral("# Switch back: site-a leads again, site-b follows it")));
    QVERIFY(switchBackText.contains(QStringLiteral("### %1").arg(failoverPhaseTitle(FailoverPlan::Phase::Unfollow))));
    QVERIFY(switchBackText.contains(QStringLiteral("- `%1`: done").arg(index(1))));
    QVERIFY(switchBackText.contains(QStringLiteral("- `new`: done")));
    // The original direction: B follows A, A leads and takes writes that reach B.
    for (const QString& name : std::as_const(names)) {
        QVERIFY2(b.index(name)->isFollower() && !a.index(name)->isFollower(), qPrintable(name));
        QCOMPARE(b.index(name)->follow()->remoteCluster, QStringLiteral("leader"));
    }
    a.index(index(1))->index(QStringLiteral("after"), R"({"written":"on A again"})");
    expectSameDocuments(b, a, names);
    QCOMPARE(b.index(index(1))->documentCount(), 5);
    auto patterns = await(m_b->api()->autoFollowPatterns());
    QVERIFY(patterns->result()->patterns.first().active);
    qInfo("failback drill with %d followers: set-up %lld ms, failover + failback %lld ms, switch back %lld ms", m_count,
          setUp, failback, clock.elapsed());
}

void FailbackTest::catchUpTimeoutNamesTheLaggards()
{
    // B holds regular indices A has never had (as after writes into new indices during the outage).
    sandbox::Cluster& a = m_fixture->sandbox().leader();
    for (int i = 1; i <= 3; ++i) {
        sandbox::EmulatedIndex* created = m_fixture->sandbox().follower().createIndex(promoted(i), {});
        QVERIFY(created);
        for (int d = 0; d < 3; ++d)
            created->index(QStringLiteral("d%1").arg(d), R"({"n":1})");
    }
    const auto first = planFailback(m_a.get(), m_b.get(), QStringLiteral("promoted"));
    QVERIFY(first);
    QCOMPARE(first->toFollow().size(), 3);

    FailbackRun run(m_a.get(), m_b.get(), *first, shortCatchUp());
    // As the wait begins, promoted(2) stops following on A (paused), so A reports no progress for it any more.
    connect(&run, &FailbackRun::phaseStarted, this, [&a](Phase phase) {
        if (phase == Phase::CatchUp)
            QVERIFY(!sandbox::FollowService(a).pause(promoted(2)));
    });
    QSignalSpy finished(&run, &FailbackRun::finished);
    run.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(!run.succeeded());
    const QList<FailbackRun::Item> caughtUp = run.items(Phase::CatchUp);
    QCOMPARE(caughtUp.size(), 3);
    QStringList laggards;
    for (const FailbackRun::Item& item : caughtUp) {
        if (!item.result.failed())
            continue;
        laggards.append(item.result.name);
        QVERIFY2(item.result.message.contains(QLatin1String("Not caught up after 0.4 s")),
                 qPrintable(item.result.message));
    }
    QCOMPARE(laggards, QStringList{promoted(2)});
    QCOMPARE(run.failedCount(), 1); // only the wait failed: the others caught up, every index is a follower

    const QJsonObject json = FailbackReport::toJson(run, QStringLiteral("site-a"), QStringLiteral("site-b"));
    QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 1);
    QJsonObject catchUpPhase;
    for (const QJsonValue phase : json.value(QStringLiteral("phases")).toArray())
        if (phase.toObject().value(QStringLiteral("phase")).toString() == failbackPhaseKey(Phase::CatchUp))
            catchUpPhase = phase.toObject();
    bool named = false;
    for (const QJsonValue item : catchUpPhase.value(QStringLiteral("items")).toArray())
        named = named || (item.toObject().value(QStringLiteral("name")).toString() == promoted(2) &&
                          item.toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("failed"));
    QVERIFY(named);
    const QString markdown = FailbackReport::toMarkdown(run, QStringLiteral("site-a"), QStringLiteral("site-b"));
    QVERIFY2(markdown.contains(QStringLiteral("- `%1`: failed: Not caught up").arg(promoted(2))), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("- `%1`: done").arg(promoted(1))));

    // The cause is gone: the follower runs again. A new plan only waits and checks.
    QVERIFY(!sandbox::FollowService(a).resume(promoted(2), {}));
    const auto second = planFailback(m_a.get(), m_b.get(), QStringLiteral("promoted"));
    QVERIFY(second);
    QVERIFY(second->toFollow().isEmpty());
    QVERIFY(second->staleCopies().isEmpty());
    FailbackRun again(m_a.get(), m_b.get(), *second, shortCatchUp());
    QSignalSpy againFinished(&again, &FailbackRun::finished);
    again.start();
    QVERIFY(againFinished.wait(30000));
    QVERIFY2(again.succeeded(), qPrintable(FailbackReport::toMarkdown(again, QString(), QString())));
    QCOMPARE(again.items(Phase::CatchUp).size(), 3);
    QCOMPARE(again.items(Phase::Follow).size(), 0);
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(a.index(promoted(i))->isFollower());
        QCOMPARE(a.index(promoted(i))->documentCount(), 3);
    }
}

QTEST_GUILESS_MAIN(FailbackTest)
#include "tst_failback.moc"
