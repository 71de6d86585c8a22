// How the Fleet page shares its height between the table and the map: the table as tall as its rows until the user
// drags the splitter, the map drawn whole without scroll bars where it fits at a legible scale.
#include "FleetSandboxes.h"
#include "GuiFixture.h"
#include "core/connections/InMemorySecretStore.h"
#include "core/connections/SessionSecretCache.h"
#include "core/fleet/FleetService.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/ErrorStyle.h"
#include "ui/fleet/FleetPage.h"
#include "ui/fleet/FleetProxyModel.h"
#include "ui/fleet/FleetTopologyView.h"

#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace duper;

class TestFleetPageLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tableFitsItsRowsUntilTheUserDragsTheSplitter();
    void draggedSplitterIsRestoredNextTime();

private:
    void makePage(QSettings* settings, const QSize& size);
    // Rows of the table that are not wholly in its viewport.
    int rowsCutOff() const;

    std::unique_ptr<test::FleetSandboxes> m_sandboxes;
    QNetworkAccessManager m_network;
    InMemorySecretStore m_secrets;
    SessionSecretCache m_cache;
    std::unique_ptr<FleetService> m_fleet;
    std::unique_ptr<ui::FleetPage> m_page;
};

void TestFleetPageLayout::initTestCase()
{
    ui::ErrorStyle::install();
    m_sandboxes = std::make_unique<test::FleetSandboxes>();
    QVERIFY2(m_sandboxes->start(), qPrintable(m_sandboxes->errorString()));
}

void TestFleetPageLayout::cleanup()
{
    m_page.reset();
    m_fleet.reset();
}

void TestFleetPageLayout::makePage(QSettings* settings, const QSize& size)
{
    FleetDependencies dependencies;
    dependencies.network = &m_network;
    dependencies.secrets = &m_secrets;
    dependencies.cache = &m_cache;
    m_fleet = std::make_unique<FleetService>(dependencies);
    m_fleet->setDeadline(5000);
    QList<ConnectionProfile> profiles;
    for (const QString& name :
         {QStringLiteral("archive"), QStringLiteral("follower"), QStringLiteral("leader"), QStringLiteral("regional")})
        profiles.append(test::FleetSandboxes::connection(name, m_sandboxes->urlOf(name)));
    m_fleet->setConnections(profiles);
    m_page = std::make_unique<ui::FleetPage>(m_fleet.get(), settings);
    m_page->refreshControl()->setIntervalMs(0);
    m_page->resize(size);
    QSignalSpy answered(m_fleet.get(), &FleetService::allAnswered);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(answered.wait(15000));
    QTRY_COMPARE(m_page->map()->nodes().size(), qsizetype(4));
}

int TestFleetPageLayout::rowsCutOff() const
{
    const QTableView* table = m_page->table();
    int cut = 0;
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
        const QRect rect = table->visualRect(m_page->proxy()->index(row, 0));
        if (rect.isEmpty() || !table->viewport()->rect().contains(rect))
            ++cut;
    }
    return cut;
}

void TestFleetPageLayout::tableFitsItsRowsUntilTheUserDragsTheSplitter()
{
    makePage(nullptr, QSize(900, 520));
    QTRY_COMPARE(rowsCutOff(), 0);
    // Not more than the rows need: the map has the rest, and at this size draws itself whole.
    const QTableView* table = m_page->table();
    const QRect lastRow = table->visualRect(m_page->proxy()->index(m_page->proxy()->rowCount() - 1, 0));
    QVERIFY2(table->viewport()->height() - lastRow.bottom() <= 2, qPrintable(QString::number(lastRow.bottom())));
    QTRY_VERIFY(!m_page->map()->verticalScrollBar()->isVisible());
    QVERIFY(!m_page->map()->horizontalScrollBar()->isVisible());

    // The window grows: the map takes it all.
    const int tableHeight = table->height();
    m_page->resize(900, 800);
    QTRY_COMPARE(m_page->height(), 800);
    QCOMPARE(table->height(), tableHeight);

    // Dragged by the user, the splitter stays where it was put.
    QSplitterHandle* handle = m_page->splitter()->handle(1);
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, grip);
    QTest::mouseMove(handle, grip + QPoint(0, 60));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, grip + QPoint(0, 60));
    QTRY_VERIFY(table->height() > tableHeight + 30);
    const int dragged = table->height();
    m_page->resize(900, 700);
    QTRY_COMPARE(m_page->height(), 700);
    QCOMPARE(table->height(), dragged);
}

void TestFleetPageLayout::draggedSplitterIsRestoredNextTime()
{
    test::GuiFixture fixture;
    makePage(&fixture.settings(), QSize(900, 700));
    const int fitted = m_page->table()->height();
    m_page.reset(); // untouched: nothing saved, the next page fits its rows again
    makePage(&fixture.settings(), QSize(900, 700));
    QCOMPARE(m_page->table()->height(), fitted);

    m_page->splitter()->setSizes({fitted + 100, m_page->splitter()->height() - fitted - 100});
    emit m_page->splitter()->splitterMoved(fitted + 100, 1); // as a drag of the handle does
    m_page.reset();
    makePage(&fixture.settings(), QSize(900, 700));
    QCOMPARE(m_page->table()->height(), fitted + 100);
    m_page.reset(); // saves into the fixture's settings, which go with it
}

QTEST_MAIN(TestFleetPageLayout)
#include "tst_fleetpagelayout.moc"
