// Editing a follower's parameters (pause → resume with new parameters) against the sandbox over real sockets.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/procedures/EditFollowerProcedure.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

namespace {

struct StepRecord
{
    ProcedureStep step;
    StepOutcome outcome;
    friend bool operator==(const StepRecord&, const StepRecord&) = default;
};

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

FollowParameters parameters(std::initializer_list<std::pair<FollowParameter, const char*>> values)
{
    FollowParameters result;
    for (const auto& [parameter, text] : values)
        (void)result.setFromText(parameter, QString::fromLatin1(text));
    return result;
}

} // namespace

class EditFollowerProcedureTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editActiveFollower();
    void editPausedFollowerSkipsPause();
    void refusedResumeLeavesPausedAndResumesWithPrevious();

private:
    void follow(const QString& leader, const QString& follower, const FollowParameters& parameters);
    std::optional<FollowerInfo> info(const QString& follower);

    std::unique_ptr<test::SandboxClient> m_fixture;
    CcrApi* m_api = nullptr;
};

void EditFollowerProcedureTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_api = &m_fixture->api();
}

void EditFollowerProcedureTest::cleanup()
{
    m_fixture.reset();
}

void EditFollowerProcedureTest::follow(const QString& leader, const QString& follower,
                                       const FollowParameters& followParameters)
{
    m_fixture->sandbox().createLeaderIndex(leader);
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = leader;
    request.parameters = followParameters;
    auto job = await(m_api->follow(follower, request));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
}

std::optional<FollowerInfo> EditFollowerProcedureTest::info(const QString& follower)
{
    auto job = await(m_api->followInfo({follower}));
    if (job->hasError() || !job->result() || job->result()->followers.isEmpty())
        return std::nullopt;
    return job->result()->followers.first();
}

void EditFollowerProcedureTest::editActiveFollower()
{
    const FollowParameters previous = parameters({{FollowParameter::MaxReadRequestOperationCount, "100"}});
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), previous);
    const FollowParameters edited =
        parameters({{FollowParameter::MaxReadRequestOperationCount, "777"}, {FollowParameter::MaxRetryDelay, "2s"}});
    EditFollowerProcedure procedure(m_api, QStringLiteral("orders-copy"), edited, previous);
    bool ok = false;
    const QList<StepRecord> steps = run(procedure, &ok);
    QVERIFY2(ok, qPrintable(procedure.failureReport()));
    const QList<StepRecord> expected{{ProcedureStep::Inspect, StepOutcome::Done},
                                     {ProcedureStep::Pause, StepOutcome::Done},
                                     {ProcedureStep::Resume, StepOutcome::Done}};
    QCOMPARE(steps, expected);
    const auto followerInfo = info(QStringLiteral("orders-copy"));
    QVERIFY(followerInfo);
    QCOMPARE(followerInfo->status, FollowerStatus::Active);
    QVERIFY(followerInfo->hasParameters);
    QCOMPARE(followerInfo->parameters.maxReadRequestOperationCount, std::optional<int>(777));
    QCOMPARE(followerInfo->parameters.text(FollowParameter::MaxRetryDelay), QStringLiteral("2s"));
}

void EditFollowerProcedureTest::editPausedFollowerSkipsPause()
{
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), {});
    QVERIFY(!await(m_api->pauseFollow(QStringLiteral("orders-copy")))->hasError());
    const FollowParameters edited = parameters({{FollowParameter::MaxWriteBufferSize, "64mb"}});
    EditFollowerProcedure procedure(m_api, QStringLiteral("orders-copy"), edited, {});
    bool ok = false;
    const QList<StepRecord> steps = run(procedure, &ok);
    QVERIFY2(ok, qPrintable(procedure.failureReport()));
    QCOMPARE(steps.size(), 3);
    // Nothing to pause: no request, reported as already done.
    QCOMPARE(steps.at(1), (StepRecord{ProcedureStep::Pause, StepOutcome::AlreadyDone}));
    const auto followerInfo = info(QStringLiteral("orders-copy"));
    QVERIFY(followerInfo);
    QCOMPARE(followerInfo->status, FollowerStatus::Active);
    QCOMPARE(followerInfo->parameters.text(FollowParameter::MaxWriteBufferSize), QStringLiteral("64mb"));
}

void EditFollowerProcedureTest::refusedResumeLeavesPausedAndResumesWithPrevious()
{
    const FollowParameters previous = parameters({{FollowParameter::MaxOutstandingReadRequests, "3"}});
    follow(QStringLiteral("orders"), QStringLiteral("orders-copy"), previous);
    // Grammatically fine, but above Elasticsearch's 5m limit: refused by the cluster at resume time.
    const FollowParameters edited = parameters({{FollowParameter::MaxRetryDelay, "10m"}});
    EditFollowerProcedure procedure(m_api, QStringLiteral("orders-copy"), edited, previous);
    QVERIFY(!procedure.canResumeWithPrevious());
    bool ok = true;
    run(procedure, &ok);
    QVERIFY(!ok);
    QCOMPARE(procedure.failedStep(), std::optional<ProcedureStep>(ProcedureStep::Resume));
    QCOMPARE(procedure.error().httpStatus(), 400);
    QVERIFY(procedure.canResumeWithPrevious());
    const QString report = procedure.failureReport();
    QVERIFY2(report.contains(QStringLiteral("paused")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("max_retry_delay")), qPrintable(report));
    QCOMPARE(info(QStringLiteral("orders-copy"))->status, FollowerStatus::Paused);

    QSignalSpy resumed(&procedure, &EditFollowerProcedure::resumeWithPreviousFinished);
    procedure.resumeWithPrevious();
    QVERIFY(procedure.isResumingWithPrevious());
    QVERIFY(resumed.wait(10000));
    QVERIFY(resumed.first().first().toBool());
    QVERIFY(!procedure.canResumeWithPrevious());
    const auto followerInfo = info(QStringLiteral("orders-copy"));
    QCOMPARE(followerInfo->status, FollowerStatus::Active);
    QCOMPARE(followerInfo->parameters.maxOutstandingReadRequests, std::optional<int>(3));
}

QTEST_GUILESS_MAIN(EditFollowerProcedureTest)
#include "tst_editfollowerprocedure.moc"
