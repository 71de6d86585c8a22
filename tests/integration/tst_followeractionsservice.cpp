// FollowerActions: one action over many followers through a BatchRunner, a few at a time, against the sandbox over
// real sockets.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/followers/FollowerActions.h"
#include "core/followers/RememberedParameters.h"
#include "sandbox/Sandbox.h"

#include <QChildEvent>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;
using duper::test::await;
using Outcome = BatchItemResult::Outcome;

namespace {

// Counts the requests a client sends whose last path segment is `action` (e.g. "pause_follow"). Jobs are the
// client's children: each new one is looked at once it is fully constructed.
class RequestCounter : public QObject
{
public:
    RequestCounter(EsClient* client, QString action) : m_action(std::move(action)) { client->installEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ChildAdded) {
            QPointer<QObject> child = static_cast<QChildEvent*>(event)->child();
            QMetaObject::invokeMethod(
                this,
                [this, child] {
                    auto* job = qobject_cast<EsJob*>(child.data());
                    if (job &&
                        job->request().pathSegments().value(job->request().pathSegments().size() - 1) == m_action)
                        ++m_count;
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QString m_action;
    int m_count = 0;
};

} // namespace

class FollowerActionsServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pauseMixedResults();
    void resumeWithParameters();
    void followCreatesEachAndReportsTakenNames();
    void unfollowReportsEachIndex();
    void cancelStopsStartingAndRetryFinishes();
    void pauseByNameRemembersAndSkipsPaused();
    void sessionHandsOutOneService();
    void forgetRunsOnTheLeader();

private:
    static QString follower(int i) { return QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0')); }
    QHash<QString, FollowerStatus> statuses();
    void runToEnd(BatchRunner& operation);
    static QList<FollowerRow> rowsNamed(const QStringList& names);

    std::unique_ptr<test::SandboxClient> m_fixture;
    CcrApi* m_api = nullptr;
    std::unique_ptr<FollowerActions> m_actions;
};

void FollowerActionsServiceTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 8;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().advance(5);
    m_api = &m_fixture->api();
    m_actions = std::make_unique<FollowerActions>(m_api, nullptr);
}

void FollowerActionsServiceTest::cleanup()
{
    m_actions.reset();
    m_fixture.reset();
}

QHash<QString, FollowerStatus> FollowerActionsServiceTest::statuses()
{
    QHash<QString, FollowerStatus> result;
    auto job = await(m_api->followInfo());
    if (job->hasError())
        return result;
    for (const FollowerInfo& info : job->result()->followers)
        result.insert(info.followerIndex, info.status);
    return result;
}

QList<FollowerRow> FollowerActionsServiceTest::rowsNamed(const QStringList& names)
{
    QList<FollowerRow> rows;
    for (const QString& name : names) {
        FollowerRow row;
        row.name = name;
        rows.append(row);
    }
    return rows;
}

void FollowerActionsServiceTest::runToEnd(BatchRunner& operation)
{
    QSignalSpy finished(&operation, &BatchRunner::finished);
    operation.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
}

void FollowerActionsServiceTest::pauseMixedResults()
{
    QVERIFY(!await(m_api->pauseFollow(follower(2)))->hasError());
    QVERIFY(!await(m_api->client()->send(EsRequest::put({QStringLiteral("plain")})))->hasError());

    const QStringList names{
        follower(1), follower(2), QStringLiteral("plain"), QStringLiteral("missing"), follower(3), follower(4),
        follower(5), follower(6)};
    BatchRunner& operation = *m_actions->pause(rowsNamed(names));
    QCOMPARE(operation.maxConcurrency(), 4);
    QSignalSpy progress(&operation, &BatchRunner::progress);
    QSignalSpy items(&operation, &BatchRunner::itemFinished);
    runToEnd(operation);

    QCOMPARE(items.size(), names.size());
    QCOMPARE(progress.last().at(0).toInt(), 8);
    QCOMPARE(progress.last().at(1).toInt(), 8);
    QCOMPARE(operation.doneCount(), 8);
    const QList<BatchItemResult>& results = operation.results();
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

void FollowerActionsServiceTest::resumeWithParameters()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(!await(m_api->pauseFollow(follower(i)))->hasError());
    FollowParameters parameters;
    QVERIFY(!parameters.setFromText(FollowParameter::MaxReadRequestOperationCount, QStringLiteral("77")));
    BatchRunner& operation =
        *m_actions->resume({follower(1), follower(2), follower(3), follower(4)}, {{follower(1), parameters}});
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

void FollowerActionsServiceTest::followCreatesEachAndReportsTakenNames()
{
    QVERIFY(m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders")));
    QVERIFY(m_fixture->sandbox().createLeaderIndex(QStringLiteral("invoices")));
    QHash<QString, FollowRequest> requests;
    for (const QString& leader : {QStringLiteral("orders"), QStringLiteral("invoices")}) {
        FollowRequest request;
        request.remoteCluster = QStringLiteral("leader");
        request.leaderIndex = leader;
        requests.insert(leader + QStringLiteral("-copy"), request);
    }
    // An existing follower's name is taken: Elasticsearch's answer does not say what it follows, so it fails.
    requests.insert(follower(1), requests.value(QStringLiteral("orders-copy")));
    BatchRunner& operation =
        *m_actions->follow({QStringLiteral("orders-copy"), follower(1), QStringLiteral("invoices-copy")}, requests);
    runToEnd(operation);
    QCOMPARE(operation.count(Outcome::Succeeded), 2);
    QCOMPARE(operation.results().at(1).outcome, Outcome::Failed);
    QVERIFY(!operation.results().at(1).message.isEmpty());
    const auto now = statuses();
    QCOMPARE(now.value(QStringLiteral("orders-copy")), FollowerStatus::Active);
    QCOMPARE(now.value(QStringLiteral("invoices-copy")), FollowerStatus::Active);

    // One follower through the single-index overload.
    QVERIFY(m_fixture->sandbox().createLeaderIndex(QStringLiteral("events")));
    FollowRequest single = requests.value(QStringLiteral("orders-copy"));
    single.leaderIndex = QStringLiteral("events");
    BatchRunner& one = *m_actions->follow(QStringLiteral("events-copy"), single);
    runToEnd(one);
    QCOMPARE(one.count(Outcome::Succeeded), 1);
    QCOMPARE(statuses().value(QStringLiteral("events-copy")), FollowerStatus::Active);
}

void FollowerActionsServiceTest::unfollowReportsEachIndex()
{
    QVERIFY(!await(m_api->client()->send(EsRequest::put({QStringLiteral("plain")})))->hasError());
    BatchRunner& operation = *m_actions->unfollow({follower(1), QStringLiteral("plain"), follower(2), follower(3)});
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

void FollowerActionsServiceTest::cancelStopsStartingAndRetryFinishes()
{
    // The follower cluster accepts requests but never answers: four are in flight, the rest wait.
    m_fixture->sandbox().faults().hang = true;
    QStringList names;
    for (int i = 1; i <= 8; ++i)
        names.append(follower(i));
    BatchRunner& operation = *m_actions->pause(rowsNamed(names));
    QSignalSpy finished(&operation, &BatchRunner::finished);
    QSignalSpy items(&operation, &BatchRunner::itemFinished);
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
    QSignalSpy again(&operation, &BatchRunner::finished);
    operation.retryFailed();
    QVERIFY(again.wait(20000));
    QCOMPARE(operation.unsuccessful(), QStringList());
    QCOMPARE(operation.doneCount(), 8);
    const auto now = statuses();
    for (const QString& name : names)
        QCOMPARE(now.value(name), FollowerStatus::Paused);
}

void FollowerActionsServiceTest::pauseByNameRemembersAndSkipsPaused()
{
    // Names only, as the CLI gives them: follow info is read first, the active follower's parameters are
    // remembered before its pause and the paused one is reported "already paused" without a pause request.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    RememberedParameters remembered(&settings, QStringLiteral("test-connection"));
    FollowerActions actions(m_api, &remembered);
    QVERIFY(!await(m_api->pauseFollow(follower(2)))->hasError());
    RequestCounter pauses(m_api->client(), QStringLiteral("pause_follow"));

    BatchRunner& operation = *actions.pause(QStringList{follower(1), follower(2)});
    runToEnd(operation);
    QCOMPARE(operation.results().at(0).outcome, Outcome::Succeeded);
    QCOMPARE(operation.results().at(1).outcome, Outcome::AlreadyDone);
    QCOMPARE(operation.results().at(1).message, QStringLiteral("already paused"));
    QCOMPARE(pauses.count(), 1); // follower 2 was known to be paused: no request for it
    QVERIFY(remembered.recall(follower(1)).has_value());
    QVERIFY(!remembered.recall(follower(2)).has_value());
    QCOMPARE(statuses().value(follower(1)), FollowerStatus::Paused);

    // A name that is no index: follow info fails for the whole list; every follower still gets its own answer.
    BatchRunner& mixed = *actions.pause(QStringList{follower(3), QStringLiteral("missing")});
    runToEnd(mixed);
    QCOMPARE(mixed.results().at(0).outcome, Outcome::Succeeded);
    QCOMPARE(mixed.results().at(1).outcome, Outcome::Failed);
    QCOMPARE(mixed.results().at(1).error.httpStatus(), 404);

    // Resume: an active follower is "already active".
    BatchRunner& resumed = *actions.resumeWithRemembered({follower(1), follower(4)});
    runToEnd(resumed);
    QCOMPARE(resumed.results().at(0).outcome, Outcome::Succeeded);
    QCOMPARE(resumed.results().at(1).outcome, Outcome::AlreadyDone);
    QCOMPARE(resumed.results().at(1).message, QStringLiteral("already active"));

    // Unfollow forgets what was remembered.
    BatchRunner& unfollowed = *actions.unfollow({follower(1)});
    runToEnd(unfollowed);
    QCOMPARE(unfollowed.results().at(0).outcome, Outcome::Succeeded);
    QVERIFY(!remembered.recall(follower(1)).has_value());
}

void FollowerActionsServiceTest::sessionHandsOutOneService()
{
    auto session = test::makeSession(m_fixture->client(), QStringLiteral("test-connection"), nullptr);
    FollowerActions* actions = session->followerActions();
    QVERIFY(actions);
    QCOMPARE(session->followerActions(), actions);
    QCOMPARE(actions->api(), session->api());
    BatchRunner& operation = *actions->pause(QStringList{follower(5)});
    runToEnd(operation);
    QCOMPARE(operation.results().at(0).outcome, Outcome::Succeeded);
}

QTEST_GUILESS_MAIN(FollowerActionsServiceTest)

void FollowerActionsServiceTest::forgetRunsOnTheLeader()
{
    // The leader cluster's own client, as the leader session would have it.
    EsEndpoint endpoint;
    endpoint.baseUrl = m_fixture->sandbox().leaderUrl();
    EsClient leaderClient(&m_fixture->network(), endpoint, nullptr);
    CcrApi leaderApi(&leaderClient);

    BatchRunner& unfollow = *m_actions->unfollow({follower(1)});
    runToEnd(unfollow);
    QCOMPARE(unfollow.results().at(0).outcome, Outcome::Succeeded);

    // No alias given and no follow info left (a regular index now): the follower cluster's only remote cluster.
    BatchRunner& forget = *m_actions->forget(follower(1), QStringLiteral("leader-00001"), &leaderApi);
    QSignalSpy answered(m_actions.get(), &FollowerActions::forgetAnswered);
    runToEnd(forget);
    QCOMPARE(forget.results().at(0).outcome, Outcome::Succeeded);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered.at(0).at(0).value<BatchRunner*>(), &forget);
    const auto request = answered.at(0).at(1).value<ForgetFollowerRequest>();
    QCOMPARE(request.followerIndex, follower(1));
    QCOMPARE(request.followerCluster, QStringLiteral("follower"));
    QCOMPARE(request.leaderRemoteCluster, QStringLiteral("leader"));
    QVERIFY(!request.followerIndexUuid.isEmpty());
    const auto response = answered.at(0).at(2).value<ForgetFollowerResponse>();
    QVERIFY(response.total > 0);
    QCOMPARE(response.failed, 0);

    // A leader index the leader cluster does not have: Failed, saying which cluster refused.
    BatchRunner& missing =
        *m_actions->forget(follower(2), QStringLiteral("no-such-leader"), &leaderApi, QStringLiteral("leader"));
    runToEnd(missing);
    QCOMPARE(missing.results().at(0).outcome, Outcome::Failed);
    QVERIFY2(missing.results().at(0).message.startsWith(QLatin1String("the leader cluster refused")),
             qPrintable(missing.results().at(0).message));
}

#include "tst_followeractionsservice.moc"
