// AlertMonitor (issue 16 §3): one episode per continuous condition (fired once, escalated, cleared), "lag for M
// minutes" and "paused since" timed on a fake clock (the time is passed in; nothing sleeps), and the condition times
// kept across runs in an AlertStateFile.
#include "core/alerts/AlertMonitor.h"
#include "core/alerts/AlertStateFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kStart = 1'700'000'000'000; // the fake clock's epoch

FollowerRow row(const QString& name, FollowerState state = FollowerState::Active, qint64 lag = 0)
{
    FollowerRow r;
    r.name = name;
    r.state = state;
    r.lag = lag;
    return r;
}

FollowerRow lagging(qint64 lag)
{
    return row(QStringLiteral("f1"), FollowerState::Active, lag);
}

FollowerRow paused(const QString& name = QStringLiteral("f1"))
{
    return row(name, FollowerState::Paused);
}

} // namespace

class AlertMonitorTest : public QObject
{
    Q_OBJECT

private slots:
    void episodeFiresOnceAndClears();
    void escalationStaysOneEpisode();
    void lagMustLastForTheGivenTime();
    void pauseSeenBeginningIsMeasured();
    void pauseFoundAtFirstSightIsAtLeastAWarning();
    void leaderPeriodPerFollower();
    void vanishedFollowerClearsItsEpisodes();
    void historyIsBounded();
    void stateFileRoundTrip();
    void stateFileMissingOrBroken();
};

void AlertMonitorTest::episodeFiresOnceAndClears()
{
    AlertMonitor monitor;
    auto update = monitor.update({lagging(5000)}, kStart);
    QCOMPARE(update.fired.size(), 1);
    QCOMPARE(update.findings.size(), 1);
    const quint64 id = update.fired.first().id;
    QCOMPARE(update.fired.first().firedAtMs, kStart);
    QCOMPARE(update.fired.first().severity, AlertSeverity::Warning);

    for (int i = 1; i <= 5; ++i) { // the same condition over five more refreshes: no new episode
        update = monitor.update({lagging(5000 + i)}, kStart + i * 10 * kSecond);
        QVERIFY(update.fired.isEmpty());
        QVERIFY(update.cleared.isEmpty());
        QCOMPARE(update.findings.size(), 1);
    }
    QCOMPARE(monitor.activeEpisodes().size(), 1);
    QCOMPARE(monitor.activeEpisodes().first().latest.value, 5005);

    update = monitor.update({lagging(10)}, kStart + kMinute);
    QCOMPARE(update.cleared.size(), 1);
    QCOMPARE(update.cleared.first().id, id);
    QCOMPARE(update.cleared.first().firedAtMs, kStart);
    QCOMPARE(update.cleared.first().clearedAtMs.value_or(-1), kStart + kMinute);
    QVERIFY(monitor.activeEpisodes().isEmpty());

    update = monitor.update({lagging(7000)}, kStart + 2 * kMinute); // back again: a new episode
    QCOMPARE(update.fired.size(), 1);
    QVERIFY(update.fired.first().id != id);
    const QList<AlertEpisode> history = monitor.history();
    QCOMPARE(history.size(), 2);
    QVERIFY(!history.at(0).isActive());
    QVERIFY(history.at(1).isActive());
}

void AlertMonitorTest::escalationStaysOneEpisode()
{
    AlertMonitor monitor;
    monitor.update({lagging(5000)}, kStart);
    auto update = monitor.update({lagging(200000)}, kStart + kMinute);
    QVERIFY(update.fired.isEmpty());
    QCOMPARE(update.escalated.size(), 1);
    QCOMPARE(update.escalated.first().severity, AlertSeverity::Critical);
    update = monitor.update({lagging(5000)}, kStart + 2 * kMinute); // better again, still lagging
    QVERIFY(update.escalated.isEmpty());
    QCOMPARE(monitor.activeEpisodes().first().severity, AlertSeverity::Critical); // the worst it reached
    QCOMPARE(monitor.activeEpisodes().first().latest.severity, AlertSeverity::Warning);
}

void AlertMonitorTest::lagMustLastForTheGivenTime()
{
    AlertThresholds thresholds;
    thresholds.lagForMs = 5 * kMinute;
    AlertMonitor monitor(thresholds);
    QVERIFY(monitor.update({lagging(5000)}, kStart).findings.isEmpty());
    QVERIFY(monitor.update({lagging(5000)}, kStart + 4 * kMinute).findings.isEmpty());
    auto update = monitor.update({lagging(5000)}, kStart + 5 * kMinute);
    QCOMPARE(update.fired.size(), 1);
    QCOMPARE(update.fired.first().firedAtMs, kStart + 5 * kMinute);
    // One refresh below the threshold restarts the clock.
    QCOMPARE(monitor.update({lagging(10)}, kStart + 6 * kMinute).cleared.size(), 1);
    QVERIFY(monitor.update({lagging(5000)}, kStart + 7 * kMinute).findings.isEmpty());
    QVERIFY(monitor.update({lagging(5000)}, kStart + 11 * kMinute).findings.isEmpty());
    QCOMPARE(monitor.update({lagging(5000)}, kStart + 12 * kMinute).fired.size(), 1);
}

void AlertMonitorTest::pauseSeenBeginningIsMeasured()
{
    AlertMonitor monitor; // 12h assumed; warning at 6h, critical at 9h36m
    monitor.update({row(QStringLiteral("f1"))}, kStart);
    QVERIFY(monitor.update({paused()}, kStart + kMinute).findings.isEmpty());
    QVERIFY(monitor.conditionTimes().value(QStringLiteral("f1")).pausedStartKnown);
    QVERIFY(monitor.update({paused()}, kStart + kMinute + 5 * kHour).findings.isEmpty());
    auto update = monitor.update({paused()}, kStart + kMinute + 6 * kHour);
    QCOMPARE(update.fired.size(), 1);
    QCOMPARE(update.fired.first().kind, AlertKind::Paused);
    QCOMPARE(update.fired.first().latest.pausedForMs.value_or(-1), 6 * kHour);
    QVERIFY(update.fired.first().latest.pausedStartKnown);
    update = monitor.update({paused()}, kStart + kMinute + 10 * kHour);
    QCOMPARE(update.escalated.size(), 1);
    update = monitor.update({row(QStringLiteral("f1"))}, kStart + 11 * kHour); // resumed
    QCOMPARE(update.cleared.size(), 1);
    QVERIFY(!monitor.conditionTimes().value(QStringLiteral("f1")).pausedSinceMs);
}

void AlertMonitorTest::pauseFoundAtFirstSightIsAtLeastAWarning()
{
    AlertMonitor monitor;
    auto update = monitor.update({paused()}, kStart);
    QCOMPARE(update.fired.size(), 1);
    QCOMPARE(update.fired.first().severity, AlertSeverity::Warning);
    QVERIFY(!update.fired.first().latest.pausedStartKnown);
    QVERIFY(!monitor.conditionTimes().value(QStringLiteral("f1")).pausedStartKnown);
    update = monitor.update({paused()}, kStart + 10 * kHour); // at least 10h: past 80% of 12h
    QCOMPARE(update.escalated.size(), 1);
    QCOMPARE(update.findings.first().summary, QStringLiteral("f1 paused at least 10h of 12h (start unknown)"));
    // A follower that appears later already paused (created and paused between refreshes, or only now listed) is
    // just as unknown.
    update = monitor.update({paused(), paused(QStringLiteral("f2"))}, kStart + 10 * kHour + kMinute);
    QCOMPARE(update.fired.size(), 1);
    QCOMPARE(update.fired.first().follower, QStringLiteral("f2"));
    QVERIFY(!update.fired.first().latest.pausedStartKnown);
}

void AlertMonitorTest::leaderPeriodPerFollower()
{
    AlertMonitor monitor;
    monitor.setRetentionPeriod(QStringLiteral("f1"), RetentionPeriod::fromLeader(kHour));
    QCOMPARE(monitor.retentionFor(QStringLiteral("f2")).source, RetentionPeriod::Source::Assumed);
    monitor.update({row(QStringLiteral("f1")), row(QStringLiteral("f2"))}, kStart);
    const auto update = monitor.update({paused(), paused(QStringLiteral("f2"))}, kStart + kMinute);
    QVERIFY(update.findings.isEmpty());
    const auto later = monitor.update({paused(), paused(QStringLiteral("f2"))}, kStart + kMinute + 50 * kMinute);
    QCOMPARE(later.findings.size(), 1); // f1: 50m of 1h is past 80%; f2: 50m of 12h is nothing yet
    QCOMPARE(later.findings.first().follower, QStringLiteral("f1"));
    QCOMPARE(later.findings.first().severity, AlertSeverity::Critical);
    QCOMPARE(later.findings.first().retention->source, RetentionPeriod::Source::Leader);
}

void AlertMonitorTest::vanishedFollowerClearsItsEpisodes()
{
    AlertMonitor monitor;
    FollowerRow fatal = row(QStringLiteral("f2"), FollowerState::Error);
    fatal.hasFatalException = true;
    monitor.update({lagging(5000), fatal}, kStart);
    QCOMPARE(monitor.activeEpisodes().size(), 2);
    const auto update = monitor.update({lagging(5000)}, kStart + kMinute); // f2 was unfollowed
    QCOMPARE(update.cleared.size(), 1);
    QCOMPARE(update.cleared.first().follower, QStringLiteral("f2"));
    QVERIFY(!monitor.conditionTimes().contains(QStringLiteral("f2")));
    monitor.reset();
    QVERIFY(monitor.activeEpisodes().isEmpty());
    QVERIFY(monitor.history().isEmpty());
}

void AlertMonitorTest::historyIsBounded()
{
    AlertMonitor monitor;
    for (int i = 0; i < AlertMonitor::maxHistory + 10; ++i) {
        monitor.update({lagging(5000)}, kStart + 2 * i * kSecond);
        monitor.update({lagging(0)}, kStart + (2 * i + 1) * kSecond);
    }
    QCOMPARE(monitor.history().size(), AlertMonitor::maxHistory);
    QCOMPARE(monitor.history().last().firedAtMs, kStart + 2 * (AlertMonitor::maxHistory + 9) * kSecond);
}

void AlertMonitorTest::stateFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const AlertStateFile file(dir.filePath(QStringLiteral("check.json")));
    AlertThresholds thresholds;
    thresholds.lagForMs = 5 * kMinute;
    {
        AlertMonitor first(thresholds); // run 1: both replicating, f2 lagging
        first.update({row(QStringLiteral("f1")), row(QStringLiteral("f2"), FollowerState::Active, 5000)}, kStart);
        QString error;
        QVERIFY2(file.save(first.conditionTimes(), &error), qPrintable(error));
    }
    QString error;
    auto times = file.load(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(times.size(), 2);
    QCOMPARE(times.value(QStringLiteral("f2")).lagAboveSinceMs.value_or(-1), kStart);
    {
        AlertMonitor second(thresholds); // run 2, minutes later: f1 paused since, f2 still lagging
        second.restoreConditionTimes(times);
        const auto update =
            second.update({paused(), row(QStringLiteral("f2"), FollowerState::Active, 5000)}, kStart + 6 * kMinute);
        QCOMPARE(update.findings.size(), 1); // f2's lag has lasted 6m; f1 was seen replicating, so it is measured
        QCOMPARE(update.findings.first().kind, AlertKind::Lag);
        QVERIFY(file.save(second.conditionTimes(), &error));
    }
    times = file.load(&error);
    QCOMPARE(times.value(QStringLiteral("f1")).pausedSinceMs.value_or(-1), kStart + 6 * kMinute);
    QVERIFY(times.value(QStringLiteral("f1")).pausedStartKnown);
    AlertMonitor third(thresholds); // run 3, 7h later
    third.restoreConditionTimes(times);
    const auto update = third.update({paused(), row(QStringLiteral("f2"))}, kStart + 6 * kMinute + 7 * kHour);
    QCOMPARE(update.findings.size(), 1);
    QCOMPARE(update.findings.first().summary, QStringLiteral("f1 paused 7h (58% of 12h)"));
}

void AlertMonitorTest::stateFileMissingOrBroken()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(AlertStateFile(dir.filePath(QStringLiteral("none.json"))).load(&error).isEmpty());
    QVERIFY(error.isEmpty()); // a first run
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"something else\"}");
    broken.close();
    QVERIFY(AlertStateFile(broken.fileName()).load(&error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("not one duper wrote")), qPrintable(error));
    error.clear();
    QVERIFY(!AlertStateFile(dir.filePath(QStringLiteral("no/such/folder/x.json"))).save({}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(AlertMonitorTest)
#include "tst_alertmonitor.moc"
