// The window's alerts timed against the leader's retention lease period: an AlertCenter given the saved connections
// finds the sandbox's leader among them, and a paused follower's alert in the list names the leader's period; without
// the leader saved, the alert says the 12h default is assumed and why.
#include "GuiFixture.h"
#include "core/alerts/FollowerAlertWatcher.h"
#include "core/alerts/LeaderRetentionTracker.h"
#include "core/alerts/RetentionLeaseSettingsResponse.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/followers/FollowerRefresher.h"
#include "sandbox/FollowService.h"
#include "ui/alerts/AlertCenter.h"
#include "ui/alerts/AlertListModel.h"
#include "ui/alerts/AlertListProxyModel.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/ErrorNotifier.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace duper;

class TestAlertCenterRetention : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void leaderPeriodReachesTheAlertList();
    void unsavedLeaderIsSaidToBeAssumed();

private:
    void start(const QList<ConnectionProfile>& saved);
    void refresh();
    QString message() const;

    std::unique_ptr<test::GuiFixture> m_fixture;
    InMemorySecretStore m_secrets;
    QList<ConnectionProfile> m_saved;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ui::CcrPage> m_ccr;
    std::unique_ptr<ui::ErrorNotifier> m_notifier;
    std::unique_ptr<ui::AlertCenter> m_center;
};

void TestAlertCenterRetention::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 1;
    QVERIFY2(m_fixture->startSandbox(options), qPrintable(m_fixture->errorString()));
    sandbox::Sandbox& sandbox = m_fixture->sandbox().sandbox();
    sandbox.leader()
        .index(QStringLiteral("leader-00001"))
        ->settings()
        .insert(RetentionLeaseSettingsResponse::settingName, QStringLiteral("90m"));
    QVERIFY(!sandbox::FollowService(sandbox.follower()).pause(QStringLiteral("follower-00001")));
}

void TestAlertCenterRetention::cleanup()
{
    m_center.reset();
    m_notifier.reset();
    m_ccr.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestAlertCenterRetention::start(const QList<ConnectionProfile>& saved)
{
    m_saved = saved;
    m_window = std::make_unique<QWidget>();
    m_ccr = std::make_unique<ui::CcrPage>(&m_fixture->settings());
    m_notifier = std::make_unique<ui::ErrorNotifier>(m_window.get());
    m_center = std::make_unique<ui::AlertCenter>(m_ccr.get(), m_notifier.get(), &m_fixture->settings());
    // As MainWindow wires it: the saved connections, no prompter.
    m_center->setLeaderSource([this] { return m_saved; },
                              {&m_fixture->sandbox().network(), &m_secrets, nullptr, nullptr, nullptr, {}});
    m_center->setSession(m_fixture->session());
    QVERIFY(m_center->retentionTracker());
    QCOMPARE(m_center->retentionTracker()->followerSession(), m_fixture->session());
    QCOMPARE(m_center->watcher()->retentionTracker(), m_center->retentionTracker());
}

void TestAlertCenterRetention::refresh()
{
    FollowerRefresher* refresher = m_fixture->session()->followerRefresher();
    QSignalSpy ready(refresher, &FollowerRefresher::snapshotReady);
    refresher->refresh();
    QVERIFY(ready.wait(5000));
}

QString TestAlertCenterRetention::message() const
{
    const QAbstractItemModel* proxy = m_center->page()->proxy();
    return proxy->rowCount() == 1 ? proxy->index(0, ui::AlertListModel::MessageColumn).data().toString() : QString();
}

void TestAlertCenterRetention::leaderPeriodReachesTheAlertList()
{
    ConnectionProfile leader = ConnectionProfile::create(QStringLiteral("Leader"));
    leader.urls = {m_fixture->sandbox().sandbox().leaderUrl()};
    start({leader});
    QSignalSpy finished(m_center->retentionTracker(), &LeaderRetentionTracker::lookupFinished);
    refresh();
    // Listed at once, with the default marked as assumed while the leader is asked.
    QVERIFY2(message().contains(QLatin1String("for 12h (assumed 12h default: leader not read yet)")),
             qPrintable(message()));
    QVERIFY(finished.wait(20000));
    // The same episode, its text now with the leader's period.
    QCOMPARE(m_center->model()->rowCount(), 1);
    QVERIFY2(message().contains(QLatin1String("for 1h 30m (read from the leader index)")), qPrintable(message()));
}

void TestAlertCenterRetention::unsavedLeaderIsSaidToBeAssumed()
{
    start({});
    QSignalSpy finished(m_center->retentionTracker(), &LeaderRetentionTracker::lookupFinished);
    refresh();
    QVERIFY(finished.wait(20000));
    QVERIFY2(message().contains(QLatin1String("(assumed 12h default: leader not saved: remote cluster")),
             qPrintable(message()));
}

QTEST_MAIN(TestAlertCenterRetention)
#include "tst_alertcenterretention.moc"
