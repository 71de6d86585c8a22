// The sandbox's per-follower replication faults as a client sees them over real HTTP: failing reads on one follower
// (read_exceptions with growing retries, the others unaffected) and its recovery, and a fatal_exception that stays
// until the follower is resumed or recreated.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/ccr/CcrStatsResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/es/EsClient.h"
#include "core/procedures/RecreateProcedure.h"
#include "sandbox/Sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace duper;
using duper::test::await;

namespace {

const QString healthy = QStringLiteral("follower-00001");
const QString failing = QStringLiteral("follower-00002");

sandbox::SandboxOptions twoFollowers()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 2;
    options.shardsPerIndex = 2;
    return options;
}

} // namespace

class TestSandboxReadFailures : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void optionsParseFailingReads();
    void failingReadsAffectOneFollowerOnly();
    void clearingTheFaultRecovers();
    void fatalExceptionPersistsAcrossRefreshes();
    void resumeClearsFatalException();
    void recreateClearsFatalException();

private:
    FollowerStats statsOf(const QString& follower);
    QJsonObject rawShardStats(const QString& follower, int shard);
    void indexIntoBothLeaders(int count);

    std::unique_ptr<test::SandboxClient> m_fixture;
};

void TestSandboxReadFailures::init()
{
    sandbox::SandboxOptions options = twoFollowers();
    options.failingReadFollowers.insert(failing);
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
}

void TestSandboxReadFailures::cleanup()
{
    m_fixture.reset();
}

FollowerStats TestSandboxReadFailures::statsOf(const QString& follower)
{
    auto job = await(m_fixture->api().followStats({follower}));
    if (job->hasError() || !job->result() || job->result()->indices.size() != 1) {
        qWarning("follow stats of %s failed", qPrintable(follower));
        return {};
    }
    return job->result()->indices.first();
}

QJsonObject TestSandboxReadFailures::rawShardStats(const QString& follower, int shard)
{
    auto job =
        await(m_fixture->client().send(EsRequest::get({follower, QStringLiteral("_ccr"), QStringLiteral("stats")})));
    const QJsonArray indices = QJsonDocument::fromJson(job->body()).object().value(QLatin1String("indices")).toArray();
    return indices.at(0).toObject().value(QLatin1String("shards")).toArray().at(shard).toObject();
}

void TestSandboxReadFailures::indexIntoBothLeaders(int count)
{
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("leader-00001"), count);
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("leader-00002"), count);
}

void TestSandboxReadFailures::optionsParseFailingReads()
{
    sandbox::SandboxOptions options;
    QString error;
    QVERIFY2(options.parseArguments({QStringLiteral("--failing-reads"), QStringLiteral("a,b"),
                                     QStringLiteral("--fault"), QStringLiteral("failing-reads:c")},
                                    &error),
             qPrintable(error));
    QCOMPARE(options.failingReadFollowers,
             (QSet<QString>{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    sandbox::SandboxOptions empty;
    QVERIFY(!empty.parseArguments({QStringLiteral("--failing-reads"), QStringLiteral(",")}, &error));
    QVERIFY(sandbox::SandboxOptions::usage().contains(QLatin1String("--failing-reads")));
}

void TestSandboxReadFailures::failingReadsAffectOneFollowerOnly()
{
    indexIntoBothLeaders(20);
    m_fixture->sandbox().advance(3);

    const FollowerStats good = statsOf(healthy);
    QCOMPARE(good.shards.size(), 2);
    for (const ShardFollowStats& shard : good.shards) {
        QVERIFY(shard.readExceptions.isEmpty());
        QCOMPARE(shard.failedReadRequests, qint64(0));
        QVERIFY(shard.leaderGlobalCheckpoint >= 0);
        QCOMPARE(shard.followerGlobalCheckpoint, shard.leaderGlobalCheckpoint);
    }

    FollowerStats bad = statsOf(failing);
    QCOMPARE(bad.shards.size(), 2);
    for (const ShardFollowStats& shard : bad.shards) {
        QCOMPARE(shard.failedReadRequests, qint64(3));
        QCOMPARE(shard.readExceptions.size(), 1);
        const ReadException& exception = shard.readExceptions.first();
        QCOMPARE(exception.fromSeqNo, qint64(0));
        QCOMPARE(exception.retries, 3);
        QCOMPARE(exception.exception.type, QStringLiteral("remote_transport_exception"));
        QVERIFY(exception.exception.causedBy);
        QCOMPARE(exception.exception.causedBy->type, QStringLiteral("es_rejected_execution_exception"));
        QVERIFY(!shard.fatalException);
        QCOMPARE(shard.followerGlobalCheckpoint, qint64(-1));
    }

    // The wire format a real cluster sends: {from_seq_no, retries, exception: {type, reason, caused_by}}.
    const QJsonObject raw = rawShardStats(failing, 0);
    QCOMPARE(raw.value(QLatin1String("failed_read_requests")).toInt(), 3);
    const QJsonObject entry = raw.value(QLatin1String("read_exceptions")).toArray().at(0).toObject();
    QCOMPARE(entry.keys(),
             (QStringList{QStringLiteral("exception"), QStringLiteral("from_seq_no"), QStringLiteral("retries")}));
    const QJsonObject cause = entry.value(QLatin1String("exception")).toObject();
    QVERIFY(!cause.value(QLatin1String("reason")).toString().isEmpty());
    QCOMPARE(cause.value(QLatin1String("caused_by")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("es_rejected_execution_exception"));

    // Retries grow with every failed attempt; _ccr/stats tells the same story.
    m_fixture->sandbox().advance(2);
    bad = statsOf(failing);
    QCOMPARE(bad.shards.first().readExceptions.first().retries, 5);
    QCOMPARE(bad.shards.first().failedReadRequests, qint64(5));
    auto ccr = await(m_fixture->api().ccrStats());
    QVERIFY2(!ccr->hasError(), qPrintable(ccr->error().userMessage()));
    const QList<FollowerStats>& all = ccr->result()->followStats.indices;
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).index, healthy);
    QVERIFY(all.at(0).shards.first().readExceptions.isEmpty());
    QCOMPARE(all.at(1).index, failing);
    QCOMPARE(all.at(1).shards.first().readExceptions.first().retries, 5);
}

void TestSandboxReadFailures::clearingTheFaultRecovers()
{
    indexIntoBothLeaders(20);
    m_fixture->sandbox().advance(2);
    QCOMPARE(statsOf(failing).shards.first().readExceptions.size(), 1);

    m_fixture->sandbox().faults().failingReadFollowers.clear();
    m_fixture->sandbox().advance(1);
    const FollowerStats recovered = statsOf(failing);
    QCOMPARE(recovered.shards.size(), 2);
    qint64 written = 0;
    for (const ShardFollowStats& shard : recovered.shards) {
        QVERIFY(shard.readExceptions.isEmpty());
        QCOMPARE(shard.failedReadRequests, qint64(2)); // the history of failures stays in the counter
        QVERIFY(shard.successfulReadRequests > 0);
        QCOMPARE(shard.followerGlobalCheckpoint, shard.leaderGlobalCheckpoint);
        written += shard.operationsWritten;
    }
    QCOMPARE(written, qint64(20));
}

void TestSandboxReadFailures::fatalExceptionPersistsAcrossRefreshes()
{
    m_fixture->sandbox().faults().fatalFollowers.insert(healthy);
    indexIntoBothLeaders(10);
    m_fixture->sandbox().advance(1);
    FollowerStats stats = statsOf(healthy);
    QCOMPARE(stats.shards.size(), 2);
    QVERIFY(stats.shards.first().fatalException);
    QCOMPARE(stats.shards.first().fatalException->type, QStringLiteral("resource_not_found_exception"));
    const qint64 checkpoint = stats.shards.first().followerGlobalCheckpoint;

    for (int refresh = 0; refresh < 3; ++refresh) {
        indexIntoBothLeaders(10);
        m_fixture->sandbox().advance(2);
        stats = statsOf(healthy);
        for (const ShardFollowStats& shard : stats.shards)
            QVERIFY2(shard.fatalException, "fatal_exception disappeared on a later refresh");
        QCOMPARE(stats.shards.first().followerGlobalCheckpoint, checkpoint);
    }
}

void TestSandboxReadFailures::resumeClearsFatalException()
{
    m_fixture->sandbox().faults().fatalFollowers.insert(healthy);
    indexIntoBothLeaders(10);
    m_fixture->sandbox().advance(2);
    QVERIFY(statsOf(healthy).shards.first().fatalException);

    auto pause = await(m_fixture->api().pauseFollow(healthy));
    QVERIFY2(!pause->hasError(), qPrintable(pause->error().userMessage()));
    auto resume = await(m_fixture->api().resumeFollow(healthy));
    QVERIFY2(!resume->hasError(), qPrintable(resume->error().userMessage()));
    m_fixture->sandbox().advance(3);

    const FollowerStats stats = statsOf(healthy);
    QCOMPARE(stats.shards.size(), 2);
    for (const ShardFollowStats& shard : stats.shards) {
        QVERIFY(!shard.fatalException);
        QCOMPARE(shard.followerGlobalCheckpoint, shard.leaderGlobalCheckpoint);
    }
}

void TestSandboxReadFailures::recreateClearsFatalException()
{
    m_fixture->sandbox().faults().fatalFollowers.insert(healthy);
    indexIntoBothLeaders(10);
    m_fixture->sandbox().advance(2);
    QVERIFY(statsOf(healthy).shards.first().fatalException);

    RecreateProcedure procedure(&m_fixture->api(), healthy);
    QSignalSpy finished(&procedure, &FollowerProcedure::finished);
    procedure.start();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(procedure.failureReport()));
    m_fixture->sandbox().advance(3);

    const FollowerStats stats = statsOf(healthy);
    QCOMPARE(stats.shards.size(), 2);
    for (const ShardFollowStats& shard : stats.shards) {
        QVERIFY(!shard.fatalException);
        QVERIFY(shard.readExceptions.isEmpty());
        QCOMPARE(shard.followerGlobalCheckpoint, shard.leaderGlobalCheckpoint);
    }
}

QTEST_GUILESS_MAIN(TestSandboxReadFailures)
#include "tst_sandbox_read_failures.moc"
