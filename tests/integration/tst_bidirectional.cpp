// Bi-directional setup (core/dr) between the sandbox's two clusters over real sockets: the plan is the dry run and
// changes nothing; running it adds the missing alias back and creates both auto-follow patterns; new indices on
// either side replicate to the other with the origin suffix and do not loop back; running again is a no-op; a
// different pattern of the same name is reported by name and nothing is changed. The report (BidirectionalReport)
// names both sides' planned patterns, every step with its cluster and outcome, and a conflict as failed.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "core/dr/BidirectionalPlanner.h"
#include "core/dr/BidirectionalReport.h"
#include "core/dr/BidirectionalRun.h"
#include "sandbox/Cluster.h"
#include "sandbox/EmulatedIndex.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;
using State = BidirectionalPlan::PatternState;

class BidirectionalTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunPlansAndChangesNothing();
    void runReplicatesBothWaysWithoutLoops();
    void rerunIsANoOp();
    void conflictingPatternIsNamed();

private:
    std::optional<BidirectionalPlan> plan();
    bool runToEnd(BidirectionalRun& run);
    QStringList patternNames(CcrApi& api);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<EsClient> m_leaderClient;
    std::unique_ptr<CcrApi> m_leaderApi;
    std::unique_ptr<ClusterSession> m_local; // the sandbox's follower cluster (alias "leader" exists)
    std::unique_ptr<ClusterSession> m_other; // the sandbox's leader cluster (no alias back yet)
};

void BidirectionalTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    EsEndpoint endpoint;
    endpoint.baseUrl = m_fixture->sandbox().leaderUrl();
    m_leaderClient = std::make_unique<EsClient>(&m_fixture->network(), endpoint, nullptr);
    m_leaderApi = std::make_unique<CcrApi>(m_leaderClient.get());
    m_local = test::makeSession(m_fixture->client(), QStringLiteral("east"), nullptr);
    m_other = test::makeSession(*m_leaderClient, QStringLiteral("west"), nullptr);
}

void BidirectionalTest::cleanup()
{
    m_local.reset();
    m_other.reset();
    m_leaderApi.reset();
    m_leaderClient.reset();
    m_fixture.reset();
}

std::optional<BidirectionalPlan> BidirectionalTest::plan()
{
    BidirectionalPlanner planner(m_local.get(), m_other.get(),
                                 {QStringLiteral("leader"), QStringLiteral("follower"), {QStringLiteral("logs-*")}});
    QSignalSpy finished(&planner, &BidirectionalPlanner::finished);
    planner.start();
    if (!finished.wait(10000))
        return std::nullopt;
    return planner.plan();
}

bool BidirectionalTest::runToEnd(BidirectionalRun& run)
{
    QSignalSpy finished(&run, &BidirectionalRun::finished);
    run.start();
    return !finished.isEmpty() || finished.wait(10000);
}

QStringList BidirectionalTest::patternNames(CcrApi& api)
{
    QStringList names;
    const auto job = await(api.autoFollowPatterns());
    if (job->result())
        for (const AutoFollowPattern& pattern : job->result()->patterns)
            names.append(pattern.name);
    return names;
}

void BidirectionalTest::dryRunPlansAndChangesNothing()
{
    const auto planned = plan();
    QVERIFY(planned);
    QCOMPARE(planned->local.cluster, QStringLiteral("east"));
    QVERIFY(planned->local.aliasState == BidirectionalPlan::AliasState::Connected);
    QVERIFY(planned->other.aliasState == BidirectionalPlan::AliasState::Missing);
    // The alias back is offered with the follower cluster's transport address, read from its GET /_nodes.
    QCOMPARE(planned->other.seeds, QStringList{m_fixture->sandbox().follower().transportAddress()});
    QCOMPARE(planned->local.pattern.name, QStringLiteral("bidirectional-leader"));
    QCOMPARE(planned->local.pattern.followIndexPattern, QStringLiteral("{{leader_index}}-replicated_from_leader"));
    QCOMPARE(planned->other.pattern.remoteCluster, QStringLiteral("follower"));
    QCOMPARE(planned->other.pattern.leaderIndexExclusionPatterns, QStringList{QStringLiteral("*-replicated_from_*")});
    QVERIFY(planned->local.patternState == State::Create);
    QVERIFY(planned->other.patternState == State::Create);
    QVERIFY(planned->phases() == (QList<BidirectionalPlan::Phase>{BidirectionalPlan::Phase::AddAliases,
                                                                  BidirectionalPlan::Phase::CreatePatterns,
                                                                  BidirectionalPlan::Phase::Verify}));
    QVERIFY(patternNames(m_fixture->api()).isEmpty());
    QVERIFY(patternNames(*m_leaderApi).isEmpty());
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
}

void BidirectionalTest::runReplicatesBothWaysWithoutLoops()
{
    const auto planned = plan();
    QVERIFY(planned);
    BidirectionalRun run(m_local.get(), m_other.get(), *planned);
    QVERIFY(runToEnd(run));
    QVERIFY2(run.succeeded(), qPrintable(run.items().isEmpty() ? QString() : run.items().constLast().result.message));
    QCOMPARE(run.items().size(), 5); // the alias back, two patterns, both read back
    QCOMPARE(patternNames(m_fixture->api()), QStringList{QStringLiteral("bidirectional-leader")});
    QCOMPARE(patternNames(*m_leaderApi), QStringList{QStringLiteral("bidirectional-follower")});
    const QJsonObject report = BidirectionalReport::toJson(run);
    QCOMPARE(report.value(QStringLiteral("action")).toString(), QStringLiteral("bidirectional"));
    QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(report.value(QStringLiteral("remote_cluster")).toString(), QStringLiteral("leader"));
    QCOMPARE(report.value(QStringLiteral("remote_cluster_back")).toString(), QStringLiteral("follower"));
    QCOMPARE(report.value(QStringLiteral("sides")).toArray().size(), 2);
    const QJsonArray phases = report.value(QStringLiteral("phases")).toArray();
    QCOMPARE(phases.size(), 3);
    const QJsonObject aliasBack = phases.at(0).toObject().value(QStringLiteral("items")).toArray().at(0).toObject();
    QCOMPARE(aliasBack.value(QStringLiteral("name")).toString(), QStringLiteral("follower"));
    QCOMPARE(aliasBack.value(QStringLiteral("cluster")).toString(), planned->other.cluster);
    QVERIFY(report.value(QStringLiteral("started_at")).toString() <=
            report.value(QStringLiteral("finished_at")).toString());
    const QString markdown = BidirectionalReport::toMarkdown(run);
    QVERIFY(markdown.startsWith(QStringLiteral("# ")));
    QVERIFY(markdown.contains(QStringLiteral("`bidirectional-leader`")));
    QVERIFY(markdown.contains(QStringLiteral("`{{leader_index}}-replicated_from_follower`")));
    QVERIFY(markdown.contains(QStringLiteral("- `follower` (%1): done").arg(planned->other.cluster)));
    QVERIFY(!markdown.contains(m_fixture->sandbox().leaderUrl().toString())); // names, not addresses

    sandbox::Cluster& east = m_fixture->sandbox().follower();
    sandbox::Cluster& west = m_fixture->sandbox().leader();
    QVERIFY(west.createIndex(QStringLiteral("logs-west"), {}));
    QVERIFY(east.createIndex(QStringLiteral("logs-east"), {}));
    m_fixture->sandbox().advance(5);
    QVERIFY(east.index(QStringLiteral("logs-west-replicated_from_leader")));
    QVERIFY(east.index(QStringLiteral("logs-west-replicated_from_leader"))->isFollower());
    QVERIFY(west.index(QStringLiteral("logs-east-replicated_from_follower")));
    QVERIFY(west.index(QStringLiteral("logs-east-replicated_from_follower"))->isFollower());
    // No loop: each side holds its own index and one copy of the other's, nothing more.
    QCOMPARE(east.indices().keys(),
             (QStringList{QStringLiteral("logs-east"), QStringLiteral("logs-west-replicated_from_leader")}));
    QCOMPARE(west.indices().keys(),
             (QStringList{QStringLiteral("logs-east-replicated_from_follower"), QStringLiteral("logs-west")}));
}

void BidirectionalTest::rerunIsANoOp()
{
    {
        const auto planned = plan();
        QVERIFY(planned);
        BidirectionalRun run(m_local.get(), m_other.get(), *planned);
        QVERIFY(runToEnd(run));
        QVERIFY(run.succeeded());
    }
    const auto again = plan();
    QVERIFY(again);
    QVERIFY(again->isDone());
    QVERIFY(again->local.patternState == State::Present);
    QVERIFY(again->other.aliasState == BidirectionalPlan::AliasState::Connected);
    QVERIFY(again->phases() == QList<BidirectionalPlan::Phase>{BidirectionalPlan::Phase::Verify});
    BidirectionalRun run(m_local.get(), m_other.get(), *again);
    QVERIFY(runToEnd(run));
    QVERIFY(run.succeeded());
    for (const BidirectionalRun::Item& item : run.items())
        QVERIFY(item.phase == BidirectionalPlan::Phase::Verify);
}

void BidirectionalTest::conflictingPatternIsNamed()
{
    AutoFollowPattern other;
    other.remoteCluster = QStringLiteral("leader");
    other.leaderIndexPatterns = {QStringLiteral("metrics-*")};
    QVERIFY(!await(m_fixture->api().putAutoFollowPattern(QStringLiteral("bidirectional-leader"), other))->hasError());
    const auto planned = plan();
    QVERIFY(planned);
    QVERIFY(planned->hasConflict());
    QVERIFY(planned->local.patternState == State::Conflict);
    QVERIFY(planned->local.conflict.contains(QLatin1String("metrics-*")));
    BidirectionalRun run(m_local.get(), m_other.get(), *planned);
    QVERIFY(runToEnd(run));
    QVERIFY(!run.succeeded());
    QCOMPARE(run.failedCount(), 1);
    QVERIFY(run.items().constFirst().result.message.contains(QLatin1String("bidirectional-leader")));
    const QJsonObject report = BidirectionalReport::toJson(run);
    QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
    QVERIFY(BidirectionalReport::toMarkdown(run).contains(QStringLiteral("failed: ")));
    // Nothing changed on either cluster.
    QVERIFY(patternNames(*m_leaderApi).isEmpty());
    QVERIFY(!m_fixture->sandbox().leader().remote(QStringLiteral("follower")));
}

QTEST_GUILESS_MAIN(BidirectionalTest)
#include "tst_bidirectional.moc"
