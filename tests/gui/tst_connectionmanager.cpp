// The connection manager dialog, driven by clicks and typing, tested against in-process sandboxes.
#include "SandboxFixture.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "ui/connections/ConnectionManagerDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <functional>
#include <memory>

using duper::ConnectionProfile;
using duper::ConnectionTestReport;
using duper::SecretKind;
using duper::ui::ConnectionManagerDialog;

class TestConnectionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addConnectionByTypingAndTestIt();
    void passwordIsStoredAndReadOnlyForTheTest();
    void wrongPasswordGivesA401Message();
    void userWithoutManageCcrIsToldWhichPrivilegeIsMissing();
    void fieldsAreValidatedAsYouType();
    void editDuplicateAndDelete();
    void unsavedEditsAskBeforeSwitching();
    void unsavedEditsAskBeforeAddAndClose();
    void keyPassphraseGoesToTheSecretStoreOnly();

private:
    template <typename T> T* child(const char* name)
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void type(const char* editName, const QString& text);
    void addBasicConnection(const QString& name, const QUrl& url, const QString& user, const QString& password);
    ConnectionTestReport runTest();
    // Answers the next message box (polled from the event loop, as it runs modally) with `button`; its text lands in
    // *text.
    void answerNextMessageBox(QMessageBox::StandardButton button, QString* text);
    void reopenDialogWith(const QStringList& names);

    std::unique_ptr<duper::test::SandboxFixture> m_open;
    std::unique_ptr<duper::test::SandboxFixture> m_secured;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<duper::ConnectionStore> m_store;
    std::unique_ptr<duper::InMemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ConnectionManagerDialog> m_dialog;
    int m_run = 0;
};

void TestConnectionManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_open = std::make_unique<duper::test::SandboxFixture>();
    QVERIFY2(m_open->start(), qPrintable(m_open->errorString()));
    auto options = duper::test::SandboxFixture::defaultOptions();
    options.users = {{QStringLiteral("elastic"), QStringLiteral("s3cret-pw")}};
    options.restrictedUsers = {{QStringLiteral("viewer"), QStringLiteral("viewer-pw")}};
    m_secured = std::make_unique<duper::test::SandboxFixture>(options);
    QVERIFY2(m_secured->start(), qPrintable(m_secured->errorString()));
}

void TestConnectionManager::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_run)),
                                             QSettings::IniFormat);
    m_store = std::make_unique<duper::ConnectionStore>(m_settings.get());
    m_secrets = std::make_unique<duper::InMemorySecretStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_dialog = std::make_unique<ConnectionManagerDialog>(m_store.get(), m_secrets.get(), m_network.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectionManager::cleanup()
{
    m_dialog.reset();
    m_network.reset();
    m_store.reset();
    m_settings.reset();
    m_secrets.reset();
}

void TestConnectionManager::type(const char* editName, const QString& text)
{
    auto* edit = child<QLineEdit>(editName);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestConnectionManager::addBasicConnection(const QString& name, const QUrl& url, const QString& user,
                                               const QString& password)
{
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    type("nameEdit", name);
    type("urlsEdit", url.toString());
    auto* auth = child<QComboBox>("authCombo");
    auth->setCurrentIndex(auth->findData(int(ConnectionProfile::AuthKind::Basic)));
    type("usernameEdit", user);
    type("secretEdit", password);
}

ConnectionTestReport TestConnectionManager::runTest()
{
    QSignalSpy finished(m_dialog.get(), &ConnectionManagerDialog::testFinished);
    auto* button = child<QPushButton>("testButton");
    if (!button->isEnabled())
        qWarning("test button disabled: %s", qPrintable(m_dialog->problems().join(QLatin1Char(' '))));
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(8000) && finished.isEmpty())
        return {};
    return finished.first().first().value<ConnectionTestReport>();
}

void TestConnectionManager::addConnectionByTypingAndTestIt()
{
    // An empty store opens on a new connection already.
    QCOMPARE(child<QListView>("connectionList")->model()->rowCount(), 0);
    type("nameEdit", QStringLiteral("Local follower"));
    type("urlsEdit", m_open->followerUrl().toString());
    QVERIFY2(m_dialog->problems().isEmpty(), qPrintable(m_dialog->problems().join(QLatin1Char(' '))));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    const QList<ConnectionProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().name, QStringLiteral("Local follower"));
    QCOMPARE(profiles.first().urls, QList<QUrl>{m_open->followerUrl()});
    QCOMPARE(child<QListView>("connectionList")->model()->rowCount(), 1);

    const ConnectionTestReport report = runTest();
    QCOMPARE(report.connection.status, ConnectionTestReport::Status::Ok);
    QVERIFY(report.license.status != ConnectionTestReport::Status::NotRun);
    const QString shown = child<QLabel>("testResultsLabel")->text();
    for (const QString& line : report.lines())
        QVERIFY2(shown.contains(line.toHtmlEscaped()), qPrintable(shown));
    QVERIFY(child<QPushButton>("testButton")->isEnabled());
}

void TestConnectionManager::passwordIsStoredAndReadOnlyForTheTest()
{
    addBasicConnection(QStringLiteral("Secured"), m_secured->followerUrl(), QStringLiteral("elastic"),
                       QStringLiteral("s3cret-pw"));
    auto* secretEdit = child<QLineEdit>("secretEdit");
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password); // dots unless asked
    QTest::mouseClick(child<QToolButton>("showSecretButton"), Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>("showSecretButton"), Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);

    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_store->profiles().size(), 1);
    const ConnectionProfile saved = m_store->profiles().first();
    QCOMPARE(saved.authKind, ConnectionProfile::AuthKind::Basic);
    QCOMPARE(saved.username, QStringLiteral("elastic"));
    QTRY_COMPARE(m_secrets->value(saved.id, SecretKind::Password), QStringLiteral("s3cret-pw"));
    QVERIFY(!m_settings->allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("s3cret")));
    // After saving, the field is empty again: the password is not loaded back into the form.
    QVERIFY(secretEdit->text().isEmpty());

    const ConnectionTestReport report = runTest(); // reads the password from the store
    QCOMPARE(report.connection.status, ConnectionTestReport::Status::Ok);
    QCOMPARE(report.privileges.status, ConnectionTestReport::Status::Ok);
}

void TestConnectionManager::wrongPasswordGivesA401Message()
{
    addBasicConnection(QStringLiteral("Wrong"), m_secured->followerUrl(), QStringLiteral("elastic"),
                       QStringLiteral("not-the-password"));
    const ConnectionTestReport report = runTest();
    QCOMPARE(report.connection.status, ConnectionTestReport::Status::Failed);
    const QString shown = child<QLabel>("testResultsLabel")->text();
    QVERIFY2(shown.contains(QStringLiteral("rejected the credentials")), qPrintable(shown));
}

void TestConnectionManager::userWithoutManageCcrIsToldWhichPrivilegeIsMissing()
{
    addBasicConnection(QStringLiteral("Viewer"), m_secured->followerUrl(), QStringLiteral("viewer"),
                       QStringLiteral("viewer-pw"));
    const ConnectionTestReport report = runTest();
    QCOMPARE(report.connection.status, ConnectionTestReport::Status::Ok);
    QVERIFY(report.privileges.status != ConnectionTestReport::Status::Ok);
    QVERIFY2(report.privileges.text.contains(QStringLiteral("manage_ccr")), qPrintable(report.privileges.text));
    QVERIFY(child<QLabel>("testResultsLabel")->text().contains(QStringLiteral("manage_ccr")));
}

void TestConnectionManager::fieldsAreValidatedAsYouType()
{
    auto* save = child<QPushButton>("saveButton");
    auto* validation = child<QLabel>("validationLabel");
    type("urlsEdit", QStringLiteral("localhost 9200"));
    QVERIFY(!save->isEnabled());
    QVERIFY2(validation->text().contains(QStringLiteral("localhost")), qPrintable(validation->text()));
    type("urlsEdit", QStringLiteral("https://localhost:9200"));
    QVERIFY2(save->isEnabled(), qPrintable(validation->text()));

    type("caFileEdit", m_dir.filePath(QStringLiteral("missing-ca.pem")));
    QVERIFY(!save->isEnabled());
    QVERIFY(validation->text().contains(QStringLiteral("missing-ca.pem")));
    type("caFileEdit", QString());
    QVERIFY(save->isEnabled());

    type("cloudIdEdit", QStringLiteral("not-a-cloud-id"));
    QVERIFY(!save->isEnabled());
    type("cloudIdEdit", QString());

    auto* warning = child<QLabel>("tlsWarningLabel");
    QVERIFY(warning->isHidden());
    QTest::mouseClick(child<QCheckBox>("verifyTlsCheck"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!child<QCheckBox>("verifyTlsCheck")->isChecked());
    QVERIFY(!warning->isHidden());

    type("nameEdit", QString());
    QVERIFY(!save->isEnabled());
}

void TestConnectionManager::editDuplicateAndDelete()
{
    addBasicConnection(QStringLiteral("Original"), m_secured->followerUrl(), QStringLiteral("elastic"),
                       QStringLiteral("s3cret-pw"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const QString id = m_store->profiles().first().id;
    QTRY_VERIFY(m_secrets->contains(id, SecretKind::Password));

    // Edit: rename and save keeps the id (and so the keychain entry).
    type("nameEdit", QStringLiteral("Renamed"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().first().name, QStringLiteral("Renamed"));
    QCOMPARE(m_store->profiles().first().id, id);
    auto* role = child<QComboBox>("roleCombo");
    role->setCurrentIndex(role->findData(int(ConnectionProfile::ClusterRole::Follower)));
    type("remoteEdit", QStringLiteral("leader"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_store->profiles().first().role, ConnectionProfile::ClusterRole::Follower);
    QCOMPARE(m_store->profiles().first().defaultRemoteCluster, QStringLiteral("leader"));

    // Duplicate: a new profile with its own id.
    QTest::mouseClick(child<QPushButton>("duplicateButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Renamed (copy)"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_store->profiles().size(), 2);
    QVERIFY(m_store->profiles().at(0).id != m_store->profiles().at(1).id);
    const QString copyId = m_store->find(QStringLiteral("Renamed (copy)"))->id;
    QTRY_COMPARE(m_secrets->value(copyId, SecretKind::Password), QStringLiteral("s3cret-pw"));

    // Delete the original, after saying "Cancel" once.
    m_dialog->selectProfile(id);
    QCOMPARE(m_dialog->currentProfileId(), id);
    for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
        QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("Renamed")));
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
        QTRY_VERIFY(m_dialog->findChild<QMessageBox*>(QStringLiteral("confirmDeleteBox")) == nullptr);
        if (answer == QMessageBox::Cancel)
            QCOMPARE(m_store->profiles().size(), 2);
    }
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().first().name, QStringLiteral("Renamed (copy)"));
    QTRY_VERIFY(!m_secrets->contains(id, SecretKind::Password));
}

void TestConnectionManager::answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto attempts = std::make_shared<int>(0);
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, button, text, attempts, poll]() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == u"unsavedChangesBox") {
            *text = box->text();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
            *poll = nullptr; // breaks the self-reference
            return;
        }
        if (++*attempts < 200)
            QTimer::singleShot(10, this, *poll);
        else
            *poll = nullptr;
    };
    QTimer::singleShot(0, this, *poll);
}

void TestConnectionManager::reopenDialogWith(const QStringList& names)
{
    for (const QString& name : names) {
        ConnectionProfile profile = ConnectionProfile::create(name);
        profile.urls = {m_open->followerUrl()};
        QVERIFY(m_store->save(profile));
    }
    m_dialog = std::make_unique<ConnectionManagerDialog>(m_store.get(), m_secrets.get(), m_network.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestConnectionManager::unsavedEditsAskBeforeSwitching()
{
    reopenDialogWith({QStringLiteral("Alpha"), QStringLiteral("Beta")});
    const QString alpha = m_store->find(QStringLiteral("Alpha"))->id;
    const QString beta = m_store->find(QStringLiteral("Beta"))->id;
    auto* list = child<QListView>("connectionList");
    QCOMPARE(m_dialog->currentProfileId(), alpha);
    QVERIFY(!m_dialog->hasUnsavedChanges());

    // Nothing changed: switching asks nothing.
    m_dialog->selectProfile(beta);
    QCOMPARE(m_dialog->currentProfileId(), beta);
    m_dialog->selectProfile(alpha);
    QCOMPARE(m_dialog->currentProfileId(), alpha);

    type("nameEdit", QStringLiteral("Alpha edited"));
    QVERIFY(m_dialog->hasUnsavedChanges());
    QString asked;
    // Cancel: the form and the selection stay on the edited profile.
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    list->setCurrentIndex(list->model()->index(1, 0));
    QCOMPARE(asked, QStringLiteral("Save changes to Alpha edited?"));
    QCOMPARE(m_dialog->currentProfileId(), alpha);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Alpha edited"));
    QCOMPARE(list->currentIndex().row(), 0);

    // Discard: Beta is shown, Alpha is unchanged.
    asked.clear();
    answerNextMessageBox(QMessageBox::Discard, &asked);
    list->setCurrentIndex(list->model()->index(1, 0));
    QVERIFY(!asked.isEmpty());
    QCOMPARE(m_dialog->currentProfileId(), beta);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Beta"));
    QVERIFY(m_store->find(QStringLiteral("Alpha")));

    // Save: the edit is stored, then the other profile is shown.
    type("nameEdit", QStringLiteral("Beta saved"));
    asked.clear();
    answerNextMessageBox(QMessageBox::Save, &asked);
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(asked, QStringLiteral("Save changes to Beta saved?"));
    QCOMPARE(m_store->find(beta)->name, QStringLiteral("Beta saved"));
    QCOMPARE(m_dialog->currentProfileId(), alpha);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("Alpha"));
    QVERIFY(!m_dialog->hasUnsavedChanges());
}

void TestConnectionManager::unsavedEditsAskBeforeAddAndClose()
{
    reopenDialogWith({QStringLiteral("Gamma")});
    const QString gamma = m_store->find(QStringLiteral("Gamma"))->id;
    type("remoteEdit", QStringLiteral("leader"));
    QString asked;

    // Add, Cancel: still editing Gamma.
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QCOMPARE(asked, QStringLiteral("Save changes to Gamma?"));
    QCOMPARE(m_dialog->currentProfileId(), gamma);
    QCOMPARE(child<QLineEdit>("remoteEdit")->text(), QStringLiteral("leader"));

    // Escape, Cancel: the dialog stays open.
    asked.clear();
    answerNextMessageBox(QMessageBox::Cancel, &asked);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(!asked.isEmpty());
    QVERIFY(m_dialog->isVisible());

    // Close, Save: stored and closed.
    asked.clear();
    answerNextMessageBox(QMessageBox::Save, &asked);
    auto* buttons = child<QDialogButtonBox>("buttonBox");
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_store->find(gamma)->defaultRemoteCluster, QStringLiteral("leader"));

    // Unchanged: Close asks nothing.
    m_dialog->show();
    QVERIFY(!m_dialog->hasUnsavedChanges());
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
}

void TestConnectionManager::keyPassphraseGoesToTheSecretStoreOnly()
{
    for (const char* name : {"client.crt", "client.key"}) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PLACEHOLDER-----\n");
    }
    type("nameEdit", QStringLiteral("PKI"));
    type("urlsEdit", QStringLiteral("https://localhost:9200"));
    type("certFileEdit", m_dir.filePath(QStringLiteral("client.crt")));
    type("keyFileEdit", m_dir.filePath(QStringLiteral("client.key")));
    auto* passphrase = child<QLineEdit>("keyPassphraseEdit");
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    type("keyPassphraseEdit", QStringLiteral("pp-Secret-99"));
    QVERIFY2(m_dialog->problems().isEmpty(), qPrintable(m_dialog->problems().join(QLatin1Char(' '))));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const auto saved = m_store->find(QStringLiteral("PKI"));
    QVERIFY(saved);
    QTRY_COMPARE(m_secrets->value(saved->id, SecretKind::ClientKeyPassphrase), QStringLiteral("pp-Secret-99"));
    QVERIFY(passphrase->text().isEmpty()); // not loaded back into the form
    m_settings->sync();
    QFile settingsFile(m_settings->fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("pp-Secret-99"));
}

QTEST_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
