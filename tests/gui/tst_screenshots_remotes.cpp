// PNGs of the Remote clusters tab (a connected and a disconnected remote, details shown; an API-key and a certificate
// remote side by side, narrow and wide), its empty state, and the add / edit dialog, in $DUPER_SCREENSHOT_DIR or
// <bin>/../screenshots; the migration to an API key page by page (form, dry run, keystore, done, rolled back), at its
// default size, narrow and in a dark palette. Not committed; look at them after a change.
#include "ApiKeyRemote.h"
#include "AwaitJob.h"
#include "DarkPalette.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/i18n/TranslationLoader.h"
#include "core/security/ApiKeyMigration.h"
#include "core/security/ApiKeyRemoteSetup.h"
#include "core/security/CrossClusterKeySecret.h"
#include "core/session/ClusterSessionOpener.h"
#include "sandbox/Cluster.h"
#include "ui/common/ErrorStyle.h"
#include "ui/remotes/ApiKeyMigrationDialog.h"
#include "ui/remotes/ApiKeyRemoteDialog.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClusterModel.h"
#include "ui/remotes/RemoteClustersPage.h"
#include "ui/remotes/RemoteSecurityChoiceDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;

class TestScreenshotsRemotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void remotesTabAndDialog();
    void apiKeyWizard();
    void apiKeyMigration();

private:
    void save(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    // English plural forms ("1 pattern"), as the window shows them.
    duper::TranslationLoader m_translations;
    QString m_outDir;
};

void TestScreenshotsRemotes::initTestCase()
{
    m_translations.apply(QStringLiteral("en"));
    duper::ui::ErrorStyle::install(); // as duper-gui does: error text follows the palette
    QVERIFY(m_dir.isValid());
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestScreenshotsRemotes::save(QWidget* widget, const QString& name)
{
    QTest::qWait(50); // let pending layouts settle before the grab
    const QString path = QDir(m_outDir).filePath(name);
    QVERIFY(widget->grab().save(path, "PNG"));
    QVERIFY(QFileInfo(path).size() > 0);
    qInfo("screenshot: %s", qPrintable(QDir::cleanPath(path)));
}

void TestScreenshotsRemotes::remotesTabAndDialog()
{
    QSettings settings(m_dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("remotes/autoRefreshMs"), 0);
    test::SandboxClient fixture;
    QVERIFY2(fixture.started(), qPrintable(fixture.errorString()));

    RemoteClusterSettings offline;
    offline.alias = QStringLiteral("dc2");
    offline.seeds = {QStringLiteral("127.0.0.1:1")};
    offline.mode = RemoteClusterMode::Sniff;
    QVERIFY(!test::await(fixture.api().putRemoteCluster(offline))->hasError());
    RemoteClusterSettings proxy;
    proxy.alias = QStringLiteral("leader-proxy");
    proxy.mode = RemoteClusterMode::Proxy;
    proxy.proxyAddress = fixture.sandbox().leader().transportAddress();
    proxy.persistent = false;
    QVERIFY(!test::await(fixture.api().putRemoteCluster(proxy))->hasError());
    fixture.sandbox().createLeaderIndex(QStringLiteral("orders"));
    FollowRequest follow;
    follow.remoteCluster = QStringLiteral("leader");
    follow.leaderIndex = QStringLiteral("orders");
    QVERIFY(!test::await(fixture.api().follow(QStringLiteral("orders-copy"), follow))->hasError());
    test::addApiKeyRemote(fixture.sandbox(), QStringLiteral("secure"));
    test::addApiKeyRemote(fixture.sandbox(), QStringLiteral("secure-stale"), false);

    ui::RemoteClustersPage page(&settings);
    page.resize(1200, 520);
    page.show();
    QSignalSpy refreshed(&page, &ui::RemoteClustersPage::refreshed);
    const auto session = test::makeSession(fixture.client(), QStringLiteral("screenshots"), &settings);
    page.setSession(session.get());
    QVERIFY(refreshed.wait(5000));
    page.selectRemote(QStringLiteral("dc2"));
    save(&page, QStringLiteral("remotes-tab.png"));
    page.selectRemote(QStringLiteral("leader"));
    save(&page, QStringLiteral("remotes-tab-connected.png"));
    page.selectRemote(QStringLiteral("secure"));
    save(&page, QStringLiteral("remotes-tab-apikey.png"));
    page.selectRemote(QStringLiteral("secure-stale"));
    save(&page, QStringLiteral("remotes-tab-apikey-not-connected.png"));
    page.resize(900, 520);
    save(&page, QStringLiteral("remotes-tab-apikey-narrow.png"));
    page.resize(1600, 520);
    page.selectRemote(QStringLiteral("secure"));
    save(&page, QStringLiteral("remotes-tab-apikey-wide.png"));
    page.resize(1200, 520);
    page.selectRemote(QStringLiteral("leader"));

    ui::RemoteClusterDialog* add = page.addRemoteCluster();
    QVERIFY(add);
    QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("aliasEdit")), QStringLiteral("dc3"));
    add->findChild<QPlainTextEdit*>(QStringLiteral("seedsEdit"))
        ->setPlainText(QStringLiteral("10.0.0.5:9300\n10.0.0.6"));
    save(add, QStringLiteral("remote-dialog-add.png"));
    add->reject();

    ui::RemoteClusterDialog* edit = page.editRemoteCluster();
    QVERIFY(edit);
    save(edit, QStringLiteral("remote-dialog-edit.png"));
    edit->reject();

    for (const QString& alias :
         {QStringLiteral("dc2"), QStringLiteral("leader"), QStringLiteral("secure"), QStringLiteral("secure-stale")}) {
        RemoteClusterSettings remove;
        remove.alias = alias;
        remove.remove = true;
        QVERIFY(!test::await(fixture.api().putRemoteCluster(remove))->hasError());
    }
    RemoteClusterSettings removeProxy = proxy;
    removeProxy.remove = true;
    QVERIFY(!test::await(fixture.api().putRemoteCluster(removeProxy))->hasError());
    page.refresh();
    QVERIFY(refreshed.wait(5000));
    save(&page, QStringLiteral("remotes-empty.png"));
}

// The security-model question and each page of the API-key wizard at its default size: the leader, the access, the
// keystore commands (manual path), the finished run with the key shown once, and a failed step with Try again.
void TestScreenshotsRemotes::apiKeyWizard()
{
    ui::RemoteSecurityChoiceDialog choice;
    choice.show();
    save(&choice, QStringLiteral("remote-security-choice.png"));

    QSettings settings(m_dir.filePath(QStringLiteral("wizard.conf")), QSettings::IniFormat);
    test::SandboxClient fixture;
    QVERIFY2(fixture.started(), qPrintable(fixture.errorString()));
    const auto session = test::makeSession(fixture.client(), QStringLiteral("screenshots"), &settings);
    ConnectionProfile west;
    west.id = QStringLiteral("west-id");
    west.name = QStringLiteral("West");
    west.urls = {fixture.sandbox().leaderUrl()};
    InMemorySecretStore secrets;
    auto wizard = [&] {
        auto* opener = new ClusterSessionOpener(&fixture.network(), nullptr, nullptr, nullptr, nullptr);
        auto dialog =
            std::make_unique<ui::ApiKeyRemoteDialog>(session.get(), QList<ConnectionProfile>{west}, opener, &secrets);
        dialog->setVerifyTiming(2, 50);
        dialog->show();
        return dialog;
    };
    auto click = [](QWidget* dialog, const char* name) {
        dialog->findChild<QPushButton*>(QString::fromLatin1(name))->click();
    };
    auto edit = [](QWidget* dialog, const char* name) {
        return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    };

    auto dialog = wizard();
    dialog->setCredential(ApiKeyRemoteSetupSpec::Credential::Manual);
    edit(dialog.get(), "aliasEdit")->setText(QStringLiteral("secure"));
    save(dialog.get(), QStringLiteral("apikey-remote-1-leader.png"));
    click(dialog.get(), "nextButton");
    QTest::keyClicks(edit(dialog.get(), "replicationEdit"), QStringLiteral("logs-*, metrics-*"));
    QTest::keyClicks(edit(dialog.get(), "expirationEdit"), QStringLiteral("90d"));
    save(dialog.get(), QStringLiteral("apikey-remote-2-access.png"));
    click(dialog.get(), "nextButton");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), ui::ApiKeyRemoteDialog::KeystorePage, 10000);
    save(dialog.get(), QStringLiteral("apikey-remote-4-keystore.png"));
    fixture.sandbox().follower().keystore().store(
        QStringLiteral("cluster.remote.secure.credentials"),
        secrets.value(CrossClusterKeySecret::ownerId(QStringLiteral("secure")), CrossClusterKeySecret::kind));
    QSignalSpy finished(dialog.get(), &ui::ApiKeyRemoteDialog::setupFinished);
    click(dialog.get(), "keystoreDoneButton");
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog->setup()->succeeded());
    save(dialog.get(), QStringLiteral("apikey-remote-3-done.png"));
    dialog.reset();

    auto failing = wizard();
    edit(failing.get(), "aliasEdit")->setText(QStringLiteral("dr"));
    click(failing.get(), "nextButton");
    edit(failing.get(), "replicationEdit")->setText(QStringLiteral("*"));
    edit(failing.get(), "addressEdit")->setText(QStringLiteral("127.0.0.1:1"));
    QSignalSpy failed(failing.get(), &ui::ApiKeyRemoteDialog::setupFinished);
    click(failing.get(), "nextButton");
    QVERIFY(failed.wait(20000));
    QVERIFY(!failing->setup()->succeeded());
    save(failing.get(), QStringLiteral("apikey-remote-failed.png"));
}

// The migration of the certificate remote "leader" (two followers, an auto-follow pattern): the form prefilled from
// the plan, the dry run, the keystore commands (manual path), the finished run; then a forced failure (the keystore
// command claimed but not run) rolled back. The form and the dry run also narrow and in a dark palette.
void TestScreenshotsRemotes::apiKeyMigration()
{
    QSettings settings(m_dir.filePath(QStringLiteral("migration.conf")), QSettings::IniFormat);
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 2;
    test::SandboxClient fixture(options);
    QVERIFY2(fixture.started(), qPrintable(fixture.errorString()));
    AutoFollowPattern pattern;
    pattern.remoteCluster = QStringLiteral("leader");
    pattern.leaderIndexPatterns = {QStringLiteral("logs-*")};
    pattern.followIndexPattern = QStringLiteral("{{leader_index}}-copy");
    QVERIFY(!test::await(fixture.api().putAutoFollowPattern(QStringLiteral("logs"), pattern))->hasError());
    const auto session = test::makeSession(fixture.client(), QStringLiteral("screenshots"), &settings);
    ConnectionProfile west;
    west.id = QStringLiteral("west-id");
    west.name = QStringLiteral("West");
    west.urls = {fixture.sandbox().leaderUrl()};
    InMemorySecretStore secrets;
    auto migration = [&] {
        auto* opener = new ClusterSessionOpener(&fixture.network(), nullptr, nullptr, nullptr, nullptr);
        auto dialog = std::make_unique<ui::ApiKeyMigrationDialog>(session.get(), QStringLiteral("leader"),
                                                                  QList<ConnectionProfile>{west}, opener, &secrets);
        dialog->setStateStore(ApiKeyMigrationStateStore(m_dir.filePath(QStringLiteral("migrations"))));
        dialog->setCredential(ApiKeyRemoteSetupSpec::Credential::Manual);
        dialog->setVerifyTiming(2, 50);
        dialog->show();
        return dialog;
    };
    auto button = [](QWidget* dialog, const char* name) {
        return dialog->findChild<QPushButton*>(QString::fromLatin1(name));
    };
    auto dryRun = [&](ui::ApiKeyMigrationDialog* dialog) {
        QSignalSpy planned(dialog, &ui::ApiKeyMigrationDialog::planned);
        button(dialog, "nextButton")->click();
        QVERIFY(planned.wait(10000));
    };
    auto narrowAndDark = [&](QWidget* dialog, const QString& name) {
        const QSize size = dialog->size();
        dialog->resize(dialog->minimumSizeHint().width(), size.height());
        save(dialog, name + QStringLiteral("-narrow.png"));
        dialog->resize(size);
        // The application's palette, as a dark desktop theme sets it (error text follows it: ErrorStyle).
        const QPalette light = QApplication::palette();
        QApplication::setPalette(test::darkPalette());
        save(dialog, name + QStringLiteral("-dark.png"));
        QApplication::setPalette(light);
    };

    auto dialog = migration();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), 10000);
    save(dialog.get(), QStringLiteral("apikey-migration-1-setup.png"));
    narrowAndDark(dialog.get(), QStringLiteral("apikey-migration-1-setup"));
    dryRun(dialog.get());
    QCOMPARE(dialog->page(), ui::ApiKeyMigrationDialog::PlanPage);
    save(dialog.get(), QStringLiteral("apikey-migration-2-plan.png"));
    narrowAndDark(dialog.get(), QStringLiteral("apikey-migration-2-plan"));
    button(dialog.get(), "nextButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), ui::ApiKeyMigrationDialog::KeystorePage, 10000);
    save(dialog.get(), QStringLiteral("apikey-migration-3-keystore.png"));
    // Forced failure: "done" without the key in any keystore, so the switch fails and is rolled back.
    QSignalSpy finished(dialog.get(), &ui::ApiKeyMigrationDialog::migrationFinished);
    button(dialog.get(), "keystoreDoneButton")->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog->migration()->rolledBack());
    save(dialog.get(), QStringLiteral("apikey-migration-5-rolled-back.png"));
    narrowAndDark(dialog.get(), QStringLiteral("apikey-migration-5-rolled-back"));

    // Run again with the key in the keystore: the kept key, done.
    fixture.sandbox().follower().keystore().store(
        QStringLiteral("cluster.remote.leader.credentials"),
        secrets.value(CrossClusterKeySecret::ownerId(QStringLiteral("leader")), CrossClusterKeySecret::kind));
    button(dialog.get(), "retryButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), ui::ApiKeyMigrationDialog::KeystorePage, 10000);
    finished.clear();
    button(dialog.get(), "keystoreDoneButton")->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().at(1).toBool());
    save(dialog.get(), QStringLiteral("apikey-migration-4-done.png"));
    narrowAndDark(dialog.get(), QStringLiteral("apikey-migration-4-done"));
}

QTEST_MAIN(TestScreenshotsRemotes)
#include "tst_screenshots_remotes.moc"
