// BulkFollowerOperation: one action over many followers, a few at a time, against the sandbox over real sockets.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/followers/BulkFollowerOperation.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;
using Outcome = BulkFollowerOperation::Result::Outcome;

class BulkFollowerOperationTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pauseMixedResults();
    void resumeWithParameters();
    void unfollowReportsEachIndex();
    void cancelStopsStartingAndRetryFinishes();

private:
    static QString follower(int i) { return QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0')); }
    QHash<QString, FollowerStatus> statuses();
    void runToEnd(BulkFollowerOperation& operation);

    std::unique_ptr<test::SandboxClient> m_fixture;
    CcrApi* m_api = nullptr;
};

void BulkFollowerOperationTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 8;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().advance(5);
    m_api = &m_fixture->api();
}

void BulkFollowerOperationTest::cleanup()
{
    m_fixture.reset();
}

QHash<QString, FollowerStatus> BulkFollowerOperationTest::statuses()
{
    QHash<QString, FollowerStatus> result;
    auto job = await(m_api->followInfo());
    if (job->hasError())
        return result;
    for (const FollowerInfo& info : job->result()->followers)
        result.insert(info.followerIndex, info.status);
    return result;
}

void BulkFollowerOperationTest::runToEnd(BulkFollowerOperation& operation)
{
    QSignalSpy finished(&operation, &BulkFollowerOperation::finished);
    operation.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
}

void BulkFollowerOperationTest::pauseMixedResults()
{
    QVERIFY(!await(m_api->pauseFollow(follower(2)))->hasError());
    QVERIFY(!await(m_api->client()->send(EsRequest::put({QStringLiteral("plain")})))->hasError());

    const QStringList names{follower(1), follower(2), QStringLiteral("plain"), QStringLiteral("missing"),
                            follower(3), follower(4), follower(5), follower(6)};
    BulkFollowerOperation operation(m_api, BulkFollowerOperation::Action::Pause, names);
    QCOMPARE(operation.maxConcurrency(), 4);
    QSignalSpy progress(&operation, &BulkFollowerOperation::progress);
    QSignalSpy items(&operation, &BulkFollowerOperation::itemFinished);
    runToEnd(operation);

    QCOMPARE(items.size(), names.size());
    QCOMPARE(progress.last().at(0).toInt(), 8);
    QCOMPARE(progress.last().at(1).toInt(), 8);
    QCOMPARE(operation.doneCount(), 8);
    const QList<BulkFollowerOperation::Result>& results = operation.results();
    QCOMPARE(results.at(0).outcome, Outcome::Succeeded);
    QCOMPARE(results.at(1).outcome, Outcome::AlreadyDone);
    QCOMPARE(results.at(2).outcome, Outcome::Failed);
    QCOMPARE(results.at(2).error.cause().reason, QStringLiteral("index [plain] is not a follower index"));
    QVERIFY(!results.at(2).message.isEmpty());
    QCOMPARE(results.at(3).outcome, Outcome::Failed);
    QCOMPARE(results.at(3).error.httpStatus(), 404);
    for (int i = 4; i < 8; ++i)
        QCOMPARE(results.at(i).outcome, Outcome::Succeeded);
    QCOMPARE(operation.unsuccessful(), (QStringList{QStringLiteral("plain"), QStringLiteral("missing")}));

    const auto now = statuses();
    for (int i = 1; i <= 6; ++i)
        QCOMPARE(now.value(follower(i)), FollowerStatus::Paused);
    QCOMPARE(now.value(follower(7)), FollowerStatus::Active);
}

void BulkFollowerOperationTest::resumeWithParameters()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!await(m_api->pauseFollow(follower(i)))->hasError());
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(FollowParameter::MaxReadRequestOperationCount, QStringLiteral("77")));
    BulkFollowerOperation operation(m_api, BulkFollowerOperation::Action::Resume,
                                    {follower(1), follower(2), follower(3), follower(4)});
    operation.setResumeParameters({{follower(1), parameters}});
    runToEnd(operation);
    QCOMPARE(operation.count(Outcome::Succeeded), 3);
    QCOMPARE(operation.results().at(3).outcome, Outcome::AlreadyDone); // follower 4 was active

    auto info = await(m_api->followInfo({follower(1), follower(2)}));
    QVERIFY(!info->hasError());
    for (const FollowerInfo& entry : info->result()->followers) {
        QCOMPARE(entry.status, FollowerStatus::Active);
        QCOMPARE(entry.parameters.effectiveText(FollowParameter::MaxReadRequestOperationCount),
                 entry.followerIndex == follower(1) ? QStringLiteral("77") : QStringLiteral("5120"));
    }
}

void BulkFollowerOperationTest::unfollowReportsEachIndex()
{
    QVERIFY(!await(m_api->client()->send(EsRequest::put({QStringLiteral("plain")})))->hasError());
    BulkFollowerOperation operation(m_api, BulkFollowerOperation::Action::Unfollow,
                                    {follower(1), QStringLiteral("plain"), follower(2), follower(3)});
    operation.setMaxConcurrency(2);
    runToEnd(operation);
    const auto& results = operation.results();
    QCOMPARE(results.at(0).outcome, Outcome::Succeeded);
    QCOMPARE(results.at(1).outcome, Outcome::Failed);
    QCOMPARE(results.at(1).failedStep, ProcedureStep::Inspect);
    QVERIFY(results.at(1).message.contains(QLatin1String("plain")));
    QCOMPARE(results.at(2).outcome, Outcome::Succeeded);
    QCOMPARE(results.at(3).outcome, Outcome::Succeeded);
    const auto now = statuses();
    QVERIFY(!now.contains(follower(1)));
    QVERIFY(!now.contains(follower(3)));
    QVERIFY(now.contains(follower(4)));
}

void BulkFollowerOperationTest::cancelStopsStartingAndRetryFinishes()
{
    // The follower cluster accepts requests but never answers: four are in flight, the rest wait.
    m_fixture->sandbox().faults().hang = true;
    QStringList names;
    for (int i = 1; i <= 8; ++i)
        names.append(follower(i));
    BulkFollowerOperation operation(m_api, BulkFollowerOperation::Action::Pause, names);
    QSignalSpy finished(&operation, &BulkFollowerOperation::finished);
    QSignalSpy items(&operation, &BulkFollowerOperation::itemFinished);
    operation.start();
    QTest::qWait(200);
    QVERIFY(items.isEmpty());
    QVERIFY(operation.isRunning());
    operation.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!operation.isRunning());
    QVERIFY(operation.wasCancelled());
    QCOMPARE(items.size(), 4); // the in-flight ones, aborted
    QCOMPARE(operation.count(Outcome::Failed), 4);
    QCOMPARE(operation.count(Outcome::Pending), 4);
    QCOMPARE(operation.results().first().error.kind(), EsError::Kind::Cancelled);

    m_fixture->sandbox().faults().hang = false;
    QSignalSpy again(&operation, &BulkFollowerOperation::finished);
    operation.retryFailed();
    QVERIFY(again.wait(20000));
    QCOMPARE(operation.unsuccessful(), QStringList());
    QCOMPARE(operation.doneCount(), 8);
    const auto now = statuses();
    for (const QString& name : names)
        QCOMPARE(now.value(name), FollowerStatus::Paused);
}

QTEST_GUILESS_MAIN(BulkFollowerOperationTest)
#include "tst_bulkfolloweroperation.moc"
