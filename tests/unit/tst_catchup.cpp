// The catch-up estimate: CatchUpRule from recent lag samples, and CatchUpTracker feeding it from snapshots.
#include "core/trend/CatchUpRule.h"
#include "core/trend/CatchUpTracker.h"

#include <QTest>

using namespace duper;

namespace {

constexpr qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z

QList<LagSample> lags(std::initializer_list<qint64> values, qint64 stepMs = 10000)
{
    QList<LagSample> samples;
    qint64 at = t0;
    for (qint64 lag : values) {
        samples.append({at, lag});
        at += stepMs;
    }
    return samples;
}

FollowerRow activeRow(const QString& name, qint64 lag)
{
    FollowerRow row;
    row.name = name;
    row.state = FollowerState::Active;
    row.lag = lag;
    row.shards.append(ShardFollowStats{});
    return row;
}

FollowerSnapshot snapshotAt(qint64 atMs, const QList<FollowerRow>& rows)
{
    FollowerSnapshot snapshot;
    snapshot.takenAtMs = atMs;
    snapshot.rows = rows;
    return snapshot;
}

} // namespace

class CatchUpTest : public QObject
{
    Q_OBJECT

private slots:
    void noLagIsCaughtUp();
    void notMeasurableIsUnknown();
    void oneSampleWithLagIsUnknown();
    void shrinkingLagGivesTimeLeft();
    void etaRoundsUpAndIsCapped();
    void growingLagIsFallingBehind();
    void twoSamplesOrATurnAreNotYetFallingBehind();
    void steadyLagIsUnknown();
    void sameTimeIsUnknown();
    void sortKeysOrderTheColumn();
    void trackerKeepsRecentSamplesAndEstimates();
    void trackerForgetsPausedAndVanishedFollowers();
    void trackerIgnoresTheSameSnapshotAgain();
    void trackerFollowsNameOrderedSnapshotsAsTheyChange();
};

void CatchUpTest::noLagIsCaughtUp()
{
    QCOMPARE(CatchUpRule::estimate(true, lags({0})), CatchUpEstimate::caughtUp());
    QCOMPARE(CatchUpRule::estimate(true, lags({500, 200, 0})), CatchUpEstimate::caughtUp());
}

void CatchUpTest::notMeasurableIsUnknown()
{
    QCOMPARE(CatchUpRule::estimate(false, lags({0})), CatchUpEstimate::unknown());
    QCOMPARE(CatchUpRule::estimate(false, lags({300, 200, 100})), CatchUpEstimate::unknown());
    QCOMPARE(CatchUpRule::estimate(true, {}), CatchUpEstimate::unknown());
}

void CatchUpTest::oneSampleWithLagIsUnknown()
{
    QCOMPARE(CatchUpRule::estimate(true, lags({1000})), CatchUpEstimate::unknown());
}

void CatchUpTest::shrinkingLagGivesTimeLeft()
{
    // 1,200 → 960 in 20 s: 12 operations a second; 960 left take 80 s.
    QCOMPARE(CatchUpRule::estimate(true, lags({1200, 1100, 960})), CatchUpEstimate::eta(80));
    // The pace is over the whole window, so a step up in between does not hide the trend: 2,400 → 2,000 in 40 s.
    QCOMPARE(CatchUpRule::estimate(true, lags({2400, 2600, 2300, 2100, 2000})), CatchUpEstimate::eta(200));
    // Two samples are enough to see it shrink: 4 minutes at this pace.
    QCOMPARE(CatchUpRule::estimate(true, lags({2500, 2400}, 10000)), CatchUpEstimate::eta(240));
}

void CatchUpTest::etaRoundsUpAndIsCapped()
{
    // 1000 → 997 in 10 s: 0.3 ops/s, 997 / 0.3 = 3323.3 s → 3324.
    QCOMPARE(CatchUpRule::estimate(true, lags({1000, 997})).secondsLeft, 3324);
    // A billion operations at one every ten seconds: capped at a year.
    const CatchUpEstimate slow = CatchUpRule::estimate(true, lags({1000000001, 1000000000}, 10000));
    QCOMPARE(slow.kind, CatchUpEstimate::Kind::Eta);
    QCOMPARE(slow.secondsLeft, qint64(365) * 24 * 3600);
}

void CatchUpTest::growingLagIsFallingBehind()
{
    QCOMPARE(CatchUpRule::estimate(true, lags({100, 200, 300})), CatchUpEstimate::fallingBehind());
    // Growing over the window and flat at the last step still counts.
    QCOMPARE(CatchUpRule::estimate(true, lags({100, 400, 400})), CatchUpEstimate::fallingBehind());
}

void CatchUpTest::twoSamplesOrATurnAreNotYetFallingBehind()
{
    QCOMPARE(CatchUpRule::estimate(true, lags({100, 200})), CatchUpEstimate::unknown());      // could be one burst
    QCOMPARE(CatchUpRule::estimate(true, lags({100, 500, 300})), CatchUpEstimate::unknown()); // turning around
}

void CatchUpTest::steadyLagIsUnknown()
{
    QCOMPARE(CatchUpRule::estimate(true, lags({300, 250, 300})), CatchUpEstimate::unknown());
}

void CatchUpTest::sameTimeIsUnknown()
{
    QCOMPARE(CatchUpRule::estimate(true, {{t0, 500}, {t0, 400}}), CatchUpEstimate::unknown());
}

void CatchUpTest::sortKeysOrderTheColumn()
{
    QVERIFY(CatchUpEstimate::unknown().sortKey() < CatchUpEstimate::caughtUp().sortKey());
    QVERIFY(CatchUpEstimate::caughtUp().sortKey() < CatchUpEstimate::eta(1).sortKey());
    QVERIFY(CatchUpEstimate::eta(1).sortKey() < CatchUpEstimate::eta(600).sortKey());
    QVERIFY(CatchUpEstimate::eta(qint64(365) * 24 * 3600).sortKey() < CatchUpEstimate::fallingBehind().sortKey());
}

void CatchUpTest::trackerKeepsRecentSamplesAndEstimates()
{
    CatchUpTracker tracker;
    QVERIFY(tracker.update(snapshotAt(t0, {activeRow(QStringLiteral("a"), 0), activeRow(QStringLiteral("b"), 900)})));
    QCOMPARE(tracker.estimate(QStringLiteral("a")), CatchUpEstimate::caughtUp());
    QCOMPARE(tracker.estimate(QStringLiteral("b")), CatchUpEstimate::unknown());
    QVERIFY(tracker.update(
        snapshotAt(t0 + 10000, {activeRow(QStringLiteral("a"), 0), activeRow(QStringLiteral("b"), 600)})));
    QCOMPARE(tracker.estimate(QStringLiteral("b")), CatchUpEstimate::eta(20)); // 30 ops/s, 600 left
    // Only the last maxSamples count.
    for (int i = 2; i < 10; ++i)
        tracker.update(snapshotAt(t0 + i * 10000, {activeRow(QStringLiteral("b"), 600 + i * 100)}));
    QCOMPARE(tracker.samples(QStringLiteral("b")).size(), CatchUpTracker::maxSamples);
    QCOMPARE(tracker.samples(QStringLiteral("b")).last(), LagSample({t0 + 90000, 1500}));
    QCOMPARE(tracker.estimate(QStringLiteral("b")), CatchUpEstimate::fallingBehind());
    QCOMPARE(tracker.estimate(QStringLiteral("a")), CatchUpEstimate::unknown()); // vanished
    // Samples older than maxSampleAgeMs are dropped even when fewer than maxSamples.
    tracker.update(snapshotAt(t0 + 90000 + CatchUpTracker::maxSampleAgeMs + 1, {activeRow(QStringLiteral("b"), 10)}));
    QCOMPARE(tracker.samples(QStringLiteral("b")).size(), 1);
}

void CatchUpTest::trackerForgetsPausedAndVanishedFollowers()
{
    CatchUpTracker tracker;
    tracker.update(snapshotAt(t0, {activeRow(QStringLiteral("a"), 900)}));
    tracker.update(snapshotAt(t0 + 10000, {activeRow(QStringLiteral("a"), 600)}));
    FollowerRow paused;
    paused.name = QStringLiteral("a");
    paused.state = FollowerState::Paused;
    QVERIFY(tracker.update(snapshotAt(t0 + 20000, {paused})));
    QCOMPARE(tracker.estimate(QStringLiteral("a")), CatchUpEstimate::unknown());
    QVERIFY(tracker.samples(QStringLiteral("a")).isEmpty());
    // Resumed: the pace is measured afresh, not across the pause.
    tracker.update(snapshotAt(t0 + 30000, {activeRow(QStringLiteral("a"), 5000)}));
    QCOMPARE(tracker.samples(QStringLiteral("a")).size(), 1);
    QCOMPARE(tracker.estimate(QStringLiteral("a")), CatchUpEstimate::unknown());
    // An empty snapshot (a new connection) forgets everything.
    tracker.update(snapshotAt(0, {}));
    QVERIFY(tracker.samples(QStringLiteral("a")).isEmpty());
    tracker.reset();
    QVERIFY(tracker.update(snapshotAt(t0, {activeRow(QStringLiteral("a"), 0)})));
}

void CatchUpTest::trackerIgnoresTheSameSnapshotAgain()
{
    CatchUpTracker tracker;
    const FollowerSnapshot first = snapshotAt(t0, {activeRow(QStringLiteral("a"), 900)});
    tracker.update(first);
    QVERIFY(!tracker.update(first));
    QCOMPARE(tracker.samples(QStringLiteral("a")).size(), 1);
}

void CatchUpTest::trackerFollowsNameOrderedSnapshotsAsTheyChange()
{
    // Built snapshots come in name order (sortedByName) and are walked beside the kept followers; hand-made ones in
    // any order are sorted first. Either way a follower keeps its samples, whatever came or went around it.
    const auto built = [](qint64 atMs, const QList<FollowerRow>& rows) {
        FollowerSnapshot snapshot = snapshotAt(atMs, rows);
        snapshot.sortedByName = true;
        return snapshot;
    };
    const QString a = QStringLiteral("a"), b = QStringLiteral("b"), c = QStringLiteral("c"), e = QStringLiteral("e");
    CatchUpTracker tracker;
    QVERIFY(tracker.update(built(t0, {activeRow(a, 0), activeRow(c, 900), activeRow(e, 0)})));
    // a vanishes, b arrives before c, c shrinks.
    QVERIFY(tracker.update(built(t0 + 10000, {activeRow(b, 0), activeRow(c, 600), activeRow(e, 0)})));
    QCOMPARE(tracker.estimate(a), CatchUpEstimate::unknown());
    QVERIFY(tracker.samples(a).isEmpty());
    QCOMPARE(tracker.samples(b).size(), 1);
    QCOMPARE(tracker.samples(c).size(), 2);
    QCOMPARE(tracker.estimate(c), CatchUpEstimate::eta(20));
    QCOMPARE(tracker.estimate(e), CatchUpEstimate::caughtUp());
    // c catches up: a change.
    QVERIFY(tracker.update(built(t0 + 20000, {activeRow(b, 0), activeRow(c, 0), activeRow(e, 0)})));
    QCOMPARE(tracker.samples(c).size(), 3);
    QCOMPARE(tracker.estimate(c), CatchUpEstimate::caughtUp());
    // The same followers and estimates again, out of order as put together by hand: found all the same, no change.
    QVERIFY(!tracker.update(snapshotAt(t0 + 30000, {activeRow(e, 0), activeRow(c, 0), activeRow(b, 0)})));
    QCOMPARE(tracker.samples(c).size(), 4);
    QCOMPARE(tracker.samples(b).size(), 3);
    // Only the last follower leaves: that is a change too.
    QVERIFY(tracker.update(built(t0 + 40000, {activeRow(b, 0), activeRow(c, 0)})));
    QCOMPARE(tracker.estimate(e), CatchUpEstimate::unknown());
}

QTEST_GUILESS_MAIN(CatchUpTest)
#include "tst_catchup.moc"
