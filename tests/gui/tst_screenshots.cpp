// Produces PNGs of what users see (main window, connection dialog) in <build>/screenshots/. Not committed; look at
// them after a change to the shell.
#include "GuiFixture.h"
#include "core/ccr/CcrApi.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/followers/FollowerActions.h"
#include "core/followers/FollowerRefresher.h"
#include "core/i18n/TranslationLoader.h"
#include "core/session/ClusterSession.h"
#include "sandbox/Sandbox.h"
#include "ui/alerts/AlertCenter.h"
#include "ui/alerts/AlertsPage.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/RequestPreviewDialog.h"
#include "ui/connections/ConnectionManagerDialog.h"
#include "ui/followers/CreateFollowerDialog.h"
#include "ui/followers/EditFollowerDialog.h"
#include "ui/followers/FollowerActionController.h"
#include "ui/followers/FollowerDetailsPanel.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/ClusterStatusLabel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SandboxLauncher.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using duper::ui::ClusterStatusLabel;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomeAndMainWindow();
    void connectionDialog();
    void followerTabAndDialogs();

private:
    void save(QWidget* widget, const QString& name);

    // English plural forms ("1 pattern"), as the window shows them.
    duper::TranslationLoader m_translations;
    QString m_outDir;
    QNetworkAccessManager m_network;
};

void TestScreenshots::initTestCase()
{
    m_translations.apply(QStringLiteral("en"));
    duper::ui::ErrorStyle::install(); // as duper-gui does: error text follows the palette
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestScreenshots::save(QWidget* widget, const QString& name)
{
    QTest::qWait(50); // let pending layouts settle before the grab
    const QString path = QDir(m_outDir).filePath(name);
    QVERIFY(widget->grab().save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 0);
    qInfo("screenshot: %s", qPrintable(QDir::cleanPath(path)));
}

void TestScreenshots::welcomeAndMainWindow()
{
    duper::test::GuiFixture fixture;
    duper::ConnectionStore store(&fixture.settings());
    duper::InMemorySecretStore secrets;
    auto options = duper::ui::SandboxLauncher::defaultOptions();
    options.tickIntervalMs = 0;
    options.workload = false;
    duper::ui::MainWindow window(&store, &secrets, &m_network, options);
    window.resize(1000, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    save(&window, QStringLiteral("welcome.png"));

    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("trySandboxButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.statusLabel()->state(), ClusterStatusLabel::State::Connected, 8000);
    save(&window, QStringLiteral("main-window.png"));
}

void TestScreenshots::connectionDialog()
{
    auto sandboxOptions = duper::test::SandboxClient::defaultOptions();
    sandboxOptions.restrictedUsers = {{QStringLiteral("viewer"), QStringLiteral("viewer-pw")}};
    duper::test::GuiFixture fixture;
    QVERIFY2(fixture.startSandbox(sandboxOptions), qPrintable(fixture.errorString()));

    duper::ConnectionStore store(&fixture.settings());
    duper::InMemorySecretStore secrets;
    for (const QString& name : {QStringLiteral("Production follower"), QStringLiteral("Staging")}) {
        auto profile = duper::ConnectionProfile::create(name);
        profile.urls = {fixture.sandbox().sandbox().followerUrl()};
        profile.authKind = duper::ConnectionProfile::AuthKind::Basic;
        profile.username = QStringLiteral("viewer");
        profile.verifyTls = name != u"Staging";
        QVERIFY(store.save(profile));
        secrets.write(profile.id, duper::SecretKind::Password, QStringLiteral("viewer-pw"), nullptr, {});
    }
    duper::ui::ConnectionManagerDialog dialog(&store, &secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectProfile(store.profiles().last().id); // Staging: TLS warning
    QSignalSpy finished(&dialog, &duper::ui::ConnectionManagerDialog::testFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("testButton")), Qt::LeftButton);
    QVERIFY2(finished.wait(8000), qPrintable(dialog.findChild<QLabel*>(QStringLiteral("testResultsLabel"))->text()));
    save(&dialog, QStringLiteral("connection-dialog.png"));
}

// The Follower indices tab on the demo sandbox (every status present), its details panel, and each dialog.
void TestScreenshots::followerTabAndDialogs()
{
    duper::test::GuiFixture fixture;
    fixture.settings().setValue(QStringLiteral("followers/autoRefreshMs"), 0);
    duper::ConnectionStore store(&fixture.settings());
    duper::InMemorySecretStore secrets;
    auto options = duper::ui::SandboxLauncher::defaultOptions();
    options.tickIntervalMs = 0; // moved by hand below, so every run shows the same numbers
    duper::ui::MainWindow window(&store, &secrets, &m_network, options);
    window.resize(1280, 800); // what Duper opens at on a 1600x1000 screen (DefaultWindowSize)
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startSandbox();
    duper::sandbox::Sandbox* sandbox = window.sandboxLauncher()->sandbox();
    QVERIFY(sandbox);
    for (int i = 1; i <= 8; ++i)
        sandbox->indexLeaderDocuments(QStringLiteral("leader-%1").arg(i, 5, 10, QLatin1Char('0')), 400 * i);
    for (int i = 0; i < 6; ++i)
        sandbox->advance(1);
    duper::ui::FollowersPage* page = window.ccrPage()->followersPage();
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingTable(), 8000);
    for (int i = 1; i <= 8; ++i)
        sandbox->indexLeaderDocuments(QStringLiteral("leader-%1").arg(i, 5, 10, QLatin1Char('0')), 7000 * i);
    sandbox->advance(1); // one step: some operations copied, the rest still lagging
    QSignalSpy refreshed(page->refresher(), &duper::FollowerRefresher::snapshotReady);
    page->refresh();
    QVERIFY(refreshed.wait(5000));
    page->selectFollower(duper::ui::SandboxLauncher::demoFatalFollower());
    save(&window, QStringLiteral("followers-tab.png"));
    save(page->detailsPanel(), QStringLiteral("follower-details-fatal.png"));
    page->selectFollower(duper::ui::SandboxLauncher::demoFailingFollower());
    save(page->detailsPanel(), QStringLiteral("follower-details-read-errors.png"));
    page->selectFollower(QStringLiteral("follower-00001"));
    save(page->detailsPanel(), QStringLiteral("follower-details-active.png"));
    // The Alerts tab with what the sandbox's demo faults and the lag above set off.
    window.ccrPage()->setCurrentWidget(window.alertCenter()->page());
    save(&window, QStringLiteral("alerts-tab.png"));
    window.ccrPage()->setCurrentWidget(page);

    // Create follower index, with the advanced settings open and one invalid value.
    duper::ui::CreateFollowerDialog* create = page->createFollower();
    QVERIFY(create);
    QTRY_VERIFY(create->findChild<QComboBox*>(QStringLiteral("remoteCombo"))->count() > 0);
    QTest::keyClicks(create->findChild<QLineEdit*>(QStringLiteral("leaderEdit")), QStringLiteral("leader-00002"));
    QTest::mouseClick(create->findChild<QToolButton*>(QStringLiteral("advancedToggle")), Qt::LeftButton);
    QTest::keyClicks(create->findChild<QLineEdit*>(QStringLiteral("maxReadRequestSizeEdit")), QStringLiteral("32mib"));
    create->resize(create->sizeHint().expandedTo(QSize(640, 720)));
    QTest::qWait(500); // the "already exists" check
    save(create, QStringLiteral("create-follower-dialog.png"));
    duper::ui::RequestPreviewDialog* preview = create->showRequest();
    QVERIFY(preview);
    save(preview, QStringLiteral("request-preview-dialog.png"));
    preview->close();
    create->close();

    // Edit settings of an active follower.
    const duper::FollowerRow* active = page->model()->rowAt(page->model()->rowOf(QStringLiteral("follower-00001")));
    QVERIFY(active);
    duper::ui::EditFollowerDialog edit(page->session()->followerActions(), *active);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    save(&edit, QStringLiteral("edit-follower-dialog.png"));
    edit.close();

    // The unfollow confirmation for two follower indices.
    QList<duper::FollowerRow> rows;
    for (const QString& name : {QStringLiteral("follower-00001"), QStringLiteral("follower-00002")})
        rows << *page->model()->rowAt(page->model()->rowOf(name));
    page->controller()->unfollow(rows);
    QMessageBox* confirm = duper::test::waitForMessageBox(page, QStringLiteral("confirmUnfollowBox"));
    QVERIFY(confirm != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(confirm));
    save(confirm, QStringLiteral("unfollow-confirmation.png"));
    confirm->reject();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
