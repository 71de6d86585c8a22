// "Migrate to API key…" clicked through against the sandbox's two clusters: a certificate remote (seeds on the
// leader's transport address) with two followers and an auto-follow pattern. The form is prefilled from the plan; the
// dry run names what is paused and resumed, the settings kept for a rollback and changes nothing; the migration runs
// step by step (followers and pattern paused and resumed, the alias on the remote cluster server with
// cluster_credentials, the key kept and shown once). A forced failure (the keystore command claimed but never run)
// rolls back and says what was restored; Run again then goes on with the kept key. Stop keeps the state and Run again
// resumes it. The action is enabled only for a certificate remote.
#include "ApiKeyRemote.h"
#include "AwaitJob.h"
#include "GuiFixture.h"
#include "core/ccr/CcrApi.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/security/ApiKeyMigration.h"
#include "core/security/CrossClusterKeySecret.h"
#include "core/session/ClusterSessionOpener.h"
#include "sandbox/Cluster.h"
#include "sandbox/Sandbox.h"
#include "ui/remotes/ApiKeyMigrationDialog.h"
#include "ui/remotes/RemoteClustersPage.h"
#include "ui/shell/ApiKeyRemoteLauncher.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace duper;
using duper::test::await;
using Page = ui::ApiKeyMigrationDialog::Page;
using Step = ApiKeyMigrationStep;

namespace {
const QString kAlias = QStringLiteral("leader");
const QString kFirst = QStringLiteral("follower-00001");
const QString kSecond = QStringLiteral("follower-00002");
const QString kKeystoreEntry = QStringLiteral("cluster.remote.leader.credentials");
} // namespace

class ApiKeyMigrationDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunThenMigration();
    void forcedFailureRollsBackThenRunAgain();
    void stopKeepsTheStateAndRunAgainResumes();
    void actionOnlyForCertificateRemotes();

private:
    ConnectionProfile leaderProfile() const;
    ui::ApiKeyMigrationDialog* open();
    // Waits for the prefill, then clicks "Dry run" and waits for the plan page.
    void dryRun();
    // Clicks `button` and waits for the run to finish; its `succeeded`.
    bool runTo(QPushButton* button);
    QString stepState(Step step) const;
    QString stepDetail(Step step) const;
    FollowerStatus status(const QString& follower);
    bool patternActive();
    RemoteClusterInfo remote();
    QString keptKey() const
    {
        return m_secrets->value(CrossClusterKeySecret::ownerId(kAlias), CrossClusterKeySecret::kind);
    }
    QPushButton* button(const char* name) const { return test::child<QPushButton>(m_dialog.get(), name); }
    QString label(const char* name) const { return test::child<QLabel>(m_dialog.get(), name)->text(); }
    sandbox::Sandbox& sandbox() { return m_fixture->sandbox().sandbox(); }

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<ui::ApiKeyMigrationDialog> m_dialog;
};

void ApiKeyMigrationDialogTest::init()
{
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_fixture = std::make_unique<test::GuiFixture>();
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 2;
    QVERIFY2(m_fixture->startSandbox(options), qPrintable(m_fixture->errorString()));
    AutoFollowPattern pattern;
    pattern.remoteCluster = kAlias;
    pattern.leaderIndexPatterns = {QStringLiteral("logs-*")};
    pattern.followIndexPattern = QStringLiteral("{{leader_index}}-copy");
    auto job = await(m_fixture->sandbox().api().putAutoFollowPattern(QStringLiteral("logs"), pattern));
    QVERIFY2(!job->hasError(), qPrintable(job->error().userMessage()));
}

void ApiKeyMigrationDialogTest::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
}

ConnectionProfile ApiKeyMigrationDialogTest::leaderProfile() const
{
    ConnectionProfile west;
    west.id = QStringLiteral("west-id");
    west.name = QStringLiteral("West");
    west.urls = {m_fixture->sandbox().sandbox().leaderUrl()};
    return west;
}

ui::ApiKeyMigrationDialog* ApiKeyMigrationDialogTest::open()
{
    auto* opener = new ClusterSessionOpener(&m_fixture->sandbox().network(), nullptr, nullptr, nullptr, nullptr);
    m_dialog = std::make_unique<ui::ApiKeyMigrationDialog>(
        m_fixture->session(), kAlias, QList<ConnectionProfile>{leaderProfile()}, opener, m_secrets.get());
    m_dialog->setStateStore(ApiKeyMigrationStateStore(m_fixture->filePath(QStringLiteral("migrations"))));
    m_dialog->setVerifyTiming(3, 50);
    m_dialog->show();
    return m_dialog.get();
}

void ApiKeyMigrationDialogTest::dryRun()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->plan().has_value(), 10000);
    QTRY_VERIFY(button("nextButton")->isEnabled());
    QCOMPARE(m_dialog->page(), Page::SetupPage);
    QSignalSpy planned(m_dialog.get(), &ui::ApiKeyMigrationDialog::planned);
    button("nextButton")->click();
    QVERIFY(planned.wait(10000));
    QCOMPARE(m_dialog->page(), Page::PlanPage);
    QCOMPARE(button("nextButton")->text(), QStringLiteral("&Start migration"));
}

bool ApiKeyMigrationDialogTest::runTo(QPushButton* clicked)
{
    QSignalSpy finished(m_dialog.get(), &ui::ApiKeyMigrationDialog::migrationFinished);
    clicked->click(); // Stop ends the run at once
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    return finished.first().at(1).toBool();
}

QString ApiKeyMigrationDialogTest::stepState(Step step) const
{
    return test::child<QTreeWidget>(m_dialog.get(), "stepList")->topLevelItem(int(step))->text(1);
}

QString ApiKeyMigrationDialogTest::stepDetail(Step step) const
{
    return test::child<QTreeWidget>(m_dialog.get(), "stepList")->topLevelItem(int(step))->text(2);
}

FollowerStatus ApiKeyMigrationDialogTest::status(const QString& follower)
{
    auto job = await(m_fixture->sandbox().api().followInfo({follower}));
    if (!job->result() || job->result()->followers.isEmpty())
        return FollowerStatus::Paused;
    return job->result()->followers.first().status;
}

bool ApiKeyMigrationDialogTest::patternActive()
{
    auto job = await(m_fixture->sandbox().api().autoFollowPatterns(QStringLiteral("logs")));
    return job->result() && !job->result()->patterns.isEmpty() && job->result()->patterns.first().active;
}

RemoteClusterInfo ApiKeyMigrationDialogTest::remote()
{
    auto job = await(m_fixture->sandbox().api().remoteInfo());
    const RemoteClusterInfo* found = job->result() ? job->result()->find(kAlias) : nullptr;
    return found ? *found : RemoteClusterInfo{};
}

void ApiKeyMigrationDialogTest::dryRunThenMigration()
{
    open();
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog->plan().has_value(), 10000);
    // Prefilled from the plan: the followers' leader indices and the pattern's leader patterns.
    QCOMPARE(test::child<QLineEdit>(m_dialog.get(), "replicationEdit")->text(),
             QStringLiteral("leader-00001, leader-00002, logs-*"));
    QCOMPARE(test::child<QComboBox>(m_dialog.get(), "leaderCombo")->currentText(), QStringLiteral("West"));
    dryRun();
    const QString plan = test::child<QTextBrowser>(m_dialog.get(), "planBrowser")->toPlainText();
    for (const QString& words : {kFirst, kSecond, QStringLiteral("auto-follow patterns: logs"),
                                 QStringLiteral("sniff mode on ") + sandbox().leader().transportAddress(),
                                 QStringLiteral("Saved for a rollback"), QStringLiteral("remote cluster server"),
                                 QStringLiteral("Dry run: nothing was changed")})
        QVERIFY2(plan.contains(words), qPrintable(words + QStringLiteral(" not in: ") + plan));
    // The dry run changed nothing.
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QVERIFY(patternActive());
    QVERIFY(!remote().clusterCredentials);
    QVERIFY(sandbox().leader().apiKeys().all().isEmpty());

    QSignalSpy finished(m_dialog.get(), &ui::ApiKeyMigrationDialog::migrationFinished);
    button("nextButton")->click();
    QCOMPARE(m_dialog->page(), Page::RunPage);
    // While requests run the window stays (Escape, Close).
    QVERIFY(m_dialog->isRunning());
    QVERIFY(!button("closeButton")->isEnabled());
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toBool(), true);
    for (Step step : {Step::CreateKey, Step::Pause, Step::Switch, Step::Resume, Step::Verify})
        QCOMPARE(stepState(step), QStringLiteral("done"));
    QVERIFY(test::child<QTreeWidget>(m_dialog.get(), "stepList")->topLevelItem(int(Step::Rollback))->isHidden());
    QCOMPARE(stepDetail(Step::Pause), QStringLiteral("2 follower(s) and 1 auto-follow pattern(s) paused"));
    QCOMPARE(stepDetail(Step::Resume), QStringLiteral("2 follower(s) and 1 auto-follow pattern(s) resumed"));
    QVERIFY(label("resultLabel").startsWith(QStringLiteral("Done")));
    QVERIFY(label("runNoteLabel").contains(QStringLiteral("sandbox")));
    QCOMPARE(button("closeButton")->text(), QStringLiteral("Close"));
    QVERIFY(!button("retryButton")->isVisible());

    // The alias: on the leader's remote cluster server, with cluster_credentials; everything runs again.
    const RemoteClusterInfo info = remote();
    QVERIFY(info.connected);
    QVERIFY(info.clusterCredentials);
    QVERIFY(sandbox().follower().remote(kAlias)->proxyMode);
    QCOMPARE(sandbox().follower().remote(kAlias)->proxyAddress, sandbox().leader().remoteClusterServerAddress());
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QCOMPARE(status(kSecond), FollowerStatus::Active);
    QVERIFY(patternActive());

    // The key: created with the prefilled patterns, kept, shown once; in no step's words.
    QCOMPARE(sandbox().leader().apiKeys().all().size(), 1);
    QCOMPARE(sandbox().leader().apiKeys().all().first().replication,
             (QStringList{QStringLiteral("leader-00001"), QStringLiteral("leader-00002"), QStringLiteral("logs-*")}));
    const QString key = keptKey();
    QVERIFY(!key.isEmpty());
    QVERIFY(test::child<QGroupBox>(m_dialog.get(), "keyGroup")->isVisible());
    QCOMPARE(test::child<QLineEdit>(m_dialog.get(), "keyEdit")->text(), key);
    button("copyKeyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    auto* steps = test::child<QTreeWidget>(m_dialog.get(), "stepList");
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        QVERIFY(!steps->topLevelItem(i)->text(2).contains(key));
    QVERIFY(!label("resultLabel").contains(key));
}

void ApiKeyMigrationDialogTest::forcedFailureRollsBackThenRunAgain()
{
    open();
    m_dialog->setCredential(ApiKeyRemoteSetupSpec::Credential::Manual);
    dryRun();
    button("nextButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), Page::KeystorePage, 10000);
    QCOMPARE(stepState(Step::Pause), QStringLiteral("done"));
    QCOMPARE(stepState(Step::Switch), QStringLiteral("waiting"));
    QCOMPARE(status(kFirst), FollowerStatus::Paused);
    QVERIFY(!m_dialog->isRunning()); // waiting for the user sends nothing
    auto* table = test::child<QTableWidget>(m_dialog.get(), "nodeTable");
    QVERIFY(table->rowCount() >= 1);
    const QString command = QStringLiteral("bin/elasticsearch-keystore add ") + kKeystoreEntry;
    QCOMPARE(table->item(0, 2)->text(), command);
    test::child<QPushButton>(table, "copyCommandButton0")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), command);

    // Forced failure: "done" without running the command, so no node has the credential.
    QVERIFY(!runTo(button("keystoreDoneButton")));
    QCOMPARE(m_dialog->page(), Page::RunPage);
    QCOMPARE(stepState(Step::Switch), QStringLiteral("failed"));
    QVERIFY(!test::child<QTreeWidget>(m_dialog.get(), "stepList")->topLevelItem(int(Step::Rollback))->isHidden());
    QCOMPARE(stepState(Step::Rollback), QStringLiteral("done"));
    QVERIFY2(label("errorLabel").contains(QStringLiteral("no credential in force")), qPrintable(label("errorLabel")));
    const QString restored = QStringLiteral("Rolled back: remote cluster leader is back on sniff mode on ") +
                             sandbox().leader().transportAddress();
    QVERIFY2(label("resultLabel").startsWith(restored), qPrintable(label("resultLabel")));
    // Back as it was: the seeds, no credential, everything resumed.
    QVERIFY(!remote().clusterCredentials);
    QVERIFY(!sandbox().follower().remote(kAlias)->proxyMode);
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QCOMPARE(status(kSecond), FollowerStatus::Active);
    QVERIFY(patternActive());
    QVERIFY(button("retryButton")->isVisible());
    QCOMPARE(button("retryButton")->text(), QStringLiteral("&Run again"));

    // Run again with the key in the keystore: the kept key, no second one.
    const QString key = keptKey();
    QVERIFY(!key.isEmpty());
    sandbox().follower().keystore().store(kKeystoreEntry, key);
    button("retryButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), Page::KeystorePage, 10000);
    QCOMPARE(stepState(Step::CreateKey), QStringLiteral("already done"));
    QVERIFY(runTo(button("keystoreDoneButton")));
    QCOMPARE(stepState(Step::Verify), QStringLiteral("done"));
    QCOMPARE(sandbox().leader().apiKeys().all().size(), 1);
    QVERIFY(remote().clusterCredentials);
}

void ApiKeyMigrationDialogTest::stopKeepsTheStateAndRunAgainResumes()
{
    open();
    m_dialog->setCredential(ApiKeyRemoteSetupSpec::Credential::Manual);
    dryRun();
    button("nextButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), Page::KeystorePage, 10000);
    QVERIFY(button("stopButton")->isVisible());
    QSignalSpy stopped(m_dialog.get(), &ui::ApiKeyMigrationDialog::migrationFinished);
    QVERIFY(!runTo(button("stopButton")));
    QCOMPARE(stopped.size(), 1);
    QVERIFY2(label("resultLabel").startsWith(QStringLiteral("Stopped")), qPrintable(label("resultLabel")));
    QCOMPARE(status(kFirst), FollowerStatus::Paused); // not rolled back
    QVERIFY(button("retryButton")->isVisible());

    sandbox().follower().keystore().store(kKeystoreEntry, keptKey());
    button("retryButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), Page::KeystorePage, 10000);
    QVERIFY(m_dialog->plan()->resumed);
    QVERIFY(label("runNoteLabel").contains(QStringLiteral("earlier run")));
    QCOMPARE(stepState(Step::Pause), QStringLiteral("already done"));
    QVERIFY(runTo(button("keystoreDoneButton")));
    QCOMPARE(stepDetail(Step::Resume), QStringLiteral("2 follower(s) and 1 auto-follow pattern(s) resumed"));
    QCOMPARE(status(kFirst), FollowerStatus::Active);
    QVERIFY(patternActive());
}

void ApiKeyMigrationDialogTest::actionOnlyForCertificateRemotes()
{
    test::addApiKeyRemote(sandbox(), QStringLiteral("secure"));
    m_fixture->settings().setValue(QStringLiteral("remotes/autoRefreshMs"), 0);
    ConnectionStore store(&m_fixture->settings());
    QVERIFY(store.save(leaderProfile()));
    QWidget window;
    ui::RemoteClustersPage page(&m_fixture->settings(), &window);
    window.show();
    QSignalSpy refreshed(&page, &ui::RemoteClustersPage::refreshed);
    page.setSession(m_fixture->session());
    QVERIFY(refreshed.wait(5000));
    ui::ApiKeyRemoteLauncher launcher({&m_fixture->sandbox().network(), m_secrets.get(), nullptr, nullptr, &store},
                                      &page, &window);
    QAction* migrate = page.migrateRemoteAction();
    QVERIFY(!migrate->isEnabled()); // nothing selected
    page.selectRemote(QStringLiteral("secure"));
    QVERIFY(!migrate->isEnabled());
    QCOMPARE(migrate->toolTip(), QStringLiteral("Already uses a cross-cluster API key."));
    QVERIFY(!page.migrateToApiKey());
    QVERIFY(!window.findChild<ui::ApiKeyMigrationDialog*>());

    page.selectRemote(kAlias);
    QVERIFY(migrate->isEnabled());
    migrate->trigger();
    ui::ApiKeyMigrationDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::ApiKeyMigrationDialog*>()) != nullptr);
    QCOMPARE(dialog->alias(), kAlias);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->plan().has_value(), 10000);
    dialog->reject();
}

QTEST_MAIN(ApiKeyMigrationDialogTest)
#include "tst_apikeymigrationdialog.moc"
