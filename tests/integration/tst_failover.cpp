// Failover (core/dr) against the sandbox over real sockets: the plan is the dry run and changes nothing; running it
// pauses the remote's auto-follow patterns and turns every follower into a regular, open index; a step that fails
// half-way leaves the rest done, and planning + running again continues from where each index is; the report is
// saved as JSON and Markdown.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/CcrApi.h"
#include "core/dr/FailoverPlanner.h"
#include "core/dr/FailoverReport.h"
#include "core/dr/FailoverRun.h"
#include "core/dr/ReportStore.h"
#include "core/followers/FollowManyPlan.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;
using duper::test::await;
using Phase = FailoverPlan::Phase;

class FailoverTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void backingIndexNames();
    void dryRunPlansAndChangesNothing();
    void failoverPromotesEveryFollower();
    void failedStepThenRerunContinues();
    void unknownRemoteIsTold();
    void reportIsSavedWithoutSecrets();

private:
    static QString follower(int i) { return QStringLiteral("follower-%1").arg(i, 5, 10, QLatin1Char('0')); }
    std::optional<FailoverPlan> plan(const QString& alias, FailoverPlanner** plannerOut = nullptr);
    void runToEnd(FailoverRun& run);
    QByteArray followInfoBody();

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
    static constexpr int followerCount = 20;
};

void FailoverTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = followerCount;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().advance(3);
    AutoFollowPattern pattern;
    pattern.remoteCluster = QStringLiteral("leader");
    pattern.leaderIndexPatterns = {QStringLiteral("logs-*")};
    QVERIFY(!await(m_fixture->api().putAutoFollowPattern(QStringLiteral("logs"), pattern))->hasError());
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("dr"), nullptr);
}

void FailoverTest::cleanup()
{
    m_session.reset();
    m_fixture.reset();
}

std::optional<FailoverPlan> FailoverTest::plan(const QString& alias, FailoverPlanner** plannerOut)
{
    auto* planner = new FailoverPlanner(m_session->api(), alias, this);
    QSignalSpy finished(planner, &FailoverPlanner::finished);
    planner->start();
    if (!finished.wait(10000))
        return std::nullopt;
    if (plannerOut)
        *plannerOut = planner;
    else
        planner->deleteLater();
    return planner->plan();
}

void FailoverTest::runToEnd(FailoverRun& run)
{
    QSignalSpy finished(&run, &FailoverRun::finished);
    run.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!run.isRunning());
}

QByteArray FailoverTest::followInfoBody()
{
    auto job = await(m_session->api()->followInfo());
    return job->hasError() ? QByteArray() : job->body();
}

void FailoverTest::backingIndexNames()
{
    QCOMPARE(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral(".ds-logs-app-2026.12.04-000001")),
             QStringLiteral("logs-app"));
    QCOMPARE(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral(".ds-x-2026.01.31-1000001")), QStringLiteral("x"));
    QVERIFY(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral("logs-2026.12.04-000001")).isEmpty());
    QVERIFY(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral(".ds-logs-2026.12.04")).isEmpty());
}

void FailoverTest::dryRunPlansAndChangesNothing()
{
    const QByteArray before = followInfoBody();
    QVERIFY(!before.isEmpty());
    const auto planned = plan(QStringLiteral("leader"));
    QVERIFY(planned);
    QCOMPARE(planned->followers.size(), followerCount);
    QCOMPARE(planned->followers.first().name, follower(1));
    QCOMPARE(planned->followers.first().leaderIndex, QStringLiteral("leader-00001"));
    QCOMPARE(planned->patternsToPause, QStringList{QStringLiteral("logs")});
    QVERIFY(planned->dataStreams.isEmpty());
    QCOMPARE(planned->phases(), (QList<Phase>{Phase::PausePatterns, Phase::Unfollow, Phase::Verify}));
    // Planning is only reading: the same follow info, the pattern still active.
    QCOMPARE(followInfoBody(), before);
    auto patterns = await(m_session->api()->autoFollowPatterns());
    QVERIFY(!patterns->hasError());
    QVERIFY(patterns->result()->patterns.first().active);
}

void FailoverTest::failoverPromotesEveryFollower()
{
    // The leader is gone: its followers' reads fail, the remote reports disconnected.
    m_fixture->sandbox().faults().remoteDisconnected = true;
    m_fixture->sandbox().advance(2);
    const auto planned = plan(QStringLiteral("leader"));
    QVERIFY(planned);
    FailoverRun run(m_session.get(), *planned);
    QSignalSpy phases(&run, &FailoverRun::phaseStarted);
    runToEnd(run);
    QVERIFY2(run.succeeded(), qPrintable(QString::number(run.failedCount())));
    QCOMPARE(phases.size(), 3);
    QCOMPARE(run.items(Phase::Unfollow).size(), followerCount);
    QCOMPARE(run.items(Phase::Verify).size(), followerCount);
    for (int i = 1; i <= followerCount; ++i) {
        const sandbox::EmulatedIndex* index = m_fixture->sandbox().follower().index(follower(i));
        QVERIFY(index);
        QVERIFY(!index->isFollower());
        QVERIFY(index->isOpen());
    }
    auto patterns = await(m_session->api()->autoFollowPatterns());
    QVERIFY(!patterns->result()->patterns.first().active);
    // Planned again: nothing is left to do.
    const auto again = plan(QStringLiteral("leader"));
    QVERIFY(again);
    QVERIFY(again->isEmpty());
    QCOMPARE(again->pausedPatterns, QStringList{QStringLiteral("logs")});
}

void FailoverTest::failedStepThenRerunContinues()
{
    m_fixture->sandbox().faults().failingCloseIndices.insert(follower(7));
    const auto planned = plan(QStringLiteral("leader"));
    QVERIFY(planned);
    FailoverRun first(m_session.get(), *planned);
    runToEnd(first);
    QVERIFY(!first.succeeded());
    // The one index failed at its close (and so still follows); every other one was promoted.
    QCOMPARE(first.failedCount(), 2);
    for (const FailoverRun::Item& item : first.items()) {
        QCOMPARE(item.result.failed(), item.result.name == follower(7));
        if (item.phase == Phase::Unfollow && item.result.failed())
            QCOMPARE(item.result.failedStep, std::optional<ProcedureStep>(ProcedureStep::Close));
    }
    const sandbox::EmulatedIndex* stuck = m_fixture->sandbox().follower().index(follower(7));
    QVERIFY(stuck->isFollower());
    QVERIFY(stuck->isOpen()); // never left closed silently

    m_fixture->sandbox().faults().failingCloseIndices.clear();
    const auto rest = plan(QStringLiteral("leader"));
    QVERIFY(rest);
    QCOMPARE(rest->followerNames(), QStringList{follower(7)});
    QVERIFY(rest->patternsToPause.isEmpty()); // paused by the first run
    FailoverRun second(m_session.get(), *rest);
    runToEnd(second);
    QVERIFY(second.succeeded());
    QVERIFY(!stuck->isFollower());
    QVERIFY(stuck->isOpen());
}

void FailoverTest::unknownRemoteIsTold()
{
    FailoverPlanner* planner = nullptr;
    const auto planned = plan(QStringLiteral("no-such-remote"), &planner);
    QVERIFY(planned);
    QVERIFY(planned->isEmpty());
    QVERIFY(planner->unknownRemote());
    planner->deleteLater();
    FailoverPlanner* known = nullptr;
    QVERIFY(plan(QStringLiteral("leader"), &known));
    QVERIFY(!known->unknownRemote());
    known->deleteLater();
}

void FailoverTest::reportIsSavedWithoutSecrets()
{
    m_fixture->sandbox().faults().failingCloseIndices.insert(follower(3));
    const auto planned = plan(QStringLiteral("leader"));
    QVERIFY(planned);
    FailoverRun run(m_session.get(), *planned);
    runToEnd(run);
    const QJsonObject json = FailoverReport::toJson(run, QStringLiteral("dr-site"));
    QCOMPARE(json.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(json.value(QStringLiteral("remote_cluster")).toString(), QStringLiteral("leader"));
    const QJsonArray phases = json.value(QStringLiteral("phases")).toArray();
    QCOMPARE(phases.size(), 3);
    QCOMPARE(phases.at(1).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("unfollow"));
    QCOMPARE(phases.at(1).toObject().value(QStringLiteral("items")).toArray().size(), followerCount);
    const QString markdown = FailoverReport::toMarkdown(run, QStringLiteral("dr-site"));
    QVERIFY(markdown.contains(QStringLiteral("`%1`: failed").arg(follower(3))));
    QVERIFY(markdown.contains(QStringLiteral("process_cluster_event_timeout_exception")) ||
            markdown.contains(QStringLiteral("close-indices")));

    QTemporaryDir dir;
    const ReportStore store(dir.filePath(QStringLiteral("reports")));
    QString error;
    const QString path = store.save(QStringLiteral("failover"), QStringLiteral("leader"), json, markdown, &error);
    QVERIFY2(!path.isEmpty(), qPrintable(error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(saved.readAll()).object(), json);
    QString md = path;
    md.replace(QStringLiteral(".json"), QStringLiteral(".md"));
    QVERIFY(QFile::exists(md));
    // A folder that cannot be made is said, not thrown.
    const ReportStore blocked(QStringLiteral("/proc/duper-cannot-write-here"));
    QVERIFY(blocked.save(QStringLiteral("failover"), QStringLiteral("leader"), json, markdown, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(FailoverTest)
#include "tst_failover.moc"
