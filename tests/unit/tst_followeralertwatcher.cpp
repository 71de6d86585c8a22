// FollowerAlertWatcher: the alert rules on every snapshot a FollowerRefresher publishes, one signal per episode
// (not per refresh), timed by the snapshots' takenAtMs so nothing waits for the clock.
#include "core/alerts/FollowerAlertWatcher.h"
#include "core/followers/FollowerRefresher.h"

#include <QSignalSpy>
#include <QTest>

using namespace duper;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

std::shared_ptr<const FollowerSnapshot> snapshot(qint64 takenAtMs, qint64 lag, bool fatal = false)
{
    auto s = std::make_shared<FollowerSnapshot>();
    s->takenAtMs = takenAtMs;
    FollowerRow row;
    row.name = QStringLiteral("orders-copy");
    row.lag = lag;
    if (fatal) {
        row.state = FollowerState::Error;
        row.hasFatalException = true;
        row.errorSummary = QStringLiteral("shard 0: gone");
    }
    s->rows.append(row);
    return s;
}

} // namespace

class FollowerAlertWatcherTest : public QObject
{
    Q_OBJECT

private slots:
    void oneSignalPerEpisode();
    void resetForgetsEverything();
};

void FollowerAlertWatcherTest::oneSignalPerEpisode()
{
    FollowerRefresher refresher;
    FollowerAlertWatcher watcher(&refresher);
    QSignalSpy fired(&watcher, &FollowerAlertWatcher::episodesFired);
    QSignalSpy escalated(&watcher, &FollowerAlertWatcher::episodesEscalated);
    QSignalSpy cleared(&watcher, &FollowerAlertWatcher::episodesCleared);
    QSignalSpy changed(&watcher, &FollowerAlertWatcher::findingsChanged);

    emit refresher.snapshotReady(snapshot(kStart, 5000));
    emit refresher.snapshotReady(snapshot(kStart + 10'000, 6000));
    emit refresher.snapshotReady(snapshot(kStart + 20'000, 7000));
    QCOMPARE(fired.size(), 1); // three refreshes, one episode
    QCOMPARE(changed.size(), 3);
    const auto episodes = fired.first().first().value<QList<AlertEpisode>>();
    QCOMPARE(episodes.size(), 1);
    QCOMPARE(episodes.first().firedAtMs, kStart);
    QCOMPARE(watcher.findings().first().value, 7000);

    emit refresher.snapshotReady(snapshot(kStart + 30'000, 200000, true));
    QCOMPARE(escalated.size(), 1); // lag now critical
    QCOMPARE(fired.size(), 2);     // and a fatal error: a new episode of another rule
    QCOMPARE(watcher.findings().size(), 2);

    emit refresher.snapshotReady(snapshot(kStart + 40'000, 0));
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(cleared.first().first().value<QList<AlertEpisode>>().size(), 2);
    QVERIFY(watcher.findings().isEmpty());
    QCOMPARE(watcher.monitor().history().size(), 2);
}

void FollowerAlertWatcherTest::resetForgetsEverything()
{
    FollowerRefresher refresher;
    FollowerAlertWatcher watcher(&refresher);
    QSignalSpy fired(&watcher, &FollowerAlertWatcher::episodesFired);
    emit refresher.snapshotReady(snapshot(kStart, 5000));
    watcher.reset();
    QVERIFY(watcher.findings().isEmpty());
    QVERIFY(watcher.monitor().activeEpisodes().isEmpty());
    emit refresher.snapshotReady(snapshot(kStart + 1000, 5000)); // another connection: news again
    QCOMPARE(fired.size(), 2);
}

QTEST_GUILESS_MAIN(FollowerAlertWatcherTest)
#include "tst_followeralertwatcher.moc"
