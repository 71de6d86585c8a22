// The window's alerts: FollowerAlertWatcher's episodes on the Alerts tab (rows as data, newest first, clearing), one
// notification per episode through the ErrorNotifier (fired and escalated, never per refresh, not for what the
// ErrorNotifier itself announces), and the connection's rules in Preferences. A sandbox is driven into each
// condition; replication and refreshes move only when the test says so.
#include "GuiFixture.h"
#include "core/alerts/FollowerAlertWatcher.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/followers/FollowerRefresher.h"
#include "core/i18n/TranslationLoader.h"
#include "core/preferences/AlertRulePreferences.h"
#include "core/preferences/AppPreferences.h"
#include "sandbox/FollowService.h"
#include "ui/alerts/AlertCenter.h"
#include "ui/alerts/AlertListModel.h"
#include "ui/alerts/AlertListProxyModel.h"
#include "ui/alerts/AlertRulesWidget.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/ErrorNotifier.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/SandboxLauncher.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace duper;
using duper::ui::AlertListModel;

namespace {

AlertEpisode episode(quint64 id, const QString& follower, AlertKind kind, AlertSeverity severity, qint64 firedAtMs)
{
    AlertEpisode e;
    e.id = id;
    e.follower = follower;
    e.kind = kind;
    e.severity = severity;
    e.firedAtMs = firedAtMs;
    e.latest.follower = follower;
    e.latest.kind = kind;
    e.latest.severity = severity;
    e.latest.text = QStringLiteral("%1 needs a look.").arg(follower);
    return e;
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestAlertCenter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelRowsAreData();
    void readFailuresFireOnceNotifyOnceAndClear();
    void pausedEpisodeEscalatesWithOneMoreNotification();
    void fatalErrorIsListedButLeftToTheErrorNotifier();
    void existingConditionsAreListedNotAnnounced();
    void mainWindowHasTheAlertsTab();
    void screenshots();

private:
    void start(int followers);
    // One refresh of the session's followers, after `ticks` replication ticks.
    void refresh(int ticks = 1);
    QStringList followersListed() const;

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<QWidget> m_window; // never shown: the background, where notifications are delivered
    std::unique_ptr<ui::CcrPage> m_ccr;
    std::unique_ptr<ui::ErrorNotifier> m_notifier;
    std::unique_ptr<ui::AlertCenter> m_center;
};

void TestAlertCenter::init()
{
    m_fixture = std::make_unique<test::GuiFixture>();
}

void TestAlertCenter::cleanup()
{
    m_center.reset();
    m_notifier.reset();
    m_ccr.reset();
    m_window.reset();
    m_fixture.reset();
}

void TestAlertCenter::start(int followers)
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = followers;
    QVERIFY2(m_fixture->startSandbox(options), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().sandbox().advance(2);
    m_window = std::make_unique<QWidget>();
    m_ccr = std::make_unique<ui::CcrPage>(&m_fixture->settings());
    m_notifier = std::make_unique<ui::ErrorNotifier>(m_window.get());
    m_center = std::make_unique<ui::AlertCenter>(m_ccr.get(), m_notifier.get(), &m_fixture->settings());
}

void TestAlertCenter::refresh(int ticks)
{
    m_fixture->sandbox().sandbox().advance(ticks);
    FollowerRefresher* refresher = m_fixture->session()->followerRefresher();
    QSignalSpy ready(refresher, &FollowerRefresher::snapshotReady);
    refresher->refresh();
    QVERIFY(ready.wait(5000));
}

QStringList TestAlertCenter::followersListed() const
{
    QStringList names;
    const QAbstractItemModel* proxy = m_center->page()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        names << cell(*proxy, row, AlertListModel::FollowerColumn);
    return names;
}

void TestAlertCenter::modelRowsAreData()
{
    AlertListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::AlertListProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AlertListModel::FiredColumn, Qt::DescendingOrder);
    QSignalSpy changed(&model, &AlertListModel::episodesChanged);

    model.addFired({episode(1, QStringLiteral("a"), AlertKind::Lag, AlertSeverity::Warning, 1000),
                    episode(2, QStringLiteral("b"), AlertKind::Paused, AlertSeverity::Warning, 5000)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.activeCount(), 2);
    QCOMPARE(cell(proxy, 0, AlertListModel::FollowerColumn), QStringLiteral("b")); // newest first
    QCOMPARE(cell(proxy, 0, AlertListModel::RuleColumn), QStringLiteral("Paused too long"));
    QCOMPARE(cell(proxy, 0, AlertListModel::SeverityColumn), QStringLiteral("Warning"));
    QVERIFY(!proxy.index(0, AlertListModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(proxy, 0, AlertListModel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(cell(proxy, 0, AlertListModel::MessageColumn), QStringLiteral("b needs a look."));
    QCOMPARE(cell(proxy, 1, AlertListModel::FiredColumn), AlertListModel::timeText(1000));
    QCOMPARE(model.worstActiveSeverity(), AlertSeverity::Warning);

    AlertEpisode worse = episode(1, QStringLiteral("a"), AlertKind::Lag, AlertSeverity::Critical, 1000);
    model.update({worse});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(cell(proxy, 1, AlertListModel::SeverityColumn), QStringLiteral("Critical"));
    QCOMPARE(model.worstActiveSeverity(), AlertSeverity::Critical);

    worse.clearedAtMs = 9000;
    model.update({worse});
    QCOMPARE(model.activeCount(), 1);
    QCOMPARE(cell(proxy, 1, AlertListModel::StateColumn),
             QStringLiteral("Cleared %1").arg(AlertListModel::timeText(9000)));
    QCOMPARE(proxy.index(1, AlertListModel::StateColumn).data(AlertListModel::SortRole).toLongLong(), 9000);

    // Within one refresh: the worse first, then by follower name.
    model.addFired({episode(3, QStringLiteral("d"), AlertKind::Lag, AlertSeverity::Warning, 5000),
                    episode(4, QStringLiteral("c"), AlertKind::Fatal, AlertSeverity::Critical, 5000)});
    QCOMPARE(cell(proxy, 0, AlertListModel::FollowerColumn), QStringLiteral("c"));
    QCOMPARE(cell(proxy, 1, AlertListModel::FollowerColumn), QStringLiteral("b"));
    QCOMPARE(cell(proxy, 2, AlertListModel::FollowerColumn), QStringLiteral("d"));
    model.update({[] {
        AlertEpisode over = episode(3, QStringLiteral("d"), AlertKind::Lag, AlertSeverity::Warning, 5000);
        over.clearedAtMs = 6000;
        return over;
    }()});
    model.update({[] {
        AlertEpisode over = episode(4, QStringLiteral("c"), AlertKind::Fatal, AlertSeverity::Critical, 5000);
        over.clearedAtMs = 6000;
        return over;
    }()});

    // Severity sorts by its rank, not by its word.
    proxy.sort(AlertListModel::SeverityColumn, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, AlertListModel::SeverityColumn), QStringLiteral("Critical"));

    model.removeCleared();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.episodes().first().id, quint64(2));
    QCOMPARE(changed.size(), 7);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAlertCenter::readFailuresFireOnceNotifyOnceAndClear()
{
    start(2);
    m_center->setSession(m_fixture->session());
    QVERIFY(m_center->watcher());
    ui::AlertsPage* page = m_center->page();
    QCOMPARE(m_ccr->tabText(m_ccr->indexOf(page)), QStringLiteral("Ale&rts"));
    refresh(); // the baseline: all healthy
    QCOMPARE(m_center->model()->rowCount(), 0);

    const QString follower = QStringLiteral("follower-00002");
    m_fixture->sandbox().sandbox().faults().failingReadFollowers.insert(follower);
    QSignalSpy notified(m_center.get(), &ui::AlertCenter::episodeNotified);
    refresh(2);
    QCOMPARE(followersListed(), QStringList{follower});
    const QAbstractItemModel* proxy = page->proxy();
    QCOMPARE(cell(*proxy, 0, AlertListModel::RuleColumn), QStringLiteral("Read exceptions"));
    QCOMPARE(cell(*proxy, 0, AlertListModel::SeverityColumn), QStringLiteral("Warning"));
    QCOMPARE(cell(*proxy, 0, AlertListModel::StateColumn), QStringLiteral("Active"));
    QVERIFY2(cell(*proxy, 0, AlertListModel::MessageColumn).contains(QStringLiteral("fails to read from its leader")),
             qPrintable(cell(*proxy, 0, AlertListModel::MessageColumn)));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(m_notifier->lastFollower(), follower);
    QVERIFY2(m_notifier->lastMessage().startsWith(QStringLiteral("Warning: follower-00002 fails to read")),
             qPrintable(m_notifier->lastMessage()));
    QCOMPARE(m_ccr->tabText(m_ccr->indexOf(page)), QStringLiteral("Ale&rts (1)"));
    QVERIFY(!m_ccr->tabIcon(m_ccr->indexOf(page)).isNull());

    refresh(); // the same episode: listed once, not announced again
    refresh();
    QCOMPARE(m_center->model()->rowCount(), 1);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(m_center->notificationsSent(), 1);

    m_fixture->sandbox().sandbox().faults().failingReadFollowers.clear();
    refresh(2);
    QCOMPARE(m_center->model()->rowCount(), 1);
    QCOMPARE(m_center->model()->activeCount(), 0);
    QVERIFY2(cell(*proxy, 0, AlertListModel::StateColumn).startsWith(QStringLiteral("Cleared ")),
             qPrintable(cell(*proxy, 0, AlertListModel::StateColumn)));
    QCOMPARE(m_ccr->tabText(m_ccr->indexOf(page)), QStringLiteral("Ale&rts"));
    QVERIFY(m_ccr->tabIcon(m_ccr->indexOf(page)).isNull());
    QCOMPARE(notified.size(), 1); // clearing is shown, not announced

    // The current row's whole sentence under the table.
    QVERIFY(!page->detailsLabel()->isVisibleTo(page));
    page->table()->setCurrentIndex(proxy->index(0, AlertListModel::RuleColumn));
    QVERIFY(page->detailsLabel()->isVisibleTo(page));
    QCOMPARE(page->detailsLabel()->text(), cell(*proxy, 0, AlertListModel::MessageColumn));

    // Activating a row (double-click, Enter) shows its follower.
    emit m_center->page()->table()->activated(proxy->index(0, AlertListModel::RuleColumn));
    QCOMPARE(m_ccr->currentWidget(), static_cast<QWidget*>(m_ccr->followersPage()));

    QAction* clearCleared = page->clearClearedAction();
    QVERIFY(clearCleared->isEnabled());
    clearCleared->trigger();
    QCOMPARE(m_center->model()->rowCount(), 0);
    QVERIFY(!clearCleared->isEnabled());
    QCOMPARE(page->summaryLabel()->text(), QStringLiteral("No alerts"));

    // Failing again is a new episode: one more notification.
    m_fixture->sandbox().sandbox().faults().failingReadFollowers.insert(follower);
    refresh(2);
    QCOMPARE(m_center->model()->rowCount(), 1);
    QCOMPARE(notified.size(), 2);
}

void TestAlertCenter::pausedEpisodeEscalatesWithOneMoreNotification()
{
    start(2);
    // Limits of milliseconds so a pause counts at once (Preferences offer shares of the retention period).
    AlertThresholds thresholds;
    thresholds.pausedWarning = PausedLimit::duration(1);
    thresholds.pausedCritical = PausedLimit::duration(3'600'000);
    AlertRulePreferences(&m_fixture->settings()).setThresholds(QStringLiteral("c"), thresholds);
    m_center->setSession(m_fixture->session());
    QCOMPARE(m_center->watcher()->monitor().thresholds(), thresholds);
    refresh();

    const QString follower = QStringLiteral("follower-00001");
    QVERIFY(!sandbox::FollowService(m_fixture->sandbox().sandbox().follower()).pause(follower));
    QSignalSpy notified(m_center.get(), &ui::AlertCenter::episodeNotified);
    refresh(); // the pause is seen: it starts now
    QTest::qWait(20);
    refresh(); // paused for more than 1 ms
    QCOMPARE(followersListed(), QStringList{follower});
    QCOMPARE(cell(*m_center->page()->proxy(), 0, AlertListModel::RuleColumn), QStringLiteral("Paused too long"));
    QCOMPARE(notified.size(), 1);

    thresholds.pausedCritical = PausedLimit::duration(2);
    AlertRulePreferences(&m_fixture->settings()).setThresholds(QStringLiteral("c"), thresholds);
    m_center->applyRules();
    refresh();
    QCOMPARE(m_center->model()->rowCount(), 1); // the same episode, now critical
    QCOMPARE(cell(*m_center->page()->proxy(), 0, AlertListModel::SeverityColumn), QStringLiteral("Critical"));
    QCOMPARE(notified.size(), 2);
    QVERIFY2(m_notifier->lastMessage().startsWith(QStringLiteral("Now critical: follower-00001 has been paused")),
             qPrintable(m_notifier->lastMessage()));
    refresh();
    QCOMPARE(notified.size(), 2);

    // With the tray turned off for the connection, the list still shows new episodes.
    AlertRulePreferences(&m_fixture->settings()).setNotificationsEnabled(QStringLiteral("c"), false);
    QVERIFY(!sandbox::FollowService(m_fixture->sandbox().sandbox().follower()).pause(QStringLiteral("follower-00002")));
    refresh();
    QTest::qWait(20);
    refresh();
    QCOMPARE(m_center->model()->activeCount(), 2);
    QCOMPARE(notified.size(), 2);
}

void TestAlertCenter::fatalErrorIsListedButLeftToTheErrorNotifier()
{
    start(2);
    m_center->setSession(m_fixture->session());
    refresh();
    const QString follower = QStringLiteral("follower-00001");
    m_fixture->sandbox().sandbox().faults().fatalFollowers.insert(follower);
    refresh(3);
    QVERIFY(followersListed().contains(follower));
    const int row = int(followersListed().indexOf(follower));
    QCOMPARE(cell(*m_center->page()->proxy(), row, AlertListModel::RuleColumn), QStringLiteral("Fatal error"));
    QCOMPARE(cell(*m_center->page()->proxy(), row, AlertListModel::SeverityColumn), QStringLiteral("Critical"));
    // The ErrorNotifier says "stopped replicating" for it; a second bubble for the same event would be noise.
    QCOMPARE(m_center->notificationsSent(), 0);
}

void TestAlertCenter::existingConditionsAreListedNotAnnounced()
{
    start(2);
    m_fixture->sandbox().sandbox().faults().failingReadFollowers.insert(QStringLiteral("follower-00001"));
    m_fixture->sandbox().sandbox().advance(2);
    m_center->setSession(m_fixture->session());
    refresh();
    QCOMPARE(m_center->model()->activeCount(), 1);
    QCOMPARE(m_center->notificationsSent(), 0);

    m_center->setSession(nullptr); // another connection: the list starts afresh
    QCOMPARE(m_center->model()->rowCount(), 0);
    QVERIFY(!m_center->watcher());
}

void TestAlertCenter::mainWindowHasTheAlertsTab()
{
    ConnectionStore store(&m_fixture->settings());
    InMemorySecretStore secrets;
    QNetworkAccessManager network;
    ui::MainWindow window(&store, &secrets, &network, ui::SandboxLauncher::defaultOptions());
    ui::AlertCenter* center = window.alertCenter();
    QVERIFY(center);
    QCOMPARE(window.ccrPage()->indexOf(center->page()), 4); // after the four CCR tabs
    QVERIFY(!center->watcher());                            // no connection yet
}

// Grabs of the Alerts tab with rows, light and dark, when DUPER_ALERT_SCREENSHOTS names a folder (to look at; the
// other checks run without it): no clipped texts.
void TestAlertCenter::screenshots()
{
    start(1);
    ui::AlertsPage* page = m_center->page();
    AlertEpisode lag =
        episode(1, QStringLiteral("orders-copy"), AlertKind::Lag, AlertSeverity::Critical, 1'700'000'000'000);
    lag.latest.text = QStringLiteral("orders-copy is 120000 operations behind its leader (limit 100000) and has been "
                                     "above 1000 for 12m 5s. Check the leader's indexing rate and the remote link; "
                                     "the follower catches up once the leader's writes slow down.");
    AlertEpisode read = episode(2, QStringLiteral("logs-2026.12-copy"), AlertKind::ReadExceptions,
                                AlertSeverity::Warning, 1'700'000'300'000);
    read.latest.text = QStringLiteral("logs-2026.12-copy fails to read from its leader (3 read exceptions).");
    AlertEpisode paused =
        episode(3, QStringLiteral("metrics-copy"), AlertKind::Paused, AlertSeverity::Warning, 1'699'999'000'000);
    paused.clearedAtMs = 1'700'000'100'000;
    m_center->model()->addFired({lag, read, paused});
    QCOMPARE(m_ccr->tabText(m_ccr->indexOf(page)), QStringLiteral("Ale&rts (2)"));
    page->table()->setCurrentIndex(page->proxy()->index(1, AlertListModel::MessageColumn));
    const QString folder = qEnvironmentVariable("DUPER_ALERT_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, Qt::white);
    for (const auto& [name, palette] :
         {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
        m_ccr->setPalette(palette); // at once for every child, not through a posted event
        m_ccr->setCurrentWidget(page);
        m_ccr->resize(1100, 360);
        m_ccr->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_ccr.get()));
        QVERIFY(m_ccr->grab().save(QStringLiteral("%1/alerts-%2.png").arg(folder, name)));
    }
}

QTEST_MAIN(TestAlertCenter)
#include "tst_alertcenter.moc"
