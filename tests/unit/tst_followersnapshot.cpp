// FollowerSnapshot::build: how follow info and follow stats become rows (lag, rates, Error state).

#include "FollowerBodyGenerator.h"
#include "TestPaths.h"
#include "core/ccr/CcrStatsResponse.h"
#include "core/followers/FollowerSnapshot.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace duper;

namespace {

FollowerInfo info(const QString& name, FollowerStatus status = FollowerStatus::Active)
{
    FollowerInfo follower;
    follower.followerIndex = name;
    follower.remoteCluster = QStringLiteral("leader");
    follower.leaderIndex = name + QStringLiteral("-leader");
    follower.status = status;
    follower.hasParameters = status == FollowerStatus::Active;
    return follower;
}

ShardFollowStats shard(int id, qint64 leaderCheckpoint, qint64 followerCheckpoint, qint64 written = 0)
{
    ShardFollowStats stats;
    stats.shardId = id;
    stats.leaderGlobalCheckpoint = leaderCheckpoint;
    stats.followerGlobalCheckpoint = followerCheckpoint;
    stats.operationsWritten = written;
    stats.timeSinceLastReadMillis = 10 * (id + 1);
    return stats;
}

FollowerStats stats(const QString& name, QList<ShardFollowStats> shards)
{
    FollowerStats entry;
    entry.index = name;
    entry.shards = std::move(shards);
    return entry;
}

ErrorCause cause(const QString& type, const QString& reason)
{
    ErrorCause error;
    error.type = type;
    error.reason = reason;
    return error;
}

QByteArray readExample(const QString& relativePath)
{
    QFile file(test::esExamplesDir() + QLatin1Char('/') + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class FollowerSnapshotTest : public QObject
{
    Q_OBJECT

private slots:
    void mergesInfoAndStatsSortedByName()
    {
        FollowInfoResponse response;
        response.followers = {info(QStringLiteral("b")), info(QStringLiteral("a")),
                              info(QStringLiteral("c"), FollowerStatus::Paused)};
        FollowStatsResponse followStats;
        // Shards out of order, a negative checkpoint gap, and stats for an index without info (ignored).
        followStats.indices = {stats(QStringLiteral("a"), {shard(1, 50, 20, 7), shard(0, 100, 90, 5)}),
                               stats(QStringLiteral("b"), {shard(0, 5, 9, 3)}),
                               stats(QStringLiteral("zz"), {shard(0, 1, 0)})};
        const FollowerSnapshot snapshot = FollowerSnapshot::build(response, followStats, 1000);

        QCOMPARE(snapshot.rows.size(), 3);
        QCOMPARE(snapshot.rows.at(0).name, QStringLiteral("a"));
        QCOMPARE(snapshot.rows.at(1).name, QStringLiteral("b"));
        QCOMPARE(snapshot.rows.at(2).name, QStringLiteral("c"));
        QCOMPARE(snapshot.indexOf(QStringLiteral("b")), 1);
        QCOMPARE(snapshot.indexOf(QStringLiteral("zz")), -1);
        QCOMPARE(snapshot.takenAtMs, 1000);

        const FollowerRow& a = snapshot.rows.at(0);
        QCOMPARE(a.state, FollowerState::Active);
        QCOMPARE(a.shards.size(), 2);
        QCOMPARE(a.shards.at(0).shardId, 0);
        QCOMPARE(a.lag, 10 + 30);
        QCOMPARE(a.operationsWritten, 12);
        QCOMPARE(a.timeSinceLastReadMillis, std::optional<qint64>(20));
        QVERIFY(!a.operationsPerSecond);
        QCOMPARE(a.leaderIndex, QStringLiteral("a-leader"));

        QCOMPARE(snapshot.rows.at(1).lag, 0); // never negative

        const FollowerRow& c = snapshot.rows.at(2);
        QCOMPARE(c.state, FollowerState::Paused);
        QVERIFY(c.shards.isEmpty());
        QVERIFY(!c.hasParameters);
        QVERIFY(!c.timeSinceLastReadMillis);
        QCOMPARE(c.lag, 0);
        QVERIFY(c.errorSummary.isEmpty());
    }

    // Stats are matched by name whatever their order: in the followers' order, sorted with gaps, or unsorted.
    void findsEachFollowersStatsInAnyOrder()
    {
        FollowInfoResponse response;
        response.followers = {info(QStringLiteral("a")), info(QStringLiteral("b"), FollowerStatus::Paused),
                              info(QStringLiteral("c")), info(QStringLiteral("d"))};
        const QList<FollowerStats> inOrder = {stats(QStringLiteral("a"), {shard(0, 10, 9)}),
                                              stats(QStringLiteral("c"), {shard(0, 10, 7)}),
                                              stats(QStringLiteral("d"), {shard(0, 10, 6)})};
        const QList<FollowerStats> unsorted = {inOrder.at(2), inOrder.at(0), inOrder.at(1)};
        for (const QList<FollowerStats>& entries : {inOrder, unsorted}) {
            FollowStatsResponse followStats;
            followStats.indices = entries;
            const FollowerSnapshot snapshot = FollowerSnapshot::build(response, followStats, 1000);
            QCOMPARE(snapshot.rows.size(), 4);
            QCOMPARE(snapshot.rows.at(0).lag, 1);
            QVERIFY(snapshot.rows.at(1).shards.isEmpty());
            QCOMPARE(snapshot.rows.at(2).lag, 3);
            QCOMPARE(snapshot.rows.at(3).lag, 4);
        }
    }

    void ratesFromPreviousSnapshot()
    {
        FollowInfoResponse response;
        response.followers = {info(QStringLiteral("a")), info(QStringLiteral("b")), info(QStringLiteral("new"))};
        FollowStatsResponse first;
        first.indices = {stats(QStringLiteral("a"), {shard(0, 0, 0, 100)}),
                         stats(QStringLiteral("b"), {shard(0, 0, 0, 500)})};
        const FollowerSnapshot before = FollowerSnapshot::build(response, first, 10'000);

        FollowStatsResponse second;
        second.indices = {stats(QStringLiteral("a"), {shard(0, 0, 0, 300)}),
                          stats(QStringLiteral("b"), {shard(0, 0, 0, 20)}), // recreated: counter went back
                          stats(QStringLiteral("new"), {shard(0, 0, 0, 50)})};
        const FollowerSnapshot after = FollowerSnapshot::build(response, second, 14'000, &before);
        QCOMPARE(after.rows.at(0).operationsPerSecond, std::optional<double>(50.0));
        QVERIFY(!after.rows.at(1).operationsPerSecond);
        QVERIFY(!after.rows.at(2).operationsPerSecond); // paused (no stats) in the previous one

        // Paused now: no rate even though the previous snapshot had one.
        FollowInfoResponse paused;
        paused.followers = {info(QStringLiteral("a"), FollowerStatus::Paused)};
        const FollowerSnapshot third = FollowerSnapshot::build(paused, FollowStatsResponse(), 15'000, &after);
        QVERIFY(!third.rows.at(0).operationsPerSecond);
        QCOMPARE(third.rows.at(0).state, FollowerState::Paused);
    }

    void findsFollowersByNameAsTheyComeAndGo()
    {
        // Rates pair each follower with the previous snapshot's row of the same name, walked in name order: new
        // followers in between (and ones that left) must not shift the pairing.
        const QStringList before = {QStringLiteral("c"), QStringLiteral("e"), QStringLiteral("g")};
        const QStringList after = {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("g")};
        const auto built = [](const QStringList& names, qint64 written, qint64 atMs, const FollowerSnapshot* previous) {
            FollowInfoResponse response;
            FollowStatsResponse statsResponse;
            for (const QString& name : names) {
                response.followers.append(info(name));
                statsResponse.indices.append(stats(name, {shard(0, 0, 0, written)}));
            }
            return FollowerSnapshot::build(response, statsResponse, atMs, previous);
        };
        const FollowerSnapshot first = built(before, 100, 10'000, nullptr);
        const FollowerSnapshot second = built(after, 300, 12'000, &first);
        QCOMPARE(second.rows.size(), 4);
        QVERIFY(!second.rows.at(0).operationsPerSecond);                             // b: new
        QCOMPARE(second.rows.at(1).operationsPerSecond, std::optional<double>(100)); // c
        QVERIFY(!second.rows.at(2).operationsPerSecond);                             // d: new
        QCOMPARE(second.rows.at(3).operationsPerSecond, std::optional<double>(100)); // g, after e left

        QCOMPARE(second.indexOf(QStringLiteral("d")), 2);
        QCOMPARE(second.indexOf(QStringLiteral("d"), 2), 2);
        QCOMPARE(second.indexOf(QStringLiteral("d"), 0), 2); // a wrong hint only costs a search
        QCOMPARE(second.indexOf(QStringLiteral("e")), -1);
        QCOMPARE(second.indexOf(QStringLiteral("zz")), -1);
        FollowerSnapshot byHand;
        byHand.rows = second.rows;
        std::reverse(byHand.rows.begin(), byHand.rows.end());
        QCOMPARE(byHand.indexOf(QStringLiteral("b")), 3);
        QCOMPARE(byHand.indexOf(QStringLiteral("e")), -1);
    }

    void errorStateFromFatalAndRepeatingReads()
    {
        FollowInfoResponse response;
        response.followers = {info(QStringLiteral("fatal")), info(QStringLiteral("flaky")),
                              info(QStringLiteral("retrying"))};

        ShardFollowStats fatal0 = shard(0, 10, 0);
        ReadException once{5, 1, cause(QStringLiteral("node_not_connected_exception"), QStringLiteral("once"))};
        fatal0.readExceptions = {once};
        fatal0.failedReadRequests = 4;
        ShardFollowStats fatal1 = shard(1, 10, 0);
        fatal1.fatalException = cause(QStringLiteral("resource_not_found_exception"), QStringLiteral("too far"));
        fatal1.failedReadRequests = 2;

        ShardFollowStats flaky = shard(0, 10, 0);
        flaky.readExceptions = {
            ReadException{1, FollowerRow::repeatingReadFailureThreshold,
                          cause(QStringLiteral("connect_transport_exception"), QStringLiteral("remote gone"))}};

        ShardFollowStats retrying = shard(0, 10, 0);
        retrying.readExceptions = {ReadException{1, FollowerRow::repeatingReadFailureThreshold - 1, cause({}, {})}};

        FollowStatsResponse followStats;
        followStats.indices = {stats(QStringLiteral("fatal"), {fatal0, fatal1}),
                               stats(QStringLiteral("flaky"), {flaky}), stats(QStringLiteral("retrying"), {retrying})};
        const FollowerSnapshot snapshot = FollowerSnapshot::build(response, followStats, 1);

        const FollowerRow& f = snapshot.rows.at(snapshot.indexOf(QStringLiteral("fatal")));
        QCOMPARE(f.state, FollowerState::Error);
        QVERIFY(f.hasFatalException);
        QCOMPARE(f.failedReads, 6);
        QCOMPARE(f.readExceptionCount, 1);
        QCOMPARE(f.errorSummary, QStringLiteral("shard 1: too far")); // the fatal one wins

        const FollowerRow& r = snapshot.rows.at(snapshot.indexOf(QStringLiteral("flaky")));
        QCOMPARE(r.state, FollowerState::Error);
        QVERIFY(!r.hasFatalException);
        QCOMPARE(r.errorSummary, QStringLiteral("shard 0: remote gone"));

        const FollowerRow& ok = snapshot.rows.at(snapshot.indexOf(QStringLiteral("retrying")));
        QCOMPARE(ok.state, FollowerState::Active);
        QCOMPARE(ok.readExceptionCount, 1);
        QVERIFY(ok.errorSummary.isEmpty());
        QCOMPARE(followerStateName(FollowerState::Error), QStringLiteral("Error"));
    }

    void realElasticsearchExamples()
    {
        if (test::esExamplesDir().isEmpty())
            QSKIP("DUPER_ES_EXAMPLES_DIR is not set or missing");
        const auto infoResponse = FollowInfoResponse::parse(
            readExample(QStringLiteral("ccr.follow_info/spec-follow-info-response-example1.json")));
        const auto ccr =
            CcrStatsResponse::parse(readExample(QStringLiteral("ccr.stats/spec-ccr-stats-response-example1.json")));
        QVERIFY(infoResponse && ccr);
        const FollowerSnapshot snapshot = FollowerSnapshot::build(*infoResponse, ccr->followStats, 5);
        QCOMPARE(snapshot.rows.size(), 1);
        const FollowerRow& row = snapshot.rows.first();
        QCOMPARE(row.name, QStringLiteral("follower_index"));
        QCOMPARE(row.remoteCluster, QStringLiteral("remote_cluster"));
        QCOMPARE(row.state, FollowerState::Active);
        QVERIFY(row.hasParameters);
        QCOMPARE(row.parameters.maxOutstandingReadRequests, std::optional<int>(12));
        QCOMPARE(row.lag, 256); // 1024 - 768, as total_global_checkpoint_lag says
        QCOMPARE(row.operationsWritten, 832);
        QCOMPARE(row.timeSinceLastReadMillis, std::optional<qint64>(8));

        const auto followStats = FollowStatsResponse::parse(
            readExample(QStringLiteral("ccr.follow_stats/spec-follow-index-stats-response-example1.json")));
        QVERIFY(followStats);
        const FollowerSnapshot fromFollowStats = FollowerSnapshot::build(*infoResponse, *followStats, 5);
        QCOMPARE(fromFollowStats.rows.first().lag, followStats->indices.first().globalCheckpointLag());
    }

    void generatedBodiesAndSpeed()
    {
        test::FollowerBodyGenerator::Options options;
        options.followers = 10'000;
        options.pausedEvery = 10;
        options.maxShards = 3;
        options.fatalEvery = 50;
        const test::FollowerBodyGenerator generator(options);
        const auto infoResponse = FollowInfoResponse::parse(generator.followInfoBody());
        const auto ccr = CcrStatsResponse::parse(generator.ccrStatsBody());
        QVERIFY(infoResponse && ccr);

        QElapsedTimer timer;
        timer.start();
        const FollowerSnapshot first = FollowerSnapshot::build(*infoResponse, ccr->followStats, 1000);
        const qint64 firstNs = timer.nsecsElapsed();
        timer.restart();
        const FollowerSnapshot second = FollowerSnapshot::build(*infoResponse, ccr->followStats, 2000, &first);
        const qint64 secondNs = timer.nsecsElapsed();
        qint64 bestNs = secondNs;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            const FollowerSnapshot again = FollowerSnapshot::build(*infoResponse, ccr->followStats, 3000, &second);
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
        qInfo("merging 10,000 followers: %.1f ms, again with rates: %.1f ms, best of 5 more: %.1f ms",
              double(firstNs) / 1e6, double(secondNs) / 1e6, double(bestNs) / 1e6);
        // Generous: the CI machine is shared; unloaded it takes a few ms.
        QVERIFY2(secondNs < 250'000'000, "merging 10,000 followers should take a few ms");

        QCOMPARE(second.rows.size(), qsizetype(options.followers));
        int errors = 0;
        for (int i = 0; i < options.followers; ++i) {
            const QString name = test::FollowerBodyGenerator::followerName(i);
            const qsizetype index = second.indexOf(name);
            QVERIFY(index >= 0);
            const FollowerRow& row = second.rows.at(index);
            if (generator.isPaused(i)) {
                QCOMPARE(row.state, FollowerState::Paused);
                continue;
            }
            qint64 lag = 0;
            for (int s = 0; s < generator.shardCount(i); ++s)
                lag += std::max<qint64>(0, generator.leaderGlobalCheckpoint(i, s) -
                                               generator.followerGlobalCheckpoint(i, s));
            QCOMPARE(row.lag, lag);
            QCOMPARE(row.shards.size(), qsizetype(generator.shardCount(i)));
            QCOMPARE(row.operationsPerSecond, std::optional<double>(0.0));
            if (generator.hasFatalException(i)) {
                QCOMPARE(row.state, FollowerState::Error);
                QVERIFY(row.errorSummary.startsWith(QStringLiteral("shard 0: ")));
                ++errors;
            }
        }
        QVERIFY(errors > 0);
        for (qsizetype i = 1; i < second.rows.size(); ++i)
            QVERIFY(second.rows.at(i - 1).name < second.rows.at(i).name);
    }
};

QTEST_GUILESS_MAIN(FollowerSnapshotTest)
#include "tst_followersnapshot.moc"
