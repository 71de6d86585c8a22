// The Follower indices tab against an in-process sandbox: empty states, refresh in place (selection and sort kept,
// rows appearing and vanishing), search and status filter, the details panel, create from the page, actions on the
// checked rows, and the banner for a user who may look but not change.
#include "AwaitJob.h"
#include "SandboxClient.h"
#include "TestSession.h"

#include "core/ccr/CcrApi.h"
#include "core/es/StaticCredentialProvider.h"
#include "core/followers/FollowerRefresher.h"
#include "ui/followers/CreateFollowerDialog.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/followers/FollowerActionController.h"
#include "ui/followers/FollowerActionSet.h"
#include "ui/followers/FollowerDetailsPanel.h"
#include "ui/followers/FollowerFilterBar.h"
#include "ui/followers/FollowerFilterProxyModel.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/FollowersPage.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace duper;
using duper::test::await;
using Kind = ui::FollowerListStatus::Kind;

class FollowersPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noFollowersOffersCreate();
    void noRemoteClustersExplained();
    void tableLoadsWithStatusAndLag();
    void refreshKeepsSelectionAndSort();
    void rowsAppearAndVanish();
    void searchAndStatusFilter();
    void errorFollowerShowsFatalInDetails();
    void createFromPageSelectsNewFollower();
    void pauseCheckedRowsFromToolbar();
    void restrictedUserSeesBanner();
    void unreachableClusterOffersRetry();

private:
    void start(int followers, const QSet<QString>& fatal = {});
    // A follower that reads one operation per request, so `documents` indexed into its leader leave a lag.
    void makeLaggingFollower(const QString& name, int documents);
    qint64 lagOf(const QString& name) const;
    void connectPage(EsClient* client);
    void waitForRefresh();
    QStringList visibleNames() const;
    int proxyRowOf(const QString& name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<test::SandboxClient> m_fixture;
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ui::FollowersPage> m_page;
};

void FollowersPageTest::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("duper.conf")), QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("followers/autoRefreshMs"), 0); // tests refresh by hand
}

void FollowersPageTest::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_fixture.reset();
    m_settings.reset();
}

void FollowersPageTest::start(int followers, const QSet<QString>& fatal)
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = followers;
    options.fatalFollowers = fatal;
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().advance(2);
    m_page = std::make_unique<ui::FollowersPage>(m_settings.get());
    m_page->resize(1200, 700);
    m_page->show();
}

void FollowersPageTest::connectPage(EsClient* client)
{
    auto session = test::makeSession(*client, QStringLiteral("test-connection"), m_settings.get());
    m_page->setSession(session.get());
    m_session = std::move(session);
    QTRY_VERIFY(m_page->listStatus().kind != Kind::Loading);
}

void FollowersPageTest::waitForRefresh()
{
    QSignalSpy spy(m_page->refresher(), &FollowerRefresher::snapshotReady);
    m_page->refresh();
    QVERIFY(spy.wait(5000));
}

QStringList FollowersPageTest::visibleNames() const
{
    QStringList names;
    auto* proxy = m_page->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        names << proxy->index(row, ui::FollowerTableModel::NameColumn).data(ui::FollowerTableModel::NameRole).toString();
    return names;
}

void FollowersPageTest::makeLaggingFollower(const QString& name, int documents)
{
    const QString leader = name + QStringLiteral("-leader");
    m_fixture->sandbox().createLeaderIndex(leader);
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = leader;
    request.parameters.maxReadRequestOperationCount = 1;
    request.parameters.maxOutstandingReadRequests = 1;
    QVERIFY(!await(m_fixture->api().follow(name, request))->hasError());
    m_fixture->sandbox().indexLeaderDocuments(leader, documents);
    m_fixture->sandbox().advance(1);
}

qint64 FollowersPageTest::lagOf(const QString& name) const
{
    const int row = proxyRowOf(name);
    return row < 0 ? -1
                   : m_page->proxy()
                         ->index(row, ui::FollowerTableModel::LagColumn)
                         .data(ui::FollowerTableModel::SortRole)
                         .toLongLong();
}

int FollowersPageTest::proxyRowOf(const QString& name) const
{
    return int(visibleNames().indexOf(name));
}

void FollowersPageTest::noFollowersOffersCreate()
{
    start(0);
    connectPage(&m_fixture->client());
    QTRY_COMPARE(m_page->listStatus().kind, Kind::NoFollowers);
    QVERIFY(!m_page->isShowingTable());
    auto* button = m_page->emptyState()->button();
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = m_page->findChild<ui::CreateFollowerDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

void FollowersPageTest::noRemoteClustersExplained()
{
    start(0);
    RemoteClusterSettings removal;
    removal.alias = QStringLiteral("leader");
    removal.remove = true;
    QVERIFY(!await(m_fixture->api().putRemoteCluster(removal))->hasError());
    connectPage(&m_fixture->client());
    QTRY_COMPARE(m_page->listStatus().kind, Kind::NoRemoteClusters);
    QVERIFY(m_page->emptyState()->text().contains(QStringLiteral("remote cluster")));
    QSignalSpy wanted(m_page.get(), &ui::FollowersPage::remoteClustersRequested);
    QTest::mouseClick(m_page->emptyState()->button(), Qt::LeftButton);
    QCOMPARE(wanted.count(), 1);
}

void FollowersPageTest::tableLoadsWithStatusAndLag()
{
    start(3);
    QVERIFY(!await(m_fixture->api().pauseFollow(QStringLiteral("follower-00002")))->hasError());
    makeLaggingFollower(QStringLiteral("slow"), 40);
    connectPage(&m_fixture->client());
    QTRY_VERIFY(m_page->isShowingTable());
    QCOMPARE(visibleNames(), (QStringList{QStringLiteral("follower-00001"), QStringLiteral("follower-00002"),
                                          QStringLiteral("follower-00003"), QStringLiteral("slow")}));
    auto* proxy = m_page->proxy();
    QCOMPARE(proxy->index(0, ui::FollowerTableModel::StatusColumn).data().toString(), QStringLiteral("Active"));
    QCOMPARE(proxy->index(1, ui::FollowerTableModel::StatusColumn).data().toString(), QStringLiteral("Paused"));
    // The lag is what the cluster reports: leader global checkpoint - follower global checkpoint, over the shards.
    const auto stats = await(m_fixture->api().followStats({QStringLiteral("slow")}));
    QVERIFY(!stats->hasError());
    const qint64 expected = stats->result()->indices.first().globalCheckpointLag();
    QVERIFY(expected > 0);
    QCOMPARE(lagOf(QStringLiteral("slow")), expected);
    QCOMPARE(lagOf(QStringLiteral("follower-00001")), 0);
    QVERIFY(m_page->filterBar()->findChild<QLabel*>(QStringLiteral("followerCountLabel"))
                ->text()
                .contains(QStringLiteral("4")));
}

void FollowersPageTest::refreshKeepsSelectionAndSort()
{
    start(5);
    makeLaggingFollower(QStringLiteral("lag-a"), 10);
    makeLaggingFollower(QStringLiteral("lag-b"), 30);
    connectPage(&m_fixture->client());
    QTRY_VERIFY(m_page->isShowingTable());
    QTableView* table = m_page->table();
    table->sortByColumn(ui::FollowerTableModel::LagColumn, Qt::DescendingOrder);
    QCOMPARE(visibleNames().first(), QStringLiteral("lag-b")); // most lag first
    m_page->selectFollower(QStringLiteral("follower-00004"));
    const int scrollBefore = table->verticalScrollBar()->value();

    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("lag-a-leader"), 100);
    m_fixture->sandbox().advance(1);
    waitForRefresh();
    QCOMPARE(visibleNames().first(), QStringLiteral("lag-a")); // re-sorted in place
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ui::FollowerTableModel::LagColumn));
    const QModelIndexList selected = table->selectionModel()->selectedRows(ui::FollowerTableModel::NameColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ui::FollowerTableModel::NameRole).toString(), QStringLiteral("follower-00004"));
    QCOMPARE(table->verticalScrollBar()->value(), scrollBefore);
    QCOMPARE(m_page->detailsPanel()->currentFollower(), QStringLiteral("follower-00004"));
}

void FollowersPageTest::rowsAppearAndVanish()
{
    start(3);
    connectPage(&m_fixture->client());
    QTRY_VERIFY(m_page->isShowingTable());
    m_page->selectFollower(QStringLiteral("follower-00003"));

    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    FollowRequest request;
    request.remoteCluster = QStringLiteral("leader");
    request.leaderIndex = QStringLiteral("orders");
    QVERIFY(!await(m_fixture->api().follow(QStringLiteral("orders-copy"), request))->hasError());
    QVERIFY(!await(m_fixture->api().pauseFollow(QStringLiteral("follower-00001")))->hasError());
    QVERIFY(!await(m_fixture->api().closeIndex(QStringLiteral("follower-00001")))->hasError());
    QVERIFY(!await(m_fixture->api().unfollow(QStringLiteral("follower-00001")))->hasError());
    waitForRefresh();

    QCOMPARE(visibleNames(), (QStringList{QStringLiteral("follower-00002"), QStringLiteral("follower-00003"),
                                          QStringLiteral("orders-copy")}));
    const QModelIndexList selected =
        m_page->table()->selectionModel()->selectedRows(ui::FollowerTableModel::NameColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ui::FollowerTableModel::NameRole).toString(), QStringLiteral("follower-00003"));
}

void FollowersPageTest::searchAndStatusFilter()
{
    start(4);
    QVERIFY(!await(m_fixture->api().pauseFollow(QStringLiteral("follower-00004")))->hasError());
    connectPage(&m_fixture->client());
    QTRY_VERIFY(m_page->isShowingTable());
    QTest::keyClicks(m_page->filterBar()->searchField(), QStringLiteral("0000"));
    QCOMPARE(visibleNames().size(), 4);
    QTest::keyClicks(m_page->filterBar()->searchField(), QStringLiteral("2"));
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("follower-00002")});
    // The leader's name matches too.
    m_page->filterBar()->searchField()->clear();
    QTest::keyClicks(m_page->filterBar()->searchField(), QStringLiteral("LEADER-00003"));
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("follower-00003")});
    m_page->filterBar()->searchField()->clear();

    QComboBox* state = m_page->filterBar()->stateCombo();
    state->setCurrentIndex(state->findData(int(FollowerState::Paused)));
    QCOMPARE(visibleNames(), QStringList{QStringLiteral("follower-00004")});
    QVERIFY(m_page->filterBar()->findChild<QLabel*>(QStringLiteral("followerCountLabel"))
                ->text()
                .contains(QStringLiteral("1 of 4")));
    state->setCurrentIndex(state->findData(int(FollowerState::Active)));
    QCOMPARE(visibleNames().size(), 3);
}

void FollowersPageTest::errorFollowerShowsFatalInDetails()
{
    start(2, {QStringLiteral("follower-00002")});
    m_fixture->sandbox().indexLeaderDocuments(QStringLiteral("leader-00002"), 10);
    m_fixture->sandbox().advance(3);
    connectPage(&m_fixture->client());
    QTRY_VERIFY(m_page->isShowingTable());
    const int row = proxyRowOf(QStringLiteral("follower-00002"));
    QVERIFY(row >= 0);
    QCOMPARE(m_page->proxy()->index(row, ui::FollowerTableModel::StatusColumn).data().toString(),
             QStringLiteral("Error"));
    m_page->selectFollower(QStringLiteral("follower-00002"));
    auto* fatal = m_page->detailsPanel()->findChild<QWidget*>(QStringLiteral("fatalFrame"));
    QVERIFY(fatal);
    QTRY_VERIFY(fatal->isVisible());
    auto* recreate = m_page->detailsPanel()->findChild<QPushButton*>(QStringLiteral("recreateButton"));
    QVERIFY(recreate && recreate->isVisible());
}

void FollowersPageTest::createFromPageSelectsNewFollower()
{
    start(1);
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
    connectPage(&m_fixture->client());
    QTRY_VERIFY(m_page->isShowingTable());
    m_page->actions()->create()->trigger();
    auto* dialog = m_page->findChild<ui::CreateFollowerDialog*>();
    QVERIFY(dialog);
    auto* remote = dialog->findChild<QComboBox*>(QStringLiteral("remoteCombo"));
    QTRY_COMPARE(remote->currentData(Qt::UserRole).toString(), QStringLiteral("leader"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("leaderEdit")), QStringLiteral("orders"));
    auto* createButton = dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
    QTRY_VERIFY(createButton->isEnabled());
    QTest::mouseClick(createButton, Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<ui::CreateFollowerDialog*>() == nullptr || !dialog->isVisible());
    // The page polls until the new follower is listed, then selects it.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->detailsPanel()->currentFollower(), QStringLiteral("orders"), 8000);
    const int row = proxyRowOf(QStringLiteral("orders"));
    QVERIFY(row >= 0);
    QCOMPARE(m_page->proxy()->index(row, ui::FollowerTableModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
}

void FollowersPageTest::pauseCheckedRowsFromToolbar()
{
    start(4);
    connectPage(&m_fixture->client());
    QTRY_VERIFY(m_page->isShowingTable());
    m_page->controller()->setConfirmationsEnabled(false);
    QVERIFY(!m_page->actions()->pause()->isEnabled());
    m_page->model()->setChecked({QStringLiteral("follower-00001"), QStringLiteral("follower-00003")}, true);
    QVERIFY(m_page->actions()->pause()->isEnabled());
    QVERIFY(!m_page->actions()->resume()->isEnabled());
    QVERIFY(!m_page->actions()->edit()->isEnabled()); // two rows
    m_page->actions()->pause()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_page->proxy()->index(proxyRowOf(QStringLiteral("follower-00003")), ui::FollowerTableModel::StatusColumn)
            .data()
            .toString(),
        QStringLiteral("Paused"), 8000);
    QTRY_COMPARE(m_page->proxy()
                     ->index(proxyRowOf(QStringLiteral("follower-00001")), ui::FollowerTableModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Paused"));
    QCOMPARE(m_page->proxy()
                 ->index(proxyRowOf(QStringLiteral("follower-00002")), ui::FollowerTableModel::StatusColumn)
                 .data()
                 .toString(),
             QStringLiteral("Active"));
    const auto info = await(m_fixture->api().followInfo({QStringLiteral("follower-00001")}));
    QVERIFY(!info->hasError());
    QCOMPARE(info->result()->followers.first().status, FollowerStatus::Paused);
}

void FollowersPageTest::restrictedUserSeesBanner()
{
    sandbox::SandboxOptions options = test::SandboxClient::defaultOptions();
    options.followers = 1;
    options.restrictedUsers = {{QStringLiteral("viewer"), QStringLiteral("viewer-secret")}};
    m_fixture = std::make_unique<test::SandboxClient>(options);
    QVERIFY(m_fixture->started());
    m_page = std::make_unique<ui::FollowersPage>(m_settings.get());
    m_page->show();
    const std::unique_ptr<EsClient> viewer = m_fixture->makeClient(
        StaticCredentialProvider::basic(QStringLiteral("viewer"), QStringLiteral("viewer-secret")));
    connectPage(viewer.get());
    QTRY_VERIFY(m_page->isShowingTable());
    auto* banner = m_page->findChild<QLabel*>(QStringLiteral("followersBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("manage_ccr")));
    m_page->setSession(nullptr);
    m_session.reset(); // before the viewer's client goes
}

void FollowersPageTest::unreachableClusterOffersRetry()
{
    start(1);
    EsEndpoint endpoint;
    endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens on port 1
    endpoint.transferTimeoutMs = 3000;
    EsClient dead(&m_fixture->network(), endpoint);
    connectPage(&dead);
    QTRY_COMPARE(m_page->listStatus().kind, Kind::LoadFailed);
    QVERIFY(m_page->emptyState()->button()->isVisible());
    QVERIFY(!m_page->emptyState()->text().isEmpty());
    // Pointing the page at a cluster that answers and retrying loads the list.
    auto session = test::makeSession(m_fixture->client(), QStringLiteral("test-connection"), m_settings.get());
    m_page->setSession(session.get());
    m_session = std::move(session);
    QTRY_VERIFY(m_page->isShowingTable());
}

QTEST_MAIN(FollowersPageTest)
#include "tst_followerspage.moc"
