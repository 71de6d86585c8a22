// The Create follower index dialog, clicked through against an in-process sandbox.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "sandbox/Sandbox.h"
#include "ui/common/FollowParametersEditor.h"
#include "ui/common/RequestPreviewDialog.h"
#include "ui/followers/CreateFollowerDialog.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>

using namespace duper;
using duper::test::await;

class CreateFollowerDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followerNameValidation_data();
    void followerNameValidation();
    void parameterValidation_data();
    void parameterValidation();
    void followerDefaultsToLeaderUntilEdited();
    void disconnectedRemoteIsNotSelectable();
    void completionListsLeaderIndices();
    void existingIndexIsReported();
    void createWithAdvancedSettings();
    void missingLeaderLandsOnLeaderField();
    void showRequestHasPathAndBody();
    void cancelWhileRunning();

private:
    void openDialog();
    template <typename T> T* child(const char* name)
    {
        T* widget = m_dialog->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ui::CreateFollowerDialog> m_dialog;
};

void CreateFollowerDialogTest::init()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    if (QByteArray(QTest::currentTestFunction()) == "disconnectedRemoteIsNotSelectable")
        options.remoteDisconnected = true;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("sandbox"), nullptr);
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("logs-app"));
    if (QByteArray(QTest::currentTestFunction()) != "disconnectedRemoteIsNotSelectable")
        openDialog();
}

void CreateFollowerDialogTest::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_fixture.reset();
}

void CreateFollowerDialogTest::openDialog()
{
    m_dialog = std::make_unique<ui::CreateFollowerDialog>(m_session.get());
    m_dialog->show();
    auto* remote = child<QComboBox>("remoteCombo");
    QTRY_COMPARE(remote->currentData(Qt::UserRole).toString(), QStringLiteral("leader"));
}

void CreateFollowerDialogTest::followerNameValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("forbidden character") << QStringLiteral("bad*name") << QStringLiteral("must not contain");
    QTest::newRow("hash") << QStringLiteral("bad#name") << QStringLiteral("'#'");
    QTest::newRow("space") << QStringLiteral("bad name") << QStringLiteral("must not contain");
    QTest::newRow("uppercase") << QStringLiteral("Orders") << QStringLiteral("lowercase");
    QTest::newRow("underscore first") << QStringLiteral("_orders") << QStringLiteral("must not start with '_'");
    QTest::newRow("too long") << QString(256, QLatin1Char('a')) << QStringLiteral("255");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("must not be");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("must not be");
}

void CreateFollowerDialogTest::followerNameValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    QTRY_VERIFY(child<QPushButton>("createButton")->isEnabled());
    typeInto(child<QLineEdit>("followerEdit"), name);
    auto* error = child<QLabel>("followerError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    typeInto(child<QLineEdit>("followerEdit"), QStringLiteral("orders-copy"));
    QVERIFY(!error->isVisible());
    QTRY_VERIFY(child<QPushButton>("createButton")->isEnabled());
}

void CreateFollowerDialogTest::parameterValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad byte size") << QStringLiteral("maxReadRequestSize") << QStringLiteral("32 furlongs")
                                   << QStringLiteral("max_read_request_size");
    QTest::newRow("size without unit") << QStringLiteral("maxWriteBufferSize") << QStringLiteral("512")
                                       << QStringLiteral("no size unit");
    QTest::newRow("bad time value") << QStringLiteral("readPollTimeout") << QStringLiteral("1 minute")
                                    << QStringLiteral("read_poll_timeout");
    QTest::newRow("retry delay too long")
        << QStringLiteral("maxRetryDelay") << QStringLiteral("10m") << QStringLiteral("at most 5m");
    QTest::newRow("negative count") << QStringLiteral("maxOutstandingReadRequests") << QStringLiteral("-3")
                                    << QStringLiteral("at least 1");
    QTest::newRow("not a number") << QStringLiteral("maxReadRequestOperationCount") << QStringLiteral("lots")
                                  << QStringLiteral("whole number");
}

void CreateFollowerDialogTest::parameterValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    QTRY_VERIFY(child<QPushButton>("createButton")->isEnabled());
    child<QToolButton>("advancedToggle")->click();
    auto* edit = m_dialog->findChild<QLineEdit*>(field + QStringLiteral("Edit"));
    auto* error = m_dialog->findChild<QLabel*>(field + QStringLiteral("Error"));
    QVERIFY(edit && error);
    QVERIFY(!edit->placeholderText().isEmpty()); // Elasticsearch's default
    QTest::keyClicks(edit, text);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    edit->clear();
    QVERIFY(!error->isVisible());
    QVERIFY(child<QPushButton>("createButton")->isEnabled());
}

void CreateFollowerDialogTest::followerDefaultsToLeaderUntilEdited()
{
    auto* leader = child<QLineEdit>("leaderEdit");
    auto* follower = child<QLineEdit>("followerEdit");
    QTest::keyClicks(leader, QStringLiteral("orders"));
    QCOMPARE(follower->text(), QStringLiteral("orders"));
    typeInto(follower, QStringLiteral("mine"));
    QTest::keyClicks(leader, QStringLiteral("-x"));
    QCOMPARE(follower->text(), QStringLiteral("mine"));
}

void CreateFollowerDialogTest::disconnectedRemoteIsNotSelectable()
{
    m_dialog = std::make_unique<ui::CreateFollowerDialog>(m_session.get());
    m_dialog->show();
    auto* remote = child<QComboBox>("remoteCombo");
    QTRY_COMPARE(remote->currentData(Qt::UserRole).toString(), QStringLiteral("leader"));
    auto* model = qobject_cast<QStandardItemModel*>(remote->model());
    QVERIFY(model);
    QVERIFY(!model->item(remote->currentIndex())->isEnabled());
    QVERIFY(remote->currentText().contains(QStringLiteral("not connected")));
    QVERIFY(!remote->itemData(remote->currentIndex(), Qt::ToolTipRole).toString().isEmpty());
    auto* error = child<QLabel>("remoteError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("not connected")), qPrintable(error->text()));
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    QTest::qWait(ui::CreateFollowerDialog::kExistsCheckDelayMs + 100);
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
}

void CreateFollowerDialogTest::completionListsLeaderIndices()
{
    auto* leader = child<QLineEdit>("leaderEdit");
    QCompleter* completer = leader->completer();
    QVERIFY(completer);
    QAbstractItemModel* model = completer->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data(completer->completionRole()).toString());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("logs-app"), QStringLiteral("orders")}));
    QTest::keyClicks(leader, QStringLiteral("ord"));
    QTRY_COMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("orders"));
}

void CreateFollowerDialogTest::existingIndexIsReported()
{
    m_fixture->sandbox().follower().createIndex(QStringLiteral("taken"), {});
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    typeInto(child<QLineEdit>("followerEdit"), QStringLiteral("taken"));
    auto* error = child<QLabel>("followerError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
    QVERIFY(!child<QPushButton>("createButton")->isEnabled());
    typeInto(child<QLineEdit>("followerEdit"), QStringLiteral("free-name"));
    QVERIFY(!error->isVisible());
    QTest::qWait(ui::CreateFollowerDialog::kExistsCheckDelayMs + 200);
    QVERIFY(!error->isVisible());
    QTRY_VERIFY(child<QPushButton>("createButton")->isEnabled());
}

void CreateFollowerDialogTest::createWithAdvancedSettings()
{
    QSignalSpy created(m_dialog.get(), &ui::CreateFollowerDialog::followerCreated);
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    typeInto(child<QLineEdit>("followerEdit"), QStringLiteral("orders-copy"));
    child<QToolButton>("advancedToggle")->click();
    QTest::keyClicks(child<QLineEdit>("maxReadRequestOperationCountEdit"), QStringLiteral("777"));
    QTest::keyClicks(child<QLineEdit>("maxRetryDelayEdit"), QStringLiteral("2s"));
    QTest::keyClicks(child<QLineEdit>("maxWriteBufferSizeEdit"), QStringLiteral("64mb"));
    auto* create = child<QPushButton>("createButton");
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(created.first().first().toString(), QStringLiteral("orders-copy"));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    auto info = await(m_fixture->api().followInfo({QStringLiteral("orders-copy")}));
    QVERIFY(!info->hasError());
    QCOMPARE(info->result()->followers.size(), 1);
    const FollowerInfo& follower = info->result()->followers.first();
    QCOMPARE(follower.leaderIndex, QStringLiteral("orders"));
    QCOMPARE(follower.parameters.maxReadRequestOperationCount, std::optional<int>(777));
    QCOMPARE(follower.parameters.text(FollowParameter::MaxRetryDelay), QStringLiteral("2s"));
    QCOMPARE(follower.parameters.text(FollowParameter::MaxWriteBufferSize), QStringLiteral("64mb"));
}

void CreateFollowerDialogTest::missingLeaderLandsOnLeaderField()
{
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("nothing-here"));
    auto* create = child<QPushButton>("createButton");
    QTRY_VERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    auto* error = child<QLabel>("leaderError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("nothing-here")), qPrintable(error->text()));
    QVERIFY(!child<QLabel>("generalError")->isVisible());
    QVERIFY(!child<QLabel>("followerError")->isVisible());
    QVERIFY(!create->isEnabled());
    QVERIFY(m_dialog->isVisible());
    // Editing the field clears Elasticsearch's answer.
    typeInto(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    QVERIFY(!error->isVisible());
}

void CreateFollowerDialogTest::showRequestHasPathAndBody()
{
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    typeInto(child<QLineEdit>("followerEdit"), QStringLiteral("orders-copy"));
    auto* wait = child<QComboBox>("waitCombo");
    wait->setCurrentText(QStringLiteral("1"));
    child<QToolButton>("advancedToggle")->click();
    QTest::keyClicks(child<QLineEdit>("maxReadRequestSizeEdit"), QStringLiteral("16mb"));
    QTest::mouseClick(child<QPushButton>("showRequestButton"), Qt::LeftButton);
    auto* preview = m_dialog->findChild<ui::RequestPreviewDialog*>();
    QVERIFY(preview);
    auto* text = preview->findChild<QPlainTextEdit*>(QStringLiteral("requestText"));
    QVERIFY(text);
    const QString console = text->toPlainText();
    QVERIFY2(console.startsWith(QStringLiteral("PUT /orders-copy/_ccr/follow?wait_for_active_shards=1\n{")),
             qPrintable(console));
    QVERIFY(console.contains(QStringLiteral("\"leader_index\": \"orders\"")));
    QVERIFY(console.contains(QStringLiteral("\"remote_cluster\": \"leader\"")));
    QVERIFY(console.contains(QStringLiteral("\"max_read_request_size\": \"16mb\"")));
    preview->findChild<QRadioButton*>(QStringLiteral("curlRadio"))->click();
    const QString curl = text->toPlainText();
    QVERIFY2(curl.contains(QStringLiteral("curl -X PUT '") +
                           m_fixture->sandbox().followerUrl().toString(QUrl::StripTrailingSlash) +
                           QStringLiteral("/orders-copy/_ccr/follow?wait_for_active_shards=1'")),
             qPrintable(curl));
    QTest::mouseClick(preview->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), curl);
}

void CreateFollowerDialogTest::cancelWhileRunning()
{
    QTest::keyClicks(child<QLineEdit>("leaderEdit"), QStringLiteral("orders"));
    typeInto(child<QLineEdit>("followerEdit"), QStringLiteral("orders-copy"));
    auto* create = child<QPushButton>("createButton");
    QTRY_VERIFY(create->isEnabled());               // the privilege check passed at normal speed
    m_fixture->sandbox().faults().latencyMs = 3000; // slow enough to cancel
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(m_dialog->isCreating());
    QVERIFY(child<QWidget>("progressPanel")->isVisible());
    QVERIFY(!child<QWidget>("fieldsPanel")->isEnabled());
    QVERIFY(!create->isEnabled());
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QVERIFY(!m_dialog->isCreating());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!child<QWidget>("progressPanel")->isVisible());
    QVERIFY(child<QWidget>("fieldsPanel")->isEnabled());
    QVERIFY(child<QLabel>("generalError")->text().contains(QStringLiteral("Cancelled")));
    m_fixture->sandbox().faults().latencyMs = 0;
    QVERIFY(create->isEnabled());
}

QTEST_MAIN(CreateFollowerDialogTest)
#include "tst_createfollowerdialog.moc"
