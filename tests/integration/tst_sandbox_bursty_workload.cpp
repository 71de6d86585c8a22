// The sandbox's bursty workload and rate-limited link to the leader (issue 16 §2): lag rises while an index takes a
// burst faster than its follower can read, falls back to zero after it, and each index bursts on its own schedule.
// Read as a client sees it: `GET /<follower>/_ccr/stats` over real HTTP.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "core/ccr/CcrApi.h"
#include "core/ccr/FollowStatsResponse.h"
#include "sandbox/Sandbox.h"

#include <QTest>

using namespace duper;
using duper::test::await;

namespace {

const QString first = QStringLiteral("follower-00001");  // bursts during ticks 1–20 of every minute; surges 121–300
const QString second = QStringLiteral("follower-00002"); // bursts during ticks 38–57

sandbox::SandboxOptions burstyOptions(int readRate)
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 2;
    options.workload = true;
    options.burstyWorkload = true;
    options.workloadDocsPerTick = 50; // 25 documents a tick per index while bursting, 1 otherwise
    options.readOperationsPerSecond = readRate;
    options.tickIntervalMs = 1000; // each advance() stands for a second; the timer is stopped in the test
    return options;
}

} // namespace

class TestSandboxBurstyWorkload : public QObject
{
    Q_OBJECT

private slots:
    void optionsParse()
    {
        sandbox::SandboxOptions options;
        QString error;
        QVERIFY(options.parseArguments(
            {QStringLiteral("--bursty-workload"), QStringLiteral("--read-rate"), QStringLiteral("15")}, &error));
        QVERIFY(options.workload);
        QVERIFY(options.burstyWorkload);
        QCOMPARE(options.readOperationsPerSecond, 15);

        sandbox::SandboxOptions zero;
        QVERIFY(!zero.parseArguments({QStringLiteral("--read-rate"), QStringLiteral("0")}, &error));
        QVERIFY2(error.contains(QStringLiteral("--read-rate")), qPrintable(error));
    }

    void lagRisesDuringABurstAndFallsAfterIt()
    {
        test::SandboxClient fixture(burstyOptions(15));
        QVERIFY2(fixture.started(), qPrintable(fixture.errorString()));
        fixture.sandbox().setTicking(false);

        // 20 ticks of 25 documents against 15 read a second: 10 more behind every tick.
        QList<qint64> lags;
        for (int tick = 1; tick <= 20; ++tick) {
            fixture.sandbox().advance(1);
            lags.append(lagOf(fixture, first));
        }
        QCOMPARE(lags.first(), 10);
        QCOMPARE(lags.last(), 200);
        for (qsizetype i = 1; i < lags.size(); ++i)
            QVERIFY2(lags.at(i) > lags.at(i - 1), "lag grows while the burst outruns the link");
        // The other index has not started its burst: its follower keeps up.
        QCOMPARE(lagOf(fixture, second), 0);

        // After the burst one document a tick arrives and 15 are read: 14 fewer behind every tick until caught up.
        fixture.sandbox().advance(1);
        QCOMPARE(lagOf(fixture, first), 186);
        fixture.sandbox().advance(14);
        QCOMPARE(lagOf(fixture, first), 0);

        // From the 38th tick the second index bursts while the first trickles: at tick 42, five burst ticks in.
        fixture.sandbox().advance(7);
        QCOMPARE(lagOf(fixture, first), 0);
        QCOMPARE(lagOf(fixture, second), 50);
    }

    void firstIndexSurgesPastTheLagWarningEveryQuarterHour()
    {
        test::SandboxClient fixture(burstyOptions(15));
        QVERIFY2(fixture.started(), qPrintable(fixture.errorString()));
        fixture.sandbox().setTicking(false);
        // Watched as the window watches it, a refresh every 10 s.
        QCOMPARE(watch(fixture, 120).last(), 0); // the minute bursts so far have drained
        // Three minutes of 30 documents a tick against 15 read: 15 more behind every tick.
        const QList<qint64> surge = watch(fixture, 180);
        QCOMPARE(surge.at(8), 1350);
        QCOMPARE(surge.last(), 2700);
        QVERIFY(lagOf(fixture, second) < 1000); // only the first index surges
        // Then it drains: 14 a tick between its minute bursts, 10 more behind a tick during them, 360 a minute.
        const QList<qint64> after = watch(fixture, 540);
        QCOMPARE(after.at(5), 2700 - 360);
        QVERIFY(after.at(29) > 0 && after.at(29) < 1000);
        QCOMPARE(after.last(), 0);
        // The next surge starts a quarter of an hour after the first.
        QCOMPARE(watch(fixture, 120).last(), 0);
        QVERIFY(watch(fixture, 120).last() > 500);
    }

    void withoutARateLimitFollowersKeepUp()
    {
        test::SandboxClient fixture(burstyOptions(0));
        QVERIFY2(fixture.started(), qPrintable(fixture.errorString()));
        fixture.sandbox().setTicking(false);
        fixture.sandbox().advance(10);
        QCOMPARE(lagOf(fixture, first), 0);
        QCOMPARE(operationsWrittenOf(fixture, first), 250);
    }

private:
    // Advances `ticks` seconds ten at a time, reading the first follower's lag after each ten.
    static QList<qint64> watch(test::SandboxClient& fixture, int ticks)
    {
        QList<qint64> lags;
        for (int done = 0; done < ticks; done += 10) {
            fixture.sandbox().advance(10);
            lags.append(lagOf(fixture, first));
        }
        return lags;
    }

    static FollowerStats statsOf(test::SandboxClient& fixture, const QString& follower)
    {
        auto job = await(fixture.api().followStats({follower}));
        if (job->hasError() || !job->result() || job->result()->indices.size() != 1) {
            qWarning("follow stats of %s failed", qPrintable(follower));
            return {};
        }
        return job->result()->indices.first();
    }
    static qint64 lagOf(test::SandboxClient& fixture, const QString& follower)
    {
        const FollowerStats stats = statsOf(fixture, follower);
        if (stats.shards.size() != 1)
            return -1;
        return stats.shards.first().leaderGlobalCheckpoint - stats.shards.first().followerGlobalCheckpoint;
    }
    static qint64 operationsWrittenOf(test::SandboxClient& fixture, const QString& follower)
    {
        const FollowerStats stats = statsOf(fixture, follower);
        return stats.shards.isEmpty() ? -1 : stats.shards.first().operationsWritten;
    }
};

QTEST_MAIN(TestSandboxBurstyWorkload)
#include "tst_sandbox_bursty_workload.moc"
