// FollowerSnapshotJob against the sandbox: both requests, the merge, errors and cancellation.

#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/followers/FollowerSnapshotJob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace duper;

namespace {

// Runs one job to its end and returns it (kept alive, not auto-deleted).
std::unique_ptr<FollowerSnapshotJob> runJob(CcrApi& api, std::shared_ptr<const FollowerSnapshot> previous = {})
{
    auto job = std::make_unique<FollowerSnapshotJob>(&api, std::move(previous));
    job->setAutoDelete(false);
    QSignalSpy spy(job.get(), &FollowerSnapshotJob::finished);
    if (!job->isFinished() || spy.isEmpty())
        spy.wait(20'000);
    return job;
}

QString follower(int i)
{
    return QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class FollowerSnapshotJobTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
        options.followers = 4;
        m_fixture = std::make_unique<test::SandboxClient>(options);
        QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    }
    void cleanup() { m_fixture.reset(); }

    void activePausedAndFatal()
    {
        CcrApi& api = m_fixture->api();
        QVERIFY(!test::await(api.pauseFollow(follower(2)))->hasError());
        m_fixture->sandbox().faults().fatalFollowers.insert(follower(3));
        m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("leader-00001"), 20);
        m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("leader-00003"), 5);
        m_fixture->sandbox().advance(1);

        const auto first = runJob(api);
        QVERIFY(first->isFinished());
        QVERIFY2(!first->hasError(), qPrintable(first->error().userMessage()));
        const std::shared_ptr<const FollowerSnapshot> snapshot = first->result();
        QVERIFY(snapshot);
        QVERIFY(snapshot->takenAtMs > 0);
        QCOMPARE(snapshot->rows.size(), 4);

        const FollowerRow& active = snapshot->rows.at(snapshot->indexOf(follower(1)));
        QCOMPARE(active.state, FollowerState::Active);
        QCOMPARE(active.leaderIndex, QStringLiteral("leader-00001"));
        QCOMPARE(active.remoteCluster, QStringLiteral("leader"));
        QVERIFY(!active.shards.isEmpty());
        QVERIFY(active.hasParameters);
        QVERIFY(!active.operationsPerSecond); // no previous snapshot

        const FollowerRow& paused = snapshot->rows.at(snapshot->indexOf(follower(2)));
        QCOMPARE(paused.state, FollowerState::Paused);
        QVERIFY(paused.shards.isEmpty());
        QVERIFY(!paused.timeSinceLastReadMillis);

        const FollowerRow& fatal = snapshot->rows.at(snapshot->indexOf(follower(3)));
        QCOMPARE(fatal.state, FollowerState::Error);
        QVERIFY(fatal.hasFatalException);
        QVERIFY2(fatal.errorSummary.startsWith(QStringLiteral("shard 0: ")), qPrintable(fatal.errorSummary));

        // A second round with the first as `previous` has rates for the running followers.
        m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("leader-00001"), 30);
        m_fixture->sandbox().advance(1);
        QTest::qWait(5);
        const auto second = runJob(api, snapshot);
        QVERIFY(!second->hasError());
        const FollowerRow& again = second->result()->rows.at(second->result()->indexOf(follower(1)));
        QVERIFY(again.operationsPerSecond.has_value());
        QVERIFY(*again.operationsPerSecond >= 0.0);
        QVERIFY(!second->result()->rows.at(second->result()->indexOf(follower(2))).operationsPerSecond);
    }

    void httpFailureBecomesTheError()
    {
        m_fixture->sandbox().faults().errorRate = 1.0;
        const auto job = runJob(m_fixture->api());
        m_fixture->sandbox().faults().errorRate = 0.0;
        QVERIFY(job->isFinished());
        QVERIFY(job->hasError());
        QCOMPARE(job->error().kind(), EsError::Kind::Http);
        QVERIFY(job->error().httpStatus() == 429 || job->error().httpStatus() == 503);
        QVERIFY(!job->result());
    }

    void cancelFinishesOnceFromTheEventLoop()
    {
        FollowerSnapshotJob* job = new FollowerSnapshotJob(&m_fixture->api(), nullptr);
        QPointer<FollowerSnapshotJob> guard(job);
        QSignalSpy spy(job, &FollowerSnapshotJob::finished);
        job->cancel();
        QVERIFY(job->isFinished());
        QCOMPARE(job->error().kind(), EsError::Kind::Cancelled);
        QCOMPARE(spy.size(), 0); // not from inside cancel()
        job->cancel();           // no effect once finished
        QTRY_COMPARE(spy.size(), 1);
        QTRY_VERIFY(guard.isNull()); // auto-deleted
    }

    void destroyedWhileRunning()
    {
        auto* job = new FollowerSnapshotJob(&m_fixture->api(), nullptr);
        delete job; // aborts both requests; late results must not touch it
        QTest::qWait(100);
        const auto after = runJob(m_fixture->api());
        QVERIFY(!after->hasError());
    }

private:
    std::unique_ptr<test::SandboxClient> m_fixture;
};

QTEST_GUILESS_MAIN(FollowerSnapshotJobTest)
#include "tst_followersnapshotjob.moc"
