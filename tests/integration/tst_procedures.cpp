// Unfollow and recreate as resumable procedures, against the sandbox over real sockets.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/procedures/RecreateProcedure.h"
#include "core/procedures/UnfollowProcedure.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

Q_DECLARE_METATYPE(duper::ProcedureStep)
Q_DECLARE_METATYPE(duper::StepOutcome)

namespace {

struct StepRecord
{
    ProcedureStep step;
    StepOutcome outcome;
    friend bool operator==(const StepRecord&, const StepRecord&) = default;
};

// Runs a procedure to its end and returns the steps it reported.
QList<StepRecord> run(FollowerProcedure& procedure, bool* succeeded)
{
    QList<StepRecord> steps;
    auto connection = QObject::connect(&procedure, &FollowerProcedure::stepFinished,
                                       [&steps](ProcedureStep step, StepOutcome outcome) {
                                           steps.append({step, outcome});
                                       });
    QSignalSpy finished(&procedure, &FollowerProcedure::finished);
    procedure.start();
    if (finished.isEmpty())
        finished.wait(10000);
    QObject::disconnect(connection);
    *succeeded = !finished.isEmpty() && finished.first().first().toBool();
    return steps;
}

} // namespace

class ProceduresTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unfollowActiveFollower();
    void unfollowContinuesWhereTheIndexIs();
    void unfollowRefusesRegularIndexWithoutClosingIt();
    void unfollowReportsFailedStepAndResumes();
    void recreateAfterFatalError();

private:
    void follow(const QString& leader, const QString& follower, const FollowParameters& parameters = {});
    QString indexStatus(const QString& index);

    std::unique_ptr<test::SandboxClient> m_fixture;
    sandbox::Sandbox* m_sandbox = nullptr;
    EsClient* m_client = nullptr;
    CcrApi* m_api = nullptr;
};

void ProceduresTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_sandbox = &m_fixture->sandbox();
    m_client = &m_fixture->client();
    m_api = &m_fixture->api();
}

void ProceduresTest::cleanup()
{
    m_fixture.reset();
}

void ProceduresTest::follow(const QString& leader, const QString& follower, const FollowParameters& parameters)
{
    m_sandbox->createLeaderIndex(leader);
    m_sandbox->indexLeaderDocuments(leader, 40);
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = leader;
    request.parameters = parameters;
    auto job = await(m_api->follow(follower, request));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
    m_sandbox->advance(10);
}

QString ProceduresTest::indexStatus(const QString& index)
{
    auto job = await(m_client->send(EsRequest::get({QStringLiteral("_cat"), QStringLiteral("indices"), index})
                                        .addQuery(QStringLiteral("format"), QStringLiteral("json"))));
    const QJsonArray rows = QJsonDocument::fromJson(job->body()).array();
    return rows.isEmpty() ? QString() : rows.first().toObject().value(QLatin1String("status")).toString();
}

void ProceduresTest::unfollowActiveFollower()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"));
    UnfollowProcedure procedure(m_api, QStringLiteral("orders-copy"));
    bool succeeded = false;
    const QList<StepRecord> steps = run(procedure, &succeeded);
    QVERIFY2(succeeded, qPrintable(procedure.failureReport()));
    const QList<StepRecord> expected{{ProcedureStep::Inspect, StepOutcome::Done},
                                     {ProcedureStep::Pause, StepOutcome::Done},
                                     {ProcedureStep::Close, StepOutcome::Done},
                                     {ProcedureStep::Unfollow, StepOutcome::Done},
                                     {ProcedureStep::Open, StepOutcome::Done}};
    QCOMPARE(steps, expected);

    // A plain open index with the replicated documents.
    auto info = await(m_api->followInfo({QStringLiteral("orders-copy")}));
    QVERIFY(!info->hasError());
    QVERIFY(info->result()->followers.isEmpty());
    QCOMPARE(indexStatus(QStringLiteral("orders-copy")), QStringLiteral("open"));
    auto count = await(m_client->send(EsRequest::get({QStringLiteral("orders-copy"), QStringLiteral("_count")})));
    QCOMPARE(QJsonDocument::fromJson(count->body()).object().value(QLatin1String("count")).toInt(), 40);
}

void ProceduresTest::unfollowContinuesWhereTheIndexIs()
{
    // As if an earlier run stopped after closing: paused and closed already.
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"));
    QVERIFY(!await(m_api->pauseFollow(QStringLiteral("orders-copy")))->hasError());
    QVERIFY(!await(m_api->closeIndex(QStringLiteral("orders-copy")))->hasError());

    UnfollowProcedure procedure(m_api, QStringLiteral("orders-copy"));
    bool succeeded = false;
    const QList<StepRecord> steps = run(procedure, &succeeded);
    QVERIFY2(succeeded, qPrintable(procedure.failureReport()));
    const QList<StepRecord> expected{{ProcedureStep::Inspect, StepOutcome::Done},
                                     {ProcedureStep::Pause, StepOutcome::AlreadyDone},
                                     {ProcedureStep::Close, StepOutcome::AlreadyDone},
                                     {ProcedureStep::Unfollow, StepOutcome::Done},
                                     {ProcedureStep::Open, StepOutcome::Done}};
    QCOMPARE(steps, expected);

    // As if a run stopped after unfollow: a closed regular index; only reopening is left.
    QVERIFY(!await(m_api->closeIndex(QStringLiteral("orders-copy")))->hasError());
    UnfollowProcedure again(m_api, QStringLiteral("orders-copy"));
    const QList<StepRecord> secondSteps = run(again, &succeeded);
    QVERIFY2(succeeded, qPrintable(again.failureReport()));
    QCOMPARE(secondSteps.at(3), (StepRecord{ProcedureStep::Unfollow, StepOutcome::AlreadyDone}));
    QCOMPARE(secondSteps.at(4), (StepRecord{ProcedureStep::Open, StepOutcome::Done}));
    QCOMPARE(indexStatus(QStringLiteral("orders-copy")), QStringLiteral("open"));
}

void ProceduresTest::unfollowRefusesRegularIndexWithoutClosingIt()
{
    QVERIFY(!await(m_client->send(EsRequest::put({QStringLiteral("plain")})))->hasError());
    UnfollowProcedure procedure(m_api, QStringLiteral("plain"));
    bool succeeded = true;
    run(procedure, &succeeded);
    QVERIFY(!succeeded);
    QCOMPARE(procedure.failedStep(), ProcedureStep::Inspect);
    QCOMPARE(procedure.error().httpStatus(), 400);
    QCOMPARE(procedure.error().cause().reason, QStringLiteral("index [plain] is not a follower index"));
    QCOMPARE(indexStatus(QStringLiteral("plain")), QStringLiteral("open"));
    QVERIFY(procedure.failureReport().contains(QLatin1String("plain")));
}

void ProceduresTest::unfollowReportsFailedStepAndResumes()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"));
    // The cluster refuses closing indices: the procedure stops at Close, paused and still open.
    auto refuse = await(m_client->send(EsRequest::put({QStringLiteral("_cluster"), QStringLiteral("settings")})
                                           .setJsonBody(R"({"persistent":{"cluster.indices.close.enable":false}})")));
    QVERIFY2(!refuse->hasError(), qPrintable(refuse->error().userMessage()));

    UnfollowProcedure procedure(m_api, QStringLiteral("orders-copy"));
    bool succeeded = true;
    QList<StepRecord> steps = run(procedure, &succeeded);
    QVERIFY(!succeeded);
    QCOMPARE(procedure.failedStep(), ProcedureStep::Close);
    QCOMPARE(steps.size(), 2); // inspect, pause
    QCOMPARE(procedure.state().replication, FollowerIndexState::Replication::Paused);
    QCOMPARE(procedure.state().openness, FollowerIndexState::Openness::Open);
    QVERIFY(procedure.failureReport().contains(QLatin1String("paused")));

    // Allowed again: start() continues; pausing is not an error the second time.
    auto allow = await(m_client->send(EsRequest::put({QStringLiteral("_cluster"), QStringLiteral("settings")})
                                          .setJsonBody(R"({"persistent":{"cluster.indices.close.enable":null}})")));
    QVERIFY(!allow->hasError());
    steps = run(procedure, &succeeded);
    QVERIFY2(succeeded, qPrintable(procedure.failureReport()));
    QCOMPARE(steps.at(1), (StepRecord{ProcedureStep::Pause, StepOutcome::AlreadyDone}));
    QCOMPARE(steps.last(), (StepRecord{ProcedureStep::Open, StepOutcome::Done}));
    QVERIFY(!procedure.failedStep());
}

void ProceduresTest::recreateAfterFatalError()
{
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(FollowParameter::MaxReadRequestOperationCount, QStringLiteral("64")));
    m_sandbox->faults().fatalFollowers.insert(QStringLiteral("orders-copy"));
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), parameters);

    auto stats = await(m_api->followStats({QStringLiteral("orders-copy")}));
    QVERIFY(!stats->hasError());
    QVERIFY(stats->result()->indices.first().shards.first().fatalException.has_value());

    m_sandbox->faults().fatalFollowers.clear();
    RecreateProcedure procedure(m_api, QStringLiteral("orders-copy"));
    bool succeeded = false;
    const QList<StepRecord> steps = run(procedure, &succeeded);
    QVERIFY2(succeeded, qPrintable(procedure.failureReport()));
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps.last(), (StepRecord{ProcedureStep::Follow, StepOutcome::Done}));
    QCOMPARE(procedure.followParameters().maxReadRequestOperationCount, 64);

    m_sandbox->advance(10);
    auto info = await(m_api->followInfo({QStringLiteral("orders-copy")}));
    QCOMPARE(info->result()->followers.first().status, FollowerStatus::Active);
    QCOMPARE(info->result()->followers.first().leaderIndex, QStringLiteral("orders"));
    QCOMPARE(info->result()->followers.first().parameters.maxReadRequestOperationCount, 64);
    stats = await(m_api->followStats({QStringLiteral("orders-copy")}));
    QVERIFY(!stats->hasError());
    const ShardFollowStats& shard = stats->result()->indices.first().shards.first();
    QVERIFY(!shard.fatalException.has_value());
    QCOMPARE(shard.followerGlobalCheckpoint, shard.leaderGlobalCheckpoint);
}

QTEST_GUILESS_MAIN(ProceduresTest)
#include "tst_procedures.moc"
