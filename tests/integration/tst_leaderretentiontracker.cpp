// LeaderRetentionTracker against two in-process sandboxes (FleetSandboxes): the leader of a paused follower found
// among the saved connections and its index.soft_deletes.retention_lease.period read, the alert rules warning at the
// share of that period, and Elasticsearch's 12h default assumed, and said to be, when the leader is not saved, does
// not answer, lacks its secret or hangs; the alerts never wait for any of it.
#include "AwaitJob.h"
#include "FleetSandboxes.h"
#include "TestSession.h"
#include "core/alerts/FollowerAlertWatcher.h"
#include "core/alerts/LeaderRetentionTracker.h"
#include "core/alerts/RetentionLeaseSettingsResponse.h"
#include "core/ccr/CcrApi.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/connections/SessionSecretCache.h"
#include "core/es/EsClient.h"
#include "core/followers/FollowerRefresher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace duper;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

ConnectionProfile profile(const QString& name, const QUrl& url)
{
    ConnectionProfile p = ConnectionProfile::create(name);
    p.urls = {url};
    return p;
}

const AlertFinding* pausedFinding(const FollowerAlertWatcher& watcher, const QString& follower)
{
    for (const AlertFinding& finding : watcher.findings())
        if (finding.follower == follower && finding.kind == AlertKind::Paused)
            return &finding;
    return nullptr;
}

} // namespace

class LeaderRetentionTrackerTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsThePeriodOfTheSavedLeader();
    void alertsWarnAtTheShareOfTheLeadersPeriod();
    void unsavedLeaderIsAssumed();
    void unreachableOrLockedLeaderIsAssumed();
    void hangingLeaderDoesNotDelayAlerts();

private:
    // The window's connection: the saved connection `name`, over a client of its own.
    void openWindowSession(const QString& name, const QUrl& url);
    QList<FollowerRow> refresh();
    bool waitForLookup(int timeoutMs = 20000);
    FollowerRow row(const QList<FollowerRow>& rows, const QString& name) const;
    void setPeriod(const QString& leaderIndex, const QString& value);
    QString idOf(const QString& name) const;

    std::unique_ptr<test::FleetSandboxes> m_sandboxes;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    SessionSecretCache m_cache;
    QList<ConnectionProfile> m_profiles;
    std::unique_ptr<EsClient> m_client;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<LeaderRetentionTracker> m_tracker;
};

void LeaderRetentionTrackerTest::init()
{
    m_sandboxes = std::make_unique<test::FleetSandboxes>();
    QVERIFY2(m_sandboxes->start(), qPrintable(m_sandboxes->errorString()));
    m_cache.clear();
    ConnectionProfile locked = profile(QStringLiteral("locked"), m_sandboxes->regionalUrl());
    locked.authKind = ConnectionProfile::AuthKind::Basic;
    locked.username = QStringLiteral("ops"); // no password anywhere: never asked for in the background
    m_profiles = {profile(QStringLiteral("archive"), m_sandboxes->archiveUrl()),
                  profile(QStringLiteral("follower"), m_sandboxes->followerUrl()),
                  profile(QStringLiteral("leader"), m_sandboxes->leaderUrl()), locked};
    FleetDependencies dependencies;
    dependencies.network = &m_network;
    dependencies.secrets = &m_secrets;
    dependencies.cache = &m_cache;
    m_tracker = std::make_unique<LeaderRetentionTracker>([this] { return m_profiles; }, dependencies);
}

void LeaderRetentionTrackerTest::cleanup()
{
    if (m_sandboxes)
        m_sandboxes->a().faults().hang = false;
    m_tracker.reset();
    m_session.reset();
    m_client.reset();
    m_sandboxes.reset();
}

void LeaderRetentionTrackerTest::openWindowSession(const QString& name, const QUrl& url)
{
    EsEndpoint endpoint;
    endpoint.baseUrl = url;
    m_client = std::make_unique<EsClient>(&m_network, endpoint, nullptr);
    m_session = test::makeSession(*m_client, idOf(name), nullptr);
    m_tracker->setFollowerSession(m_session.get());
}

QString LeaderRetentionTrackerTest::idOf(const QString& name) const
{
    for (const ConnectionProfile& p : m_profiles)
        if (p.name == name)
            return p.id;
    return name;
}

QList<FollowerRow> LeaderRetentionTrackerTest::refresh()
{
    FollowerRefresher* refresher = m_session->followerRefresher();
    QSignalSpy ready(refresher, &FollowerRefresher::snapshotReady);
    refresher->refresh();
    if (!ready.wait(10000))
        return {};
    return refresher->snapshot()->rows;
}

bool LeaderRetentionTrackerTest::waitForLookup(int timeoutMs)
{
    if (!m_tracker->isLookingUp())
        return true;
    QSignalSpy finished(m_tracker.get(), &LeaderRetentionTracker::lookupFinished);
    return finished.wait(timeoutMs);
}

FollowerRow LeaderRetentionTrackerTest::row(const QList<FollowerRow>& rows, const QString& name) const
{
    for (const FollowerRow& r : rows)
        if (r.name == name)
            return r;
    return {};
}

void LeaderRetentionTrackerTest::setPeriod(const QString& leaderIndex, const QString& value)
{
    m_sandboxes->a().leader().index(leaderIndex)->settings().insert(RetentionLeaseSettingsResponse::settingName, value);
}

void LeaderRetentionTrackerTest::readsThePeriodOfTheSavedLeader()
{
    setPeriod(QStringLiteral("users"), QStringLiteral("1h"));
    openWindowSession(QStringLiteral("follower"), m_sandboxes->followerUrl());
    const QList<FollowerRow> rows = refresh();
    const FollowerRow users = row(rows, QStringLiteral("users"));
    QCOMPARE(users.state, FollowerState::Paused);

    QVERIFY(!m_tracker->isLookingUp());
    m_tracker->observe(rows);
    QVERIFY(m_tracker->isLookingUp());
    const RetentionPeriod before = m_tracker->periodFor(users);
    QCOMPARE(before.source, RetentionPeriod::Source::Assumed);
    QCOMPARE(before.milliseconds, RetentionPeriod::defaultMs);
    QVERIFY2(before.note.contains(QLatin1String("not read yet")), qPrintable(before.note));

    QSignalSpy changed(m_tracker.get(), &LeaderRetentionTracker::periodsChanged);
    QVERIFY(waitForLookup());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_tracker->periodFor(users), RetentionPeriod::fromLeader(kHour));

    // Kept: the next refreshes do not ask again until the refresh interval passed.
    m_tracker->observe(rows);
    QVERIFY(!m_tracker->isLookingUp());
    setPeriod(QStringLiteral("users"), QStringLiteral("2h"));
    m_tracker->setRefreshInterval(0);
    m_tracker->observe(rows);
    QVERIFY(m_tracker->isLookingUp());
    QVERIFY(waitForLookup());
    QCOMPARE(m_tracker->periodFor(users), RetentionPeriod::fromLeader(2 * kHour));
}

void LeaderRetentionTrackerTest::alertsWarnAtTheShareOfTheLeadersPeriod()
{
    setPeriod(QStringLiteral("users"), QStringLiteral("1h"));
    setPeriod(QStringLiteral("orders"), QStringLiteral("1h"));
    openWindowSession(QStringLiteral("follower"), m_sandboxes->followerUrl());
    AlertThresholds thresholds;
    // 1.8 s of the leader's 1h; 21.6 s of the assumed 12h.
    thresholds.pausedWarning = PausedLimit::share(0.0005);
    FollowerAlertWatcher watcher(m_session->followerRefresher(), thresholds);
    watcher.setRetentionTracker(m_tracker.get());

    // "users" was paused before Duper saw it: a warning at once, its limit a share of the assumed period first.
    refresh();
    const AlertFinding* users = pausedFinding(watcher, QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->threshold, qint64(0.0005 * 12 * kHour));
    QVERIFY2(users->text.contains(QLatin1String("(assumed 12h default: leader not read yet)")),
             qPrintable(users->text));
    QVERIFY(pausedFinding(watcher, QStringLiteral("orders")) == nullptr);

    // The leader's period arrives: the rules run again on the same refresh.
    QSignalSpy findings(&watcher, &FollowerAlertWatcher::findingsChanged);
    QVERIFY(waitForLookup());
    QCOMPARE(findings.size(), 1);
    users = pausedFinding(watcher, QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->retention, std::optional<RetentionPeriod>(RetentionPeriod::fromLeader(kHour)));
    QCOMPARE(users->threshold, qint64(0.0005 * kHour));
    QVERIFY2(users->text.contains(QLatin1String("needs for 1h (read from the leader index)")), qPrintable(users->text));

    // "orders", seen replicating and then paused: it warns once paused for the share of 1h, long before the
    // share of 12h.
    auto paused = test::await(m_session->api()->pauseFollow(QStringLiteral("orders")));
    QVERIFY2(!paused->hasError(), qPrintable(paused->error().userMessage()));
    refresh();
    QVERIFY(waitForLookup());
    QTest::qWait(2000);
    refresh();
    const AlertFinding* orders = pausedFinding(watcher, QStringLiteral("orders"));
    QVERIFY(orders);
    QVERIFY(orders->pausedStartKnown);
    QCOMPARE(orders->severity, AlertSeverity::Warning);
    QCOMPARE(orders->threshold, qint64(0.0005 * kHour));
    QVERIFY(*orders->pausedForMs < qint64(0.0005 * 12 * kHour));
}

void LeaderRetentionTrackerTest::unsavedLeaderIsAssumed()
{
    setPeriod(QStringLiteral("users"), QStringLiteral("1h"));
    m_profiles.removeIf([](const ConnectionProfile& p) { return p.name == QLatin1String("leader"); });
    openWindowSession(QStringLiteral("follower"), m_sandboxes->followerUrl());
    FollowerAlertWatcher watcher(m_session->followerRefresher());
    watcher.setRetentionTracker(m_tracker.get());
    const QList<FollowerRow> rows = refresh();
    QVERIFY(waitForLookup());

    const RetentionPeriod period = m_tracker->periodFor(row(rows, QStringLiteral("users")));
    QCOMPARE(period.source, RetentionPeriod::Source::Assumed);
    QCOMPARE(period.milliseconds, 12 * kHour);
    QVERIFY2(period.note.contains(QLatin1String("leader not saved")), qPrintable(period.note));
    const AlertFinding* users = pausedFinding(watcher, QStringLiteral("users"));
    QVERIFY(users);
    QVERIFY2(users->text.contains(QLatin1String("(assumed 12h default: leader not saved")), qPrintable(users->text));
    QCOMPARE(users->threshold, 6 * kHour);
}

void LeaderRetentionTrackerTest::unreachableOrLockedLeaderIsAssumed()
{
    setPeriod(QStringLiteral("users"), QStringLiteral("1h"));
    openWindowSession(QStringLiteral("follower"), m_sandboxes->followerUrl());
    const QList<FollowerRow> rows = refresh();
    const FollowerRow users = row(rows, QStringLiteral("users"));
    m_tracker->observe(rows);
    QVERIFY(waitForLookup());
    QCOMPARE(m_tracker->periodFor(users).source, RetentionPeriod::Source::Leader);

    // Down: it is still known as the leader (the fleet keeps its identity), and said to be unreachable.
    m_tracker->setRefreshInterval(0);
    m_tracker->setDeadline(2000);
    QVERIFY(m_sandboxes->a().setClusterDown(sandbox::Sandbox::Which::Leader, true));
    m_tracker->observe(rows);
    QVERIFY(waitForLookup());
    RetentionPeriod period = m_tracker->periodFor(users);
    QCOMPARE(period.source, RetentionPeriod::Source::Assumed);
    QCOMPARE(period.milliseconds, 12 * kHour);
    QVERIFY2(period.note.startsWith(QLatin1String("leader not reachable: leader (")), qPrintable(period.note));

    // A leader whose secret is not in the keychain is not asked for: assumed, and the lookup still ends.
    QVERIFY(m_sandboxes->a().setClusterDown(sandbox::Sandbox::Which::Leader, false));
    for (ConnectionProfile& p : m_profiles) {
        if (p.name == QLatin1String("leader")) {
            p.id = QStringLiteral("leader-with-password");
            p.authKind = ConnectionProfile::AuthKind::Basic;
            p.username = QStringLiteral("elastic");
        }
    }
    m_tracker->setRetryInterval(0);
    m_tracker->observe(rows);
    QVERIFY(waitForLookup());
    period = m_tracker->periodFor(users);
    QCOMPARE(period.source, RetentionPeriod::Source::Assumed);
    QVERIFY2(period.note.contains(QLatin1String("leader not saved or not reachable")), qPrintable(period.note));
}

void LeaderRetentionTrackerTest::hangingLeaderDoesNotDelayAlerts()
{
    // The way back: cluster "leader" follows "local-copy" of cluster "follower", which hangs.
    openWindowSession(QStringLiteral("leader"), m_sandboxes->leaderUrl());
    auto paused = test::await(m_session->api()->pauseFollow(QStringLiteral("local-copy")));
    QVERIFY2(!paused->hasError(), qPrintable(paused->error().userMessage()));
    m_sandboxes->a().faults().hang = true;
    m_tracker->setDeadline(1000);
    FollowerAlertWatcher watcher(m_session->followerRefresher());
    watcher.setRetentionTracker(m_tracker.get());

    QElapsedTimer clock;
    clock.start();
    refresh();
    // The rules ran on the refresh itself, while the leader is still being looked for.
    QVERIFY(m_tracker->isLookingUp());
    const AlertFinding* copy = pausedFinding(watcher, QStringLiteral("local-copy"));
    QVERIFY(copy);
    QVERIFY2(copy->text.contains(QLatin1String("assumed 12h default")), qPrintable(copy->text));
    QVERIFY(waitForLookup(10000));
    qInfo("looked up after %lld ms", clock.elapsed());
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    copy = pausedFinding(watcher, QStringLiteral("local-copy"));
    QVERIFY(copy);
    QVERIFY2(copy->text.contains(QLatin1String("assumed 12h default: leader not saved or not reachable")),
             qPrintable(copy->text));
}

QTEST_MAIN(LeaderRetentionTrackerTest)
#include "tst_leaderretentiontracker.moc"
