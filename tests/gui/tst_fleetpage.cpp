// The Fleet page over FleetSandboxes (a bi-directional pair, a third cluster following a fourth): the table's rows and
// the map's nodes and edges compared as data, an unknown leader drawn as an unsaved node, a stopped cluster turning
// unreachable and back, the search, double-click and right-click intents, and the window's Fleet entry (shown first
// with several connections; an arrow's followers open the Follower indices tab searched for the alias). The unknown
// leader's map is saved in $DUPER_SCREENSHOT_DIR, else /tmp/duper-fleet (tst_screenshots_fleet has the page).
#include "FleetSandboxes.h"
#include "GuiFixture.h"
#include "core/connections/ConnectionStore.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/connections/SessionSecretCache.h"
#include "core/fleet/FleetService.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/ErrorStyle.h"
#include "ui/connections/ConnectionSelector.h"
#include "ui/fleet/FleetModel.h"
#include "ui/fleet/FleetPage.h"
#include "ui/fleet/FleetProxyModel.h"
#include "ui/fleet/FleetTopologyView.h"
#include "ui/followers/FollowerFilterBar.h"
#include "ui/followers/FollowersPage.h"
#include "ui/shell/CcrPage.h"
#include "ui/shell/FleetLauncher.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SandboxLauncher.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace duper;
using ui::FleetModel;
using ui::FleetTopologyView;

class TestFleetPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAndMapAsData();
    void unknownLeaderIsAnUnsavedNode();
    void stoppedClusterUnreachableAndBack();
    void searchFiltersTheTable();
    void doubleClickAndRightClickAskForTheCluster();
    void windowShowsTheFleetFirstAndOpensFollowers();

private:
    void makePage(const QStringList& names);
    bool refreshAll();
    QString idOf(const QString& name) const;
    const FleetTopologyView::NodeInfo* node(const QString& id) const;
    const FleetTopologyView::EdgeInfo* edge(const QString& followerName, const QString& alias) const;
    QString cell(const QString& name, int column) const;

    std::unique_ptr<test::FleetSandboxes> m_sandboxes;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    SessionSecretCache m_cache;
    std::unique_ptr<FleetService> m_fleet;
    std::unique_ptr<ui::FleetPage> m_page;
    QList<ConnectionProfile> m_profiles;
    QString m_outDir;
};

void TestFleetPage::initTestCase()
{
    ui::ErrorStyle::install();
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("duper-fleet")));
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestFleetPage::init()
{
    m_profiles.clear();
    m_sandboxes = std::make_unique<test::FleetSandboxes>();
    QVERIFY2(m_sandboxes->start(), qPrintable(m_sandboxes->errorString()));
}

void TestFleetPage::cleanup()
{
    m_page.reset();
    m_fleet.reset();
    m_sandboxes.reset();
}

void TestFleetPage::makePage(const QStringList& names)
{
    FleetDependencies dependencies;
    dependencies.network = &m_network;
    dependencies.secrets = &m_secrets;
    dependencies.cache = &m_cache;
    m_fleet = std::make_unique<FleetService>(dependencies);
    m_fleet->setDeadline(5000);
    m_profiles.clear();
    for (const QString& name : names)
        m_profiles.append(test::FleetSandboxes::connection(name, m_sandboxes->urlOf(name)));
    m_fleet->setConnections(m_profiles);
    m_page = std::make_unique<ui::FleetPage>(m_fleet.get(), nullptr);
    m_page->refreshControl()->setIntervalMs(0); // refreshes only when the test says
    m_page->resize(1200, 800);
    QSignalSpy answered(m_fleet.get(), &FleetService::allAnswered);
    m_page->show(); // the first refresh
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(answered.wait(15000));
    QTRY_COMPARE(m_page->map()->nodes().size(), qsizetype(m_fleet->topology().nodes.size()));
    // The map is drawn once per burst of rows: wait for the one after the last answer.
    const auto drawn = [this] {
        const auto nodes = m_page->map()->nodes();
        return std::none_of(nodes.cbegin(), nodes.cend(),
                            [](const auto& n) { return n.known && n.health == ui::FleetHealth::Level::Unknown; });
    };
    QTRY_VERIFY(drawn());
}

bool TestFleetPage::refreshAll()
{
    QSignalSpy answered(m_fleet.get(), &FleetService::allAnswered);
    m_page->refresh();
    if (!answered.wait(15000))
        return false;
    QTest::qWait(20); // the map is drawn once per burst of rows
    return true;
}

QString TestFleetPage::idOf(const QString& name) const
{
    for (const ConnectionProfile& p : m_profiles)
        if (p.name == name)
            return p.id;
    return {};
}

const FleetTopologyView::NodeInfo* TestFleetPage::node(const QString& id) const
{
    static QList<FleetTopologyView::NodeInfo> nodes;
    nodes = m_page->map()->nodes();
    for (const auto& each : std::as_const(nodes))
        if (each.id == id)
            return &each;
    return nullptr;
}

const FleetTopologyView::EdgeInfo* TestFleetPage::edge(const QString& followerName, const QString& alias) const
{
    static QList<FleetTopologyView::EdgeInfo> edges;
    edges = m_page->map()->edges();
    for (const auto& each : std::as_const(edges))
        if (each.followerId == idOf(followerName) && each.alias == alias)
            return &each;
    return nullptr;
}

QString TestFleetPage::cell(const QString& name, int column) const
{
    const FleetModel* model = m_page->model();
    return model->index(model->rowOf(idOf(name)), column).data().toString();
}

void TestFleetPage::rowsAndMapAsData()
{
    makePage(
        {QStringLiteral("archive"), QStringLiteral("follower"), QStringLiteral("leader"), QStringLiteral("regional")});
    // The table: one row per connection, sorted by name, state in words with an icon.
    QCOMPARE(m_page->proxy()->rowCount(), 4);
    QCOMPARE(m_page->proxy()->index(0, FleetModel::ConnectionColumn).data().toString(), QStringLiteral("archive"));
    QCOMPARE(m_page->proxy()->index(3, FleetModel::ConnectionColumn).data().toString(), QStringLiteral("regional"));
    QCOMPARE(cell(QStringLiteral("follower"), FleetModel::StateColumn), QStringLiteral("Reachable"));
    QVERIFY(!m_page->model()->index(0, FleetModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(QStringLiteral("follower"), FleetModel::ActiveColumn), QStringLiteral("1"));
    QCOMPARE(cell(QStringLiteral("follower"), FleetModel::PausedColumn), QStringLiteral("1"));
    QCOMPARE(cell(QStringLiteral("follower"), FleetModel::RemotesColumn), QStringLiteral("leader"));
    QCOMPARE(cell(QStringLiteral("leader"), FleetModel::RemotesColumn), QStringLiteral("dr"));
    QCOMPARE(cell(QStringLiteral("regional"), FleetModel::ClusterColumn), QStringLiteral("regional"));
    // The refresh indicator: answered, so no longer "Refreshing…".
    QVERIFY2(cell(QStringLiteral("archive"), FleetModel::UpdatedColumn) == QStringLiteral("just now") ||
                 cell(QStringLiteral("archive"), FleetModel::UpdatedColumn).endsWith(QStringLiteral(" ago")),
             qPrintable(cell(QStringLiteral("archive"), FleetModel::UpdatedColumn)));
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("fleetCountLabel"))->text(), QStringLiteral("4 clusters"));

    // The map: four saved clusters, three arrows.
    const QList<FleetTopologyView::NodeInfo> nodes = m_page->map()->nodes();
    QCOMPARE(nodes.size(), 4);
    for (const auto& each : nodes) {
        QVERIFY(each.known);
        QCOMPARE(each.detail, QStringLiteral("Reachable"));
        QCOMPARE(each.health, ui::FleetHealth::Level::Good);
    }
    // Banded and layered: archive → regional in one band (leader left, follower right), the pair in another, one
    // above the other (by name); bands do not overlap.
    const QRectF archive = node(idOf(QStringLiteral("archive")))->rect;
    const QRectF regional = node(idOf(QStringLiteral("regional")))->rect;
    const QRectF follower = node(idOf(QStringLiteral("follower")))->rect;
    const QRectF leader = node(idOf(QStringLiteral("leader")))->rect;
    QVERIFY(archive.left() < regional.left());
    QCOMPARE(archive.top(), regional.top());
    QCOMPARE(follower.left(), leader.left());
    QVERIFY(follower.top() < leader.top());
    QVERIFY(archive.bottom() < follower.top()); // "archive" comes first by name
    QCOMPARE(m_page->map()->edges().size(), 3);
    const auto* forward = edge(QStringLiteral("follower"), QStringLiteral("leader"));
    const auto* back = edge(QStringLiteral("leader"), QStringLiteral("dr"));
    const auto* logs = edge(QStringLiteral("regional"), QStringLiteral("archive"));
    QVERIFY(forward && back && logs);
    QCOMPARE(forward->leaderId, idOf(QStringLiteral("leader")));
    QCOMPARE(forward->label, QStringLiteral("2 followers · paused"));
    QCOMPARE(forward->health, ui::FleetHealth::Level::Warning);
    QCOMPARE(back->leaderId, idOf(QStringLiteral("follower")));
    // "1 follower": the singular comes from duper_en.ts.
    QVERIFY2(back->label.startsWith(QStringLiteral("1 follower")) && back->label.endsWith(QStringLiteral(" · active")),
             qPrintable(back->label));
    QCOMPARE(back->health, ui::FleetHealth::Level::Good);
    QCOMPARE(logs->leaderId, idOf(QStringLiteral("archive")));
    QVERIFY(logs->label.endsWith(QStringLiteral(" · active")));
    QCOMPARE(logs->bend, 0.0); // alone between two layers: straight
    // The bi-directional pair: two arrows curved apart, labels not on top of each other.
    QVERIFY(forward->bend != 0 && back->bend != 0);
    QVERIFY(!forward->labelRect.intersects(back->labelRect));
    QVERIFY(forward->path.pointAtPercent(0.5) != back->path.pointAtPercent(0.5));
    // No label covers a node.
    for (const auto& e : m_page->map()->edges())
        for (const auto& n : nodes)
            QVERIFY2(!e.labelRect.intersects(n.rect), qPrintable(e.label + QStringLiteral(" over ") + n.title));
}

void TestFleetPage::unknownLeaderIsAnUnsavedNode()
{
    makePage({QStringLiteral("follower"), QStringLiteral("leader"), QStringLiteral("regional")});
    const QList<FleetTopologyView::NodeInfo> nodes = m_page->map()->nodes();
    QCOMPARE(nodes.size(), 4);
    const auto unknown = std::find_if(nodes.cbegin(), nodes.cend(), [](const auto& n) { return !n.known; });
    QVERIFY(unknown != nodes.cend());
    QCOMPARE(unknown->title, QStringLiteral("archive"));                               // the alias
    QVERIFY2(unknown->detail.contains(QLatin1Char(':')), qPrintable(unknown->detail)); // its address
    const auto* logs = edge(QStringLiteral("regional"), QStringLiteral("archive"));
    QVERIFY(logs);
    QCOMPARE(logs->leaderId, unknown->id);
    QVERIFY(m_page->grab().save(QDir(m_outDir).filePath(QStringLiteral("fleet-unknown-leader.png")), "PNG"));
    // Double-clicking an unsaved cluster opens nothing.
    QSignalSpy requested(m_page.get(), &ui::FleetPage::clusterRequested);
    QTest::mouseDClick(m_page->map()->viewport(), Qt::LeftButton, {},
                       m_page->map()->mapFromScene(unknown->rect.center()));
    QCOMPARE(requested.size(), 0);
}

void TestFleetPage::stoppedClusterUnreachableAndBack()
{
    makePage(
        {QStringLiteral("archive"), QStringLiteral("follower"), QStringLiteral("leader"), QStringLiteral("regional")});
    QVERIFY2(m_sandboxes->setArchiveDown(true), qPrintable(m_sandboxes->errorString()));
    QSignalSpy answered(m_fleet.get(), &FleetService::allAnswered);
    m_page->refresh();
    // Every row says it is refreshing until its cluster answers.
    QCOMPARE(cell(QStringLiteral("archive"), FleetModel::UpdatedColumn), QStringLiteral("Refreshing…"));
    QVERIFY(answered.wait(15000));
    QTest::qWait(20);
    QCOMPARE(cell(QStringLiteral("archive"), FleetModel::StateColumn), QStringLiteral("Unreachable"));
    QCOMPARE(cell(QStringLiteral("archive"), FleetModel::ActiveColumn), QStringLiteral("—"));
    QCOMPARE(cell(QStringLiteral("regional"), FleetModel::StateColumn), QStringLiteral("Reachable"));
    QCOMPARE(node(idOf(QStringLiteral("archive")))->detail, QStringLiteral("Unreachable"));
    QCOMPARE(node(idOf(QStringLiteral("archive")))->health, ui::FleetHealth::Level::Bad);
    QVERIFY(edge(QStringLiteral("regional"), QStringLiteral("archive"))); // still drawn, to its last known leader

    QVERIFY2(m_sandboxes->setArchiveDown(false), qPrintable(m_sandboxes->errorString()));
    QVERIFY(refreshAll());
    QCOMPARE(cell(QStringLiteral("archive"), FleetModel::StateColumn), QStringLiteral("Reachable"));
    QCOMPARE(node(idOf(QStringLiteral("archive")))->health, ui::FleetHealth::Level::Good);
}

void TestFleetPage::searchFiltersTheTable()
{
    makePage(
        {QStringLiteral("archive"), QStringLiteral("follower"), QStringLiteral("leader"), QStringLiteral("regional")});
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("ARCH"));
    // archive by name, regional by the remote it follows.
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("fleetCountLabel"))->text(), QStringLiteral("2 of 4 clusters"));
    m_page->searchEdit()->clear();
    QCOMPARE(m_page->proxy()->rowCount(), 4);
    // Sorted numerically by the paused count, most first.
    m_page->table()->sortByColumn(FleetModel::PausedColumn, Qt::DescendingOrder);
    QCOMPARE(m_page->proxy()->index(0, FleetModel::ConnectionColumn).data().toString(), QStringLiteral("follower"));
}

void TestFleetPage::doubleClickAndRightClickAskForTheCluster()
{
    makePage(
        {QStringLiteral("archive"), QStringLiteral("follower"), QStringLiteral("leader"), QStringLiteral("regional")});
    QSignalSpy cluster(m_page.get(), &ui::FleetPage::clusterRequested);
    QSignalSpy followers(m_page.get(), &ui::FleetPage::followersRequested);

    // A row of the table.
    QTableView* table = m_page->table();
    const QRect rowRect = table->visualRect(m_page->proxy()->index(3, FleetModel::ClusterColumn)); // regional
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
    QCOMPARE(cluster.size(), 1);
    QCOMPARE(cluster.takeFirst().at(0).toString(), idOf(QStringLiteral("regional")));

    // A node of the map.
    FleetTopologyView* map = m_page->map();
    QTest::mouseDClick(map->viewport(), Qt::LeftButton, {},
                       map->mapFromScene(node(idOf(QStringLiteral("leader")))->rect.center()));
    QCOMPARE(cluster.size(), 1);
    QCOMPARE(cluster.takeFirst().at(0).toString(), idOf(QStringLiteral("leader")));

    // Right-click on the arrow from "leader" into "follower": its menu shows that remote's followers.
    const QPoint at = map->mapFromScene(edge(QStringLiteral("follower"), QStringLiteral("leader"))->labelRect.center());
    const int hit = map->edgeAt(at);
    QVERIFY(hit >= 0);
    QCOMPARE(map->edges().at(hit).alias, QStringLiteral("leader"));
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, map->viewport()->mapToGlobal(at));
    QApplication::sendEvent(map->viewport(), &event);
    QTRY_VERIFY(map->edgeMenu());
    auto* show = map->edgeMenu()->findChild<QAction*>(QStringLiteral("showFollowersAction"));
    QVERIFY(show);
    QCOMPARE(show->text(), QStringLiteral("Show followers of leader"));
    show->trigger();
    QCOMPARE(followers.size(), 1);
    QCOMPARE(followers.at(0).at(0).toString(), idOf(QStringLiteral("follower")));
    QCOMPARE(followers.at(0).at(1).toString(), QStringLiteral("leader"));
    map->edgeMenu()->close();

    // The same from the keyboard: the table row's submenu of remotes.
    table->setCurrentIndex(m_page->proxy()->index(1, 0)); // follower
    emit m_page->followersMenu()->aboutToShow();
    const QList<QAction*> remotes = m_page->followersMenu()->actions();
    QCOMPARE(remotes.size(), 1);
    QCOMPARE(remotes.first()->text(), QStringLiteral("leader"));
    remotes.first()->trigger();
    QCOMPARE(followers.size(), 2);
    QCOMPARE(followers.at(1).at(0).toString(), idOf(QStringLiteral("follower")));
    QCOMPARE(followers.at(1).at(1).toString(), QStringLiteral("leader"));
}

void TestFleetPage::windowShowsTheFleetFirstAndOpensFollowers()
{
    test::GuiFixture fixture;
    ConnectionStore store(&fixture.settings());
    InMemorySecretStore secrets;
    for (const auto& [name, url] : {std::pair{QStringLiteral("follower"), m_sandboxes->followerUrl()},
                                    {QStringLiteral("leader"), m_sandboxes->leaderUrl()}}) {
        ConnectionProfile p = test::FleetSandboxes::connection(name, url);
        QVERIFY(store.save(p));
        m_profiles.append(p);
    }
    auto options = ui::SandboxLauncher::defaultOptions();
    options.tickIntervalMs = 0;
    options.workload = false;
    ui::MainWindow window(&store, &secrets, &m_network, options);
    ui::FleetLauncher* fleet = window.fleetLauncher();
    QVERIFY(fleet);
    QVERIFY(fleet->isShowingFleet()); // two saved connections: the fleet first
    QVERIFY(fleet->showAction()->isChecked());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(fleet->page()->map()->edges().size(), qsizetype(2), 15000);

    fleet->page()->followersRequested(idOf(QStringLiteral("follower")), QStringLiteral("leader"));
    QVERIFY(!fleet->isShowingFleet());
    QVERIFY(!fleet->showAction()->isChecked());
    QCOMPARE(window.connectionSelector()->currentProfileId(), idOf(QStringLiteral("follower")));
    ui::FollowersPage* followers = window.ccrPage()->followersPage();
    QCOMPARE(window.ccrPage()->currentWidget(), followers);
    QCOMPARE(followers->filterBar()->searchField()->text(), QStringLiteral("leader"));

    fleet->showAction()->trigger(); // back to the fleet
    QVERIFY(fleet->isShowingFleet());
    // File → Refresh refreshes the fleet while it is shown.
    QSignalSpy answered(fleet->service(), &FleetService::allAnswered);
    window.findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
    QVERIFY(answered.wait(15000));
    fleet->page()->clusterRequested(idOf(QStringLiteral("leader")));
    QCOMPARE(window.connectionSelector()->currentProfileId(), idOf(QStringLiteral("leader")));
    QCOMPARE(window.currentProfileId(), idOf(QStringLiteral("leader")));
    QVERIFY(!fleet->isShowingFleet());
}

QTEST_MAIN(TestFleetPage)
#include "tst_fleetpage.moc"
