// AutoFollowRefresher and AutoFollowActions, the session's auto-follow services, against the in-process sandbox over
// real sockets: patterns merged with their recent errors, a failed refresh, a refresh asked for during one, and
// pause / resume / delete of several patterns with one result per pattern (deleting a vanished one is already done).
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "ScriptedHttpServer.h"
#include "TestPaths.h"
#include "TestSession.h"
#include "core/autofollow/AutoFollowActions.h"
#include "core/autofollow/AutoFollowRefresher.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/es/StaticCredentialProvider.h"
#include "core/session/ClusterSession.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

class AutoFollowServicesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sessionOwnsOneOfEach();
    void refreshMergesPatternsAndErrors();
    void refreshFailureKeepsLastSnapshot();
    void refreshDuringRefreshRunsAgain();
    void statsFailureKeepsPatterns();
    void intervalRefreshesByItself();
    void bulkPauseResumeDelete();
    void deleteMissingFailsWhenTypedByHand();
    void putCreatesAndReportsRefusal();

private:
    void putPattern(const QString& name, const QStringList& leaders, const QString& followPattern = {});
    std::optional<AutoFollowPattern> getPattern(const QString& name);
    std::shared_ptr<const AutoFollowSnapshot> refreshNow(AutoFollowRefresher* refresher);
    static void runToEnd(BatchRunner* runner);

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
};

void AutoFollowServicesTest::init()
{
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test"), nullptr);
}

void AutoFollowServicesTest::cleanup()
{
    m_session.reset();
    m_fixture.reset();
}

void AutoFollowServicesTest::putPattern(const QString& name, const QStringList& leaders, const QString& followPattern)
{
    AutoFollowPattern p;
    p.remoteCluster = QStringLiteral("leader");
    p.leaderIndexPatterns = leaders;
    p.followIndexPattern = followPattern;
    auto job = await(m_fixture->api().putAutoFollowPattern(name, p));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
}

std::optional<AutoFollowPattern> AutoFollowServicesTest::getPattern(const QString& name)
{
    auto job = await(m_fixture->api().autoFollowPatterns(name));
    if (job->hasError() || job->result()->patterns.isEmpty())
        return std::nullopt;
    return job->result()->patterns.first();
}

std::shared_ptr<const AutoFollowSnapshot> AutoFollowServicesTest::refreshNow(AutoFollowRefresher* refresher)
{
    QSignalSpy ready(refresher, &AutoFollowRefresher::snapshotReady);
    refresher->refresh();
    if (!ready.wait(10000))
        return nullptr;
    return ready.last().first().value<std::shared_ptr<const AutoFollowSnapshot>>();
}

void AutoFollowServicesTest::runToEnd(BatchRunner* runner)
{
    QSignalSpy finished(runner, &BatchRunner::finished);
    runner->start();
    QVERIFY(finished.wait(10000));
}

void AutoFollowServicesTest::sessionOwnsOneOfEach()
{
    AutoFollowRefresher* refresher = m_session->autoFollowRefresher();
    QVERIFY(refresher);
    QCOMPARE(m_session->autoFollowRefresher(), refresher);
    QCOMPARE(m_session->autoFollowActions(), m_session->autoFollowActions());
    QCOMPARE(refresher->interval(), 0);
    QVERIFY(!refresher->snapshot());
    QVERIFY(!refresher->lastRefreshed().isValid());
    // Deleting the session mid-refresh is quiet: no signal after it is gone.
    QSignalSpy failed(refresher, &AutoFollowRefresher::refreshFailed);
    refresher->refresh();
    QVERIFY(refresher->isRefreshing());
    m_session.reset();
    QCOMPARE(failed.size(), 0);
}

void AutoFollowServicesTest::refreshMergesPatternsAndErrors()
{
    putPattern(QStringLiteral("clash"), {QStringLiteral("logs-*")}, QStringLiteral("{{leader_index}}-copy"));
    putPattern(QStringLiteral("metrics"), {QStringLiteral("metrics-*")});
    QVERIFY(!await(m_fixture->api().pauseAutoFollowPattern(QStringLiteral("metrics")))->hasError());
    // A new leader index whose follower name is already taken: an auto-follow error for "clash" only.
    m_fixture->sandbox().follower().createIndex(QStringLiteral("logs-a-copy"), {});
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-a"));
    m_fixture->sandbox().advance();

    AutoFollowRefresher* refresher = m_session->autoFollowRefresher();
    QSignalSpy started(refresher, &AutoFollowRefresher::refreshStarted);
    const auto snapshot = refreshNow(refresher);
    QVERIFY(snapshot);
    QCOMPARE(started.size(), 1);
    QCOMPARE(refresher->snapshot(), snapshot);
    QVERIFY(refresher->lastRefreshed().isValid());
    QVERIFY(!refresher->lastError());
    QVERIFY(!refresher->isRefreshing());
    QVERIFY(!snapshot->statsError);
    QCOMPARE(snapshot->rows.size(), 2);
    const AutoFollowPatternRow* clash = snapshot->row(QStringLiteral("clash"));
    QVERIFY(clash);
    QVERIFY(clash->pattern.active);
    QCOMPARE(clash->pattern.followIndexPattern, QStringLiteral("{{leader_index}}-copy"));
    QCOMPARE(clash->errors.size(), 1);
    QCOMPARE(clash->errors.first().leaderIndex, QStringLiteral("logs-a"));
    const AutoFollowPatternRow* metrics = snapshot->row(QStringLiteral("metrics"));
    QVERIFY(metrics);
    QVERIFY(!metrics->pattern.active);
    QVERIFY(metrics->errors.isEmpty());
    QCOMPARE(snapshot->stats.numberOfFailedFollowIndices, 1);
    QCOMPARE(snapshot->indexOf(QStringLiteral("nothing")), -1);
}

void AutoFollowServicesTest::refreshFailureKeepsLastSnapshot()
{
    putPattern(QStringLiteral("logs"), {QStringLiteral("logs-*")});
    AutoFollowRefresher* refresher = m_session->autoFollowRefresher();
    const auto first = refreshNow(refresher);
    QVERIFY(first);
    const QDateTime firstTime = refresher->lastRefreshed();

    m_fixture->sandbox().faults().errorRate = 1.0; // every request answered 429/503
    QSignalSpy failed(refresher, &AutoFollowRefresher::refreshFailed);
    QSignalSpy ready(refresher, &AutoFollowRefresher::snapshotReady);
    refresher->refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(ready.size(), 0);
    const EsError error = failed.first().first().value<EsError>();
    QCOMPARE(error.kind(), EsError::Kind::Http);
    QCOMPARE(refresher->lastError().httpStatus(), error.httpStatus());
    QCOMPARE(refresher->snapshot(), first); // what was shown stays
    QCOMPARE(refresher->lastRefreshed(), firstTime);

    m_fixture->sandbox().faults().errorRate = 0.0;
    QVERIFY(refreshNow(refresher));
    QVERIFY(!refresher->lastError());
}

void AutoFollowServicesTest::refreshDuringRefreshRunsAgain()
{
    AutoFollowRefresher* refresher = m_session->autoFollowRefresher();
    QSignalSpy started(refresher, &AutoFollowRefresher::refreshStarted);
    QSignalSpy ready(refresher, &AutoFollowRefresher::snapshotReady);
    refresher->refresh();
    QVERIFY(refresher->isRefreshing());
    // Asked again (twice) while the first is in flight, e.g. right after a change: one more round, not two, and
    // only its answer is reported (the first may predate the change).
    refresher->refresh();
    refresher->refresh();
    QCOMPARE(started.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QTest::qWait(50);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(started.size(), 2);
    QVERIFY(!refresher->isRefreshing());
}

void AutoFollowServicesTest::statsFailureKeepsPatterns()
{
    if (test::esExamplesDir().isEmpty())
        QSKIP("DUPER_ES_EXAMPLES_DIR is not set or missing");
    auto read = [](const QString& path) {
        QFile file(QDir(test::esExamplesDir()).filePath(path));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray patterns =
        read(QStringLiteral("ccr.get_auto_follow_pattern/spec-get-auto-follow-pattern-response-example1.json"));
    const QByteArray forbidden = read(QStringLiteral("security/src-403-cluster-action.json"));
    QVERIFY(!patterns.isEmpty() && !forbidden.isEmpty());
    test::ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&](const test::RecordedRequest& request) {
        if (request.path == "/_ccr/auto_follow")
            return test::ScriptedResponse::json(200, patterns);
        return test::ScriptedResponse::json(403, forbidden);
    });
    EsEndpoint endpoint;
    endpoint.baseUrl = server.url();
    endpoint.transferTimeoutMs = 5000;
    EsClient client(&m_fixture->network(), endpoint, StaticCredentialProvider::none());
    CcrApi api(&client);
    AutoFollowRefresher refresher(&api);
    const auto snapshot = refreshNow(&refresher);
    QVERIFY(snapshot);
    QCOMPARE(snapshot->rows.size(), 1);
    QCOMPARE(snapshot->rows.first().pattern.name, QStringLiteral("my_auto_follow_pattern"));
    QVERIFY(snapshot->rows.first().errors.isEmpty());
    QCOMPARE(snapshot->statsError.httpStatus(), 403);
    QVERIFY(!refresher.lastError());
}

void AutoFollowServicesTest::intervalRefreshesByItself()
{
    AutoFollowRefresher* refresher = m_session->autoFollowRefresher();
    QSignalSpy ready(refresher, &AutoFollowRefresher::snapshotReady);
    refresher->setInterval(50);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() >= 2, 10000);
    refresher->setInterval(0);
    QTRY_VERIFY(!refresher->isRefreshing());
    const qsizetype count = ready.size();
    QTest::qWait(200);
    QCOMPARE(ready.size(), count);
}

void AutoFollowServicesTest::bulkPauseResumeDelete()
{
    putPattern(QStringLiteral("p1"), {QStringLiteral("a-*")});
    putPattern(QStringLiteral("p2"), {QStringLiteral("b-*")});
    AutoFollowActions* actions = m_session->autoFollowActions();

    // Pause two existing patterns and one that does not exist: one result each, in the order given.
    BatchRunner* pause = actions->pause({QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("ghost")}, this);
    QCOMPARE(pause->parent(), this);
    QVERIFY(!pause->isRunning()); // the caller starts it
    QSignalSpy items(pause, &BatchRunner::itemFinished);
    runToEnd(pause);
    QCOMPARE(items.size(), 3);
    QCOMPARE(pause->items(), (QStringList{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("ghost")}));
    QCOMPARE(pause->results().at(0).outcome, BatchItemResult::Outcome::Succeeded);
    QCOMPARE(pause->results().at(1).outcome, BatchItemResult::Outcome::Succeeded);
    QCOMPARE(pause->results().at(2).outcome, BatchItemResult::Outcome::Failed);
    QVERIFY(AutoFollowActions::isMissingPattern(pause->results().at(2).error));
    QVERIFY(pause->results().at(2).message.contains(QStringLiteral("ghost")));
    QVERIFY(!getPattern(QStringLiteral("p1"))->active);
    QVERIFY(!getPattern(QStringLiteral("p2"))->active);
    delete pause;

    // Pausing again is acknowledged by Elasticsearch: success, nothing changes.
    BatchRunner* again = actions->pause({QStringLiteral("p1")}, this);
    runToEnd(again);
    QCOMPARE(again->succeededCount(), 1);
    delete again;

    BatchRunner* resume = actions->resume({QStringLiteral("p1"), QStringLiteral("p2")}, this);
    runToEnd(resume);
    QCOMPARE(resume->count(BatchItemResult::Outcome::Succeeded), 2);
    QVERIFY(getPattern(QStringLiteral("p1"))->active);
    QVERIFY(getPattern(QStringLiteral("p2"))->active);
    delete resume;

    // p2 vanishes (another user) before the bulk delete: deleting it is already done, not an error.
    QVERIFY(!await(m_fixture->api().deleteAutoFollowPattern(QStringLiteral("p2")))->hasError());
    BatchRunner* remove = actions->remove({QStringLiteral("p1"), QStringLiteral("p2")});
    QCOMPARE(remove->parent(), actions);
    runToEnd(remove);
    QCOMPARE(remove->results().at(0).outcome, BatchItemResult::Outcome::Succeeded);
    QCOMPARE(remove->results().at(1).outcome, BatchItemResult::Outcome::AlreadyDone);
    QVERIFY(remove->unsuccessful().isEmpty());
    QVERIFY(!getPattern(QStringLiteral("p1")));
    delete remove;
}

void AutoFollowServicesTest::deleteMissingFailsWhenTypedByHand()
{
    BatchRunner* remove =
        m_session->autoFollowActions()->remove({QStringLiteral("typo")}, AutoFollowActions::WhenMissing::Fail, this);
    runToEnd(remove);
    const BatchItemResult& result = remove->results().first();
    QCOMPARE(result.outcome, BatchItemResult::Outcome::Failed);
    QCOMPARE(result.error.httpStatus(), 404);
    QVERIFY(result.message.contains(QStringLiteral("typo")));
    delete remove;
}

void AutoFollowServicesTest::putCreatesAndReportsRefusal()
{
    AutoFollowPattern good;
    good.name = QStringLiteral("logs");
    good.remoteCluster = QStringLiteral("leader");
    good.leaderIndexPatterns = {QStringLiteral("logs-*")};
    good.followIndexPattern = QStringLiteral("{{leader_index}}-dr");
    AutoFollowPattern unknownRemote = good;
    unknownRemote.name = QStringLiteral("elsewhere");
    unknownRemote.remoteCluster = QStringLiteral("nowhere");
    BatchRunner* put = m_session->autoFollowActions()->put({good, unknownRemote}, this);
    runToEnd(put);
    QCOMPARE(put->results().at(0).outcome, BatchItemResult::Outcome::Succeeded);
    QCOMPARE(put->results().at(1).outcome, BatchItemResult::Outcome::Failed);
    QCOMPARE(put->results().at(1).error.cause().type, QStringLiteral("no_such_remote_cluster_exception"));
    const auto stored = getPattern(QStringLiteral("logs"));
    QVERIFY(stored);
    QCOMPARE(stored->followIndexPattern, QStringLiteral("{{leader_index}}-dr"));
    QVERIFY(!getPattern(QStringLiteral("elsewhere")));
    delete put;
}

QTEST_GUILESS_MAIN(AutoFollowServicesTest)
#include "tst_autofollowservices.moc"
