// The Remote clusters tab against an in-process sandbox: the default remote listed as connected, adding remotes in
// sniff and proxy mode (connected) and at an address where nothing listens (not connected, said in words), seed
// validation as the user types, editing skip_unavailable (persisted), deleting a remote that a follower uses, and
// the security model (API key / certificate) in the table and the details.
#include "ApiKeyRemote.h"
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"
#include "core/ccr/CcrApi.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClusterModel.h"
#include "ui/remotes/RemoteClustersPage.h"
#include "ui/remotes/RemoteSecurityChoiceDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;
using duper::test::await;
using ui::RemoteClusterModel;

class RemoteClustersPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultRemoteIsConnected();
    void addSniffRemoteConnects();
    void addProxyRemoteConnects();
    void unreachableAddressStaysDisconnected();
    void seedValidationAsYouType();
    void aliasRules();
    void editSkipUnavailablePersists();
    void deleteUsedRemoteWarnsThenDeletes();
    void deleteWarningNamesTenAndCountsTheRest();
    void emptyStateOffersAdd();
    void securityModelShownInColumnAndDetails();

private:
    void waitForRefresh();
    ui::RemoteClusterDialog* openAdd(const QString& alias);
    void saveAndWait(ui::RemoteClusterDialog* dialog);
    const RemoteClusterRow* row(const QString& alias) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ui::RemoteClustersPage> m_page;
};

void RemoteClustersPageTest::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("remotes/autoRefreshMs"), 0); // tests refresh by hand
    m_fixture = std::make_unique<test::SandboxClient>();
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_page = std::make_unique<ui::RemoteClustersPage>(m_settings.get());
    m_page->resize(1100, 600);
    m_page->show();
    QSignalSpy spy(m_page.get(), &ui::RemoteClustersPage::refreshed);
    m_session = test::makeSession(m_fixture->client(), QStringLiteral("test"), m_settings.get());
    m_page->setSession(m_session.get());
    QVERIFY(spy.wait(5000));
}

void RemoteClustersPageTest::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_fixture.reset();
    m_settings.reset();
}

void RemoteClustersPageTest::waitForRefresh()
{
    QSignalSpy spy(m_page.get(), &ui::RemoteClustersPage::refreshed);
    m_page->refresh();
    QVERIFY(spy.wait(5000));
}

const RemoteClusterRow* RemoteClustersPageTest::row(const QString& alias) const
{
    return m_page->model()->rowAt(m_page->model()->rowOf(alias));
}

ui::RemoteClusterDialog* RemoteClustersPageTest::openAdd(const QString& alias)
{
    ui::RemoteClusterDialog* dialog = m_page->addRemoteCluster();
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("aliasEdit")), alias);
    return dialog;
}

void RemoteClustersPageTest::saveAndWait(ui::RemoteClusterDialog* dialog)
{
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(QLatin1Char('\n'))));
    QVERIFY(dialog->saveButton()->isEnabled());
    QSignalSpy refreshed(m_page.get(), &ui::RemoteClustersPage::refreshed);
    QSignalSpy saved(dialog, &ui::RemoteClusterDialog::remoteSaved);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
}

void RemoteClustersPageTest::defaultRemoteIsConnected()
{
    QVERIFY(m_page->isShowingTable());
    const RemoteClusterRow* leader = row(QStringLiteral("leader"));
    QVERIFY(leader);
    QVERIFY(leader->connected);
    QCOMPARE(leader->source, RemoteClusterRow::Source::Persistent);
    m_page->selectRemote(QStringLiteral("leader"));
    QVERIFY(m_page->detailsLabel()->text().contains(m_fixture->sandbox().leader().transportAddress()));
    QVERIFY(m_page->editRemoteAction()->isEnabled());
    QVERIFY(m_page->deleteRemoteAction()->isEnabled());
    QCOMPARE(m_page->deleteRemoteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(m_page->deleteRemoteAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);
}

void RemoteClustersPageTest::addSniffRemoteConnects()
{
    ui::RemoteClusterDialog* dialog = openAdd(QStringLiteral("sniffy"));
    QVERIFY(dialog);
    QVERIFY(!dialog->saveButton()->isEnabled()); // no seed yet
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("seedsEdit")),
                     m_fixture->sandbox().leader().transportAddress());
    saveAndWait(dialog);
    const RemoteClusterRow* sniffy = row(QStringLiteral("sniffy"));
    QVERIFY(sniffy);
    QVERIFY(sniffy->connected);
    QCOMPARE(sniffy->mode, RemoteClusterMode::Sniff);
    QVERIFY2(m_page->noticeLabel()->text().contains(QStringLiteral("is connected")),
             qPrintable(m_page->noticeLabel()->text()));
    QCOMPARE(m_page->currentRemote()->alias, QStringLiteral("sniffy"));
}

void RemoteClustersPageTest::addProxyRemoteConnects()
{
    ui::RemoteClusterDialog* dialog = openAdd(QStringLiteral("proxied"));
    QVERIFY(dialog);
    dialog->findChild<QRadioButton*>(QStringLiteral("proxyRadio"))->click();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("proxyAddressEdit")),
                     m_fixture->sandbox().leader().transportAddress());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("serverNameEdit")), QStringLiteral("leader.local"));
    saveAndWait(dialog);
    const RemoteClusterRow* proxied = row(QStringLiteral("proxied"));
    QVERIFY(proxied);
    QCOMPARE(proxied->mode, RemoteClusterMode::Proxy);
    QVERIFY(proxied->connected);
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->rowOf(QStringLiteral("proxied")), RemoteClusterModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Connected"));
}

void RemoteClustersPageTest::unreachableAddressStaysDisconnected()
{
    ui::RemoteClusterDialog* dialog = openAdd(QStringLiteral("nowhere"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("seedsEdit")), QStringLiteral("127.0.0.1:1"));
    saveAndWait(dialog);
    const RemoteClusterRow* nowhere = row(QStringLiteral("nowhere"));
    QVERIFY(nowhere);
    QVERIFY(!nowhere->connected);
    const QString notice = m_page->noticeLabel()->text();
    QVERIFY2(notice.contains(QStringLiteral("not connected: no cluster answered at 127.0.0.1:1")), qPrintable(notice));
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->rowOf(QStringLiteral("nowhere")), RemoteClusterModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Not connected"));
    QVERIFY(m_page->detailsLabel()->text().contains(QStringLiteral("not connected")));
}

void RemoteClustersPageTest::seedValidationAsYouType()
{
    ui::RemoteClusterDialog* dialog = openAdd(QStringLiteral("typed"));
    QVERIFY(dialog);
    auto* seeds = dialog->findChild<QPlainTextEdit*>(QStringLiteral("seedsEdit"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("seedsMessage"));
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("10.0.0.5"), QStringLiteral("has no port")},
        {QStringLiteral("10.0.0.5:0"), QStringLiteral("between 1 and 65535")},
        {QStringLiteral("10.0.0.5:70000"), QStringLiteral("between 1 and 65535")},
        {QStringLiteral("10.0.0.5: 9300"), QStringLiteral("spaces")},
        {QStringLiteral("[::1]"), QStringLiteral("has no port")},
    };
    for (const auto& [text, expected] : cases) {
        seeds->clear();
        QTest::keyClicks(seeds, text);
        QVERIFY2(message->text().contains(expected), qPrintable(text + QStringLiteral(" → ") + message->text()));
        QVERIFY(message->isVisible());
        QVERIFY(!dialog->saveButton()->isEnabled());
    }
    seeds->clear();
    seeds->setPlainText(QStringLiteral("10.0.0.5:9300\n[::1]:9301\nes-2.example.com:9300"));
    QVERIFY2(message->text().isEmpty(), qPrintable(message->text()));
    QVERIFY(dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->settings().seeds.size(), 3);
    dialog->reject();
}

void RemoteClustersPageTest::aliasRules()
{
    ui::RemoteClusterDialog* dialog = openAdd(QStringLiteral("leader"));
    QVERIFY(dialog);
    QVERIFY(dialog->aliasProblem().contains(QStringLiteral("already exists")));
    auto* alias = dialog->findChild<QLineEdit*>(QStringLiteral("aliasEdit"));
    alias->clear();
    QTest::keyClicks(alias, QStringLiteral("bad.name"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("aliasMessage"))->text().contains(QStringLiteral("only")));
    dialog->reject();
}

void RemoteClustersPageTest::editSkipUnavailablePersists()
{
    m_page->selectRemote(QStringLiteral("leader"));
    ui::RemoteClusterDialog* dialog = m_page->editRemoteCluster();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("aliasEdit"))->isReadOnly());
    auto* skip = dialog->findChild<QCheckBox*>(QStringLiteral("skipUnavailableCheck"));
    const bool before = skip->isChecked();
    skip->click();
    saveAndWait(dialog);
    QCOMPARE(row(QStringLiteral("leader"))->skipUnavailable, !before);

    auto job = await(m_fixture->api().clusterSettings());
    QVERIFY(!job->hasError());
    const RemoteClusterSettings* stored = job->result()->find(QStringLiteral("leader"), true);
    QVERIFY(stored);
    QCOMPARE(stored->skipUnavailable, std::optional<bool>(!before));
    QCOMPARE(stored->seeds, QStringList{m_fixture->sandbox().leader().transportAddress()});
}

void RemoteClustersPageTest::deleteUsedRemoteWarnsThenDeletes()
{
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    QVERIFY(!await(m_fixture->api().follow(QStringLiteral("orders-copy"), request))->hasError());
    waitForRefresh();
    QCOMPARE(row(QStringLiteral("leader"))->usedBy, QStringList{QStringLiteral("orders-copy")});

    m_page->selectRemote(QStringLiteral("leader"));
    QMessageBox* box = m_page->deleteRemoteCluster();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("orders-copy")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("stop replicating")));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QVERIFY(row(QStringLiteral("leader")));

    // The Delete key on the table triggers the same question.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    box = m_page->findChild<QMessageBox*>(QStringLiteral("deleteRemoteClusterBox"));
    QVERIFY(box);
    QSignalSpy refreshed(m_page.get(), &ui::RemoteClustersPage::refreshed);
    box->findChild<QPushButton*>(QStringLiteral("confirmDeleteButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
    QCOMPARE(m_page->model()->rowOf(QStringLiteral("leader")), -1);
    auto job = await(m_fixture->api().clusterSettings());
    QVERIFY(!job->result()->find(QStringLiteral("leader"), true));
}

void RemoteClustersPageTest::deleteWarningNamesTenAndCountsTheRest()
{
    RemoteClusterRow many;
    many.alias = QStringLiteral("big");
    for (int i = 0; i < 13; ++i)
        many.usedBy << QStringLiteral("f%1").arg(i, 2, 10, QLatin1Char('0'));
    const QString text = ui::RemoteClustersPage::deleteWarning(many);
    QVERIFY(text.contains(QStringLiteral("f09")));
    QVERIFY(!text.contains(QStringLiteral("f10")));
    QVERIFY2(text.contains(QStringLiteral("and 3 more")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("13 follower indices")));
}

void RemoteClustersPageTest::emptyStateOffersAdd()
{
    m_page->selectRemote(QStringLiteral("leader"));
    RemoteClusterSettings remove;
    remove.alias = QStringLiteral("leader");
    remove.remove = true;
    QVERIFY(!await(m_fixture->api().putRemoteCluster(remove))->hasError());
    waitForRefresh();
    QVERIFY(!m_page->isShowingTable());
    QVERIFY(m_page->emptyState()->text().contains(QStringLiteral("add the leader cluster")));
    m_page->emptyState()->button()->click();
    // The security model first; the certificate leads to the add dialog.
    auto* choice = m_page->findChild<ui::RemoteSecurityChoiceDialog*>();
    QVERIFY(choice);
    choice->setModel(ui::RemoteSecurityChoiceDialog::Model::Certificate);
    choice->accept();
    auto* dialog = m_page->findChild<ui::RemoteClusterDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void RemoteClustersPageTest::securityModelShownInColumnAndDetails()
{
    test::addApiKeyRemote(m_fixture->sandbox(), QStringLiteral("secure"));
    test::addApiKeyRemote(m_fixture->sandbox(), QStringLiteral("wrongkey"), false);
    waitForRefresh();
    const RemoteClusterRow* secure = row(QStringLiteral("secure"));
    QVERIFY(secure);
    QVERIFY(secure->connected);
    QCOMPARE(secure->security, RemoteClusterRow::Security::ApiKey);
    QVERIFY(secure->credentialPresent);
    QCOMPARE(row(QStringLiteral("leader"))->security, RemoteClusterRow::Security::Certificate);
    const RemoteClusterRow* wrongKey = row(QStringLiteral("wrongkey"));
    QVERIFY(wrongKey);
    QVERIFY(!wrongKey->connected);
    QCOMPARE(wrongKey->security, RemoteClusterRow::Security::ApiKey);

    // The column is on screen at the tab's usual width, and so are the columns before and after it.
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("remoteClusterTable"));
    QVERIFY(table);
    QVERIFY(!table->isColumnHidden(RemoteClusterModel::SecurityColumn));
    for (int column = RemoteClusterModel::AliasColumn; column <= RemoteClusterModel::AddressesColumn; ++column)
        QVERIFY2(table->columnViewportPosition(column) + table->columnWidth(column) <= table->viewport()->width(),
                 qPrintable(QString::number(column)));
    const int secureRow = m_page->model()->rowOf(QStringLiteral("secure"));
    QCOMPARE(m_page->model()->index(secureRow, RemoteClusterModel::SecurityColumn).data().toString(),
             QStringLiteral("API key"));

    m_page->selectRemote(QStringLiteral("secure"));
    QString details = m_page->detailsLabel()->text();
    QVERIFY2(details.contains(QLatin1String("API key, stored in this cluster's keystore")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("cluster.remote.secure.credentials")));
    m_page->selectRemote(QStringLiteral("wrongkey"));
    details = m_page->detailsLabel()->text();
    QVERIFY2(details.contains(QLatin1String("not connected through its API key")), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("secure settings were not reloaded")));
    m_page->selectRemote(QStringLiteral("leader"));
    QVERIFY(m_page->detailsLabel()->text().contains(QLatin1String("Certificate: TLS on the transport port")));
}

QTEST_MAIN(RemoteClustersPageTest)
#include "tst_remoteclusterspage.moc"
