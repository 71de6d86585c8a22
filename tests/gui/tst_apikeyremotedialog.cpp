// The wizard that adds a remote cluster secured by a cross-cluster API key, clicked through against the sandbox's
// two clusters: on the emulator (the key created with its patterns and expiration, kept in the secret store and shown
// once, the alias connected with a credential), the manual keystore path (the command per node, Copy, then done), a
// pattern refused before anything is sent, a refused key created by Try again, a missing keystore entry resumed by Try
// again with the kept key, and "Add remote cluster…" asking for the security model first.
#include "GuiFixture.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/security/ApiKeyRemoteSetup.h"
#include "core/security/CrossClusterKeySecret.h"
#include "core/session/ClusterSessionOpener.h"
#include "sandbox/Cluster.h"
#include "sandbox/Sandbox.h"
#include "ui/remotes/ApiKeyRemoteDialog.h"
#include "ui/remotes/ApiKeyRemoteStepList.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClustersPage.h"
#include "ui/remotes/RemoteSecurityChoiceDialog.h"
#include "ui/shell/ApiKeyRemoteLauncher.h"

#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeWidget>

using namespace duper;
using Page = ui::ApiKeyRemoteDialog::Page;
using State = ApiKeyRemoteStepState;
using Step = ApiKeyRemoteStep;

namespace {
const QString kAlias = QStringLiteral("secure");
} // namespace

class ApiKeyRemoteDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void happyPathOnTheEmulator();
    void manualPathListsTheCommandPerNode();
    void badPatternIsRefusedBeforeAnyRequest();
    void refusedKeyIsCreatedByTryAgain();
    void tryAgainResumesWithTheKeptKey();
    void addAsksForTheSecurityModelFirst();

private:
    ConnectionProfile leaderProfile() const;
    ui::ApiKeyRemoteDialog* open();
    // From the first page to "Set up" with `replication` (and `address` when given).
    void fillIn(const QString& replication, const QString& address = {});
    // Clicks `button` and waits for the set-up to finish; its `succeeded`.
    bool runTo(QPushButton* button);
    QString keptKey() const
    {
        return m_secrets->value(CrossClusterKeySecret::ownerId(kAlias), CrossClusterKeySecret::kind);
    }
    QString stepState(Step step) const;
    sandbox::Sandbox& sandbox() { return m_fixture->sandbox().sandbox(); }

    std::unique_ptr<test::GuiFixture> m_fixture;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<ui::ApiKeyRemoteDialog> m_dialog;
};

void ApiKeyRemoteDialogTest::init()
{
    m_secrets = std::make_unique<InMemorySecretStore>();
    m_fixture = std::make_unique<test::GuiFixture>();
    QVERIFY2(m_fixture->startSandbox(), qPrintable(m_fixture->errorString()));
}

void ApiKeyRemoteDialogTest::cleanup()
{
    m_dialog.reset();
    m_fixture.reset();
}

ConnectionProfile ApiKeyRemoteDialogTest::leaderProfile() const
{
    ConnectionProfile west;
    west.id = QStringLiteral("west-id");
    west.name = QStringLiteral("West");
    west.urls = {m_fixture->sandbox().sandbox().leaderUrl()};
    return west;
}

ui::ApiKeyRemoteDialog* ApiKeyRemoteDialogTest::open()
{
    auto* opener = new ClusterSessionOpener(&m_fixture->sandbox().network(), nullptr, nullptr, nullptr, nullptr);
    m_dialog = std::make_unique<ui::ApiKeyRemoteDialog>(m_fixture->session(), QList<ConnectionProfile>{leaderProfile()},
                                                        opener, m_secrets.get());
    m_dialog->setVerifyTiming(3, 50);
    m_dialog->show();
    return m_dialog.get();
}

void ApiKeyRemoteDialogTest::fillIn(const QString& replication, const QString& address)
{
    QCOMPARE(m_dialog->page(), Page::LeaderPage);
    QCOMPARE(test::child<QLineEdit>(m_dialog.get(), "aliasEdit")->text(), QStringLiteral("west"));
    test::child<QLineEdit>(m_dialog.get(), "aliasEdit")->setText(kAlias);
    test::child<QPushButton>(m_dialog.get(), "nextButton")->click();
    QCOMPARE(m_dialog->page(), Page::AccessPage);
    QTest::keyClicks(test::child<QLineEdit>(m_dialog.get(), "replicationEdit"), replication);
    QTest::keyClicks(test::child<QLineEdit>(m_dialog.get(), "addressEdit"), address);
    QCOMPARE(test::child<QPushButton>(m_dialog.get(), "nextButton")->text(), QStringLiteral("&Set up"));
}

bool ApiKeyRemoteDialogTest::runTo(QPushButton* button)
{
    QSignalSpy finished(m_dialog.get(), &ui::ApiKeyRemoteDialog::setupFinished);
    button->click();
    if (!finished.wait(20000))
        return false;
    return finished.first().at(1).toBool();
}

QString ApiKeyRemoteDialogTest::stepState(Step step) const
{
    return test::child<QTreeWidget>(m_dialog.get(), "stepList")->topLevelItem(int(step))->text(1);
}

void ApiKeyRemoteDialogTest::happyPathOnTheEmulator()
{
    open();
    fillIn(QStringLiteral("logs-*, metrics-*"));
    test::child<QLineEdit>(m_dialog.get(), "expirationEdit")->setText(QStringLiteral("30d"));
    QSignalSpy finished(m_dialog.get(), &ui::ApiKeyRemoteDialog::setupFinished);
    test::child<QPushButton>(m_dialog.get(), "nextButton")->click();
    // While requests run the window stays (Escape, Close).
    QVERIFY(m_dialog->isRunning());
    QVERIFY(!test::child<QPushButton>(m_dialog.get(), "closeButton")->isEnabled());
    m_dialog->reject();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(m_dialog->page(), Page::RunPage);
    for (int i = 0; i < kApiKeyRemoteStepCount; ++i)
        QCOMPARE(stepState(Step(i)), QStringLiteral("done"));
    // The reload's result per follower node.
    QTreeWidgetItem* reload =
        test::child<QTreeWidget>(m_dialog.get(), "stepList")->topLevelItem(int(Step::ReloadSettings));
    QCOMPARE(reload->childCount(), m_dialog->setup()->keystoreCommands().size());
    QVERIFY(reload->childCount() >= 1);
    QCOMPARE(reload->child(0)->text(0), m_dialog->setup()->keystoreCommands().first().node);
    QCOMPARE(reload->child(0)->text(1), QStringLiteral("reloaded"));

    // The key: on the leader with the patterns and expiration, in the secret store, shown once, read-only.
    QCOMPARE(sandbox().leader().apiKeys().all().size(), 1);
    const sandbox::CrossClusterApiKey& created = sandbox().leader().apiKeys().all().first();
    QCOMPARE(created.replication, (QStringList{QStringLiteral("logs-*"), QStringLiteral("metrics-*")}));
    QVERIFY(created.expirationMs > 0);
    const QString key = keptKey();
    QCOMPARE(key, created.encoded());
    auto* keyEdit = test::child<QLineEdit>(m_dialog.get(), "keyEdit");
    QVERIFY(test::child<QGroupBox>(m_dialog.get(), "keyGroup")->isVisible());
    QVERIFY(keyEdit->isReadOnly());
    QCOMPARE(keyEdit->text(), key);
    test::child<QPushButton>(m_dialog.get(), "copyKeyButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    // No step's words hold it.
    auto* steps = test::child<QTreeWidget>(m_dialog.get(), "stepList");
    for (int i = 0; i < steps->topLevelItemCount(); ++i)
        QVERIFY(!steps->topLevelItem(i)->text(2).contains(key));

    // The emulator stored it (no keystore page), the alias connects through the server address with it.
    QCOMPARE(test::child<QTableWidget>(m_dialog.get(), "nodeTable")->rowCount(), 0);
    QVERIFY(test::child<QLabel>(m_dialog.get(), "runNoteLabel")->text().contains(QStringLiteral("sandbox")));
    QCOMPARE(sandbox().follower().keystore().loaded(QStringLiteral("cluster.remote.secure.credentials")),
             std::optional<QString>(key));
    const auto remote = sandbox().follower().remote(kAlias);
    QVERIFY(remote);
    QVERIFY(remote->proxyMode);
    QCOMPARE(remote->proxyAddress, sandbox().leader().remoteClusterServerAddress());
    QVERIFY(m_dialog->setup()->succeeded());
    QVERIFY(test::child<QLabel>(m_dialog.get(), "statusLabel")->text().startsWith(QStringLiteral("Done")));
    QCOMPARE(test::child<QPushButton>(m_dialog.get(), "closeButton")->text(), QStringLiteral("Close"));
    QVERIFY(!test::child<QPushButton>(m_dialog.get(), "retryButton")->isVisible());
}

void ApiKeyRemoteDialogTest::manualPathListsTheCommandPerNode()
{
    open();
    m_dialog->setCredential(ApiKeyRemoteSetupSpec::Credential::Manual);
    fillIn(QStringLiteral("*"));
    test::child<QPushButton>(m_dialog.get(), "nextButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), Page::KeystorePage, 10000);
    QCOMPARE(stepState(Step::StoreCredential), QStringLiteral("waiting"));
    QVERIFY(!m_dialog->isRunning()); // waiting for the user sends nothing: the window may close
    auto* table = test::child<QTableWidget>(m_dialog.get(), "nodeTable");
    QCOMPARE(table->rowCount(), m_dialog->setup()->keystoreCommands().size());
    QVERIFY(table->rowCount() >= 1);
    const QString command = QStringLiteral("bin/elasticsearch-keystore add cluster.remote.secure.credentials");
    QCOMPARE(table->item(0, 2)->text(), command);
    QVERIFY(!table->item(0, 0)->text().isEmpty());
    test::child<QPushButton>(table, "copyCommandButton0")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), command);

    // What the user does on each node: the key typed at the tool's prompt.
    sandbox().follower().keystore().store(QStringLiteral("cluster.remote.secure.credentials"), keptKey());
    QVERIFY(runTo(test::child<QPushButton>(m_dialog.get(), "keystoreDoneButton")));
    QCOMPARE(m_dialog->page(), Page::RunPage);
    QCOMPARE(stepState(Step::StoreCredential), QStringLiteral("done"));
    QCOMPARE(stepState(Step::Verify), QStringLiteral("done"));
    QVERIFY(sandbox().follower().remote(kAlias));
}

void ApiKeyRemoteDialogTest::badPatternIsRefusedBeforeAnyRequest()
{
    open();
    fillIn(QStringLiteral("leader:logs-*"));
    test::child<QPushButton>(m_dialog.get(), "nextButton")->click();
    QCOMPARE(m_dialog->page(), Page::AccessPage);
    QVERIFY(test::child<QLabel>(m_dialog.get(), "problemLabel")->text().contains(QStringLiteral("leader:logs-*")));
    QVERIFY(!m_dialog->setup());
    QVERIFY(sandbox().leader().apiKeys().all().isEmpty());
}

void ApiKeyRemoteDialogTest::refusedKeyIsCreatedByTryAgain()
{
    open();
    fillIn(QStringLiteral("logs-*"));
    // Down after the leader's session opened: the key request is refused.
    QVERIFY(sandbox().setClusterDown(sandbox::Sandbox::Which::Leader, true));
    QVERIFY(!runTo(test::child<QPushButton>(m_dialog.get(), "nextButton")));
    QCOMPARE(stepState(Step::CreateKey), QStringLiteral("failed"));
    QCOMPARE(stepState(Step::ReadNodes), QStringLiteral("pending"));
    const QString error = test::child<QLabel>(m_dialog.get(), "errorLabel")->text();
    QVERIFY2(error.startsWith(QStringLiteral("Create the cross-cluster API key failed: the leader cluster did not")),
             qPrintable(error));
    auto* retry = test::child<QPushButton>(m_dialog.get(), "retryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(test::child<QPushButton>(m_dialog.get(), "backButton")->isEnabled());
    QVERIFY(keptKey().isEmpty());

    QVERIFY(sandbox().setClusterDown(sandbox::Sandbox::Which::Leader, false));
    QVERIFY(runTo(retry));
    QCOMPARE(stepState(Step::CreateKey), QStringLiteral("done"));
    QVERIFY(test::child<QLabel>(m_dialog.get(), "errorLabel")->text().isEmpty());
    QVERIFY(!keptKey().isEmpty());
}

void ApiKeyRemoteDialogTest::tryAgainResumesWithTheKeptKey()
{
    open();
    m_dialog->setCredential(ApiKeyRemoteSetupSpec::Credential::Manual);
    fillIn(QStringLiteral("*"));
    test::child<QPushButton>(m_dialog.get(), "nextButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), Page::KeystorePage, 10000);
    // "Done" without running the command: the alias has no credential in force.
    QVERIFY(!runTo(test::child<QPushButton>(m_dialog.get(), "keystoreDoneButton")));
    QCOMPARE(stepState(Step::Verify), QStringLiteral("failed"));
    QVERIFY(test::child<QLabel>(m_dialog.get(), "errorLabel")->text().contains(QStringLiteral("no credential")));
    const QString key = keptKey();
    QVERIFY(!key.isEmpty());

    sandbox().follower().keystore().store(QStringLiteral("cluster.remote.secure.credentials"), key);
    test::child<QPushButton>(m_dialog.get(), "retryButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->page(), Page::KeystorePage, 10000);
    QCOMPARE(stepState(Step::CreateKey), QStringLiteral("already done"));
    QVERIFY(runTo(test::child<QPushButton>(m_dialog.get(), "keystoreDoneButton")));
    QCOMPARE(stepState(Step::AddRemote), QStringLiteral("already done"));
    QCOMPARE(stepState(Step::Verify), QStringLiteral("done"));
    QCOMPARE(sandbox().leader().apiKeys().all().size(), 1); // no second key
    QCOMPARE(keptKey(), key);
}

void ApiKeyRemoteDialogTest::addAsksForTheSecurityModelFirst()
{
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

    // The certificate: the dialog that has always added a remote.
    ui::RemoteSecurityChoiceDialog* choice = page.chooseSecurityModel();
    QVERIFY(choice);
    QCOMPARE(choice->model(), ui::RemoteSecurityChoiceDialog::Model::ApiKey); // the recommended one
    choice->setModel(ui::RemoteSecurityChoiceDialog::Model::Certificate);
    choice->accept();
    QTRY_VERIFY(page.findChild<ui::RemoteClusterDialog*>());
    page.findChild<ui::RemoteClusterDialog*>()->reject();

    // The API key: the wizard, over the page's session; its success reloads the tab.
    choice = page.chooseSecurityModel();
    QTest::keyClick(choice, Qt::Key_Return);
    ui::ApiKeyRemoteDialog* wizard = nullptr;
    QTRY_VERIFY((wizard = window.findChild<ui::ApiKeyRemoteDialog*>()) != nullptr);
    QCOMPARE(test::child<QComboBox>(wizard, "leaderCombo")->currentText(), QStringLiteral("West"));
    wizard->setVerifyTiming(3, 50);
    test::child<QLineEdit>(wizard, "aliasEdit")->setText(kAlias);
    test::child<QPushButton>(wizard, "nextButton")->click();
    test::child<QLineEdit>(wizard, "replicationEdit")->setText(QStringLiteral("*"));
    refreshed.clear();
    test::child<QPushButton>(wizard, "nextButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->setup() && wizard->setup()->succeeded(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
    page.selectRemote(kAlias);
    QCOMPARE(page.currentRemote()->alias, kAlias);
}

QTEST_MAIN(ApiKeyRemoteDialogTest)
#include "tst_apikeyremotedialog.moc"
