// ListPageFrame: the parts every list tab shares, in order (toolbar, search row, banner, table | details or empty
// state), the banner and count hidden while empty, switching between table and empty state, and an empty panel with
// extra buttons in place of the bare empty state.
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ListPageFrame.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

using duper::ui::EmptyStateWidget;
using duper::ui::ListPageFrame;

class ListPageFrameTest : public QObject
{
    Q_OBJECT

private slots:
    void partsInOrder();
    void bannerAndCountHideWhileEmpty();
    void switchesBetweenTableAndEmptyState();
    void emptyPanelReplacesBareEmptyState();
};

void ListPageFrameTest::partsInOrder()
{
    ListPageFrame frame;
    auto* table = new QTableView;
    auto* details = new QTextBrowser;
    frame.setContent(table, details, 600, 300);
    frame.resize(1000, 500);
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    QCOMPARE(frame.splitter()->widget(0), table);
    QCOMPARE(frame.splitter()->widget(1), details);
    QVERIFY(!frame.splitter()->childrenCollapsible());
    QCOMPARE(frame.toolBar()->toolButtonStyle(), Qt::ToolButtonTextOnly);
    QVERIFY(frame.searchEdit()->isClearButtonEnabled());
    QVERIFY(frame.refreshControl()->isVisible());
    // Top to bottom: toolbar, search row (search, then the refresh control to its right), the stack.
    QVERIFY(frame.toolBar()->geometry().bottom() <= frame.searchEdit()->geometry().top());
    QVERIFY(frame.searchEdit()->geometry().right() < frame.refreshControl()->geometry().left());
    QVERIFY(frame.searchEdit()->geometry().bottom() <= frame.stack()->geometry().top());
    QVERIFY(table->width() > details->width());
}

void ListPageFrameTest::bannerAndCountHideWhileEmpty()
{
    ListPageFrame frame;
    frame.setContent(new QTableView, new QTextBrowser, 600, 300);
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    QVERIFY(!frame.banner()->isVisible());
    QVERIFY(!frame.countLabel()->isVisible());
    frame.setBannerText(QStringLiteral("The last refresh failed."));
    frame.setCountText(QStringLiteral("3 of 7"));
    QVERIFY(frame.banner()->isVisible());
    QCOMPARE(frame.banner()->text(), QStringLiteral("The last refresh failed."));
    QVERIFY(frame.banner()->wordWrap());
    QVERIFY(frame.countLabel()->isVisible());
    QVERIFY(frame.countLabel()->geometry().left() > frame.searchEdit()->geometry().right());
    QVERIFY(frame.countLabel()->geometry().right() < frame.refreshControl()->geometry().left());
    QVERIFY(frame.banner()->geometry().top() >= frame.searchEdit()->geometry().bottom());
    QVERIFY(frame.banner()->geometry().bottom() <= frame.stack()->geometry().top());
    frame.setBannerText({});
    frame.setCountText({});
    QVERIFY(!frame.banner()->isVisible());
    QVERIFY(!frame.countLabel()->isVisible());
}

void ListPageFrameTest::switchesBetweenTableAndEmptyState()
{
    ListPageFrame frame;
    auto* table = new QTableView;
    frame.setContent(table, new QTextBrowser, 600, 300);
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    frame.emptyState()->setContent(QStringLiteral("Nothing here"), QStringLiteral("Add something."),
                                   QStringLiteral("Add…"));
    frame.showEmptyState();
    QVERIFY(!frame.isShowingTable());
    QVERIFY(frame.emptyState()->isVisible());
    QVERIFY(!table->isVisible());
    frame.showTable();
    QVERIFY(frame.isShowingTable());
    QVERIFY(table->isVisible());
    QVERIFY(!frame.emptyState()->isVisible());
}

void ListPageFrameTest::emptyPanelReplacesBareEmptyState()
{
    ListPageFrame frame;
    frame.setContent(new QTableView, new QTextBrowser, 600, 300);
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->addWidget(frame.emptyState());
    auto* extra = new QPushButton(QStringLiteral("Follow many…"), panel);
    layout->addWidget(extra);
    frame.setEmptyPanel(panel);
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    frame.showEmptyState();
    QCOMPARE(frame.stack()->currentWidget(), panel);
    QVERIFY(frame.emptyState()->isVisible());
    QVERIFY(extra->isVisible());
    QCOMPARE(frame.stack()->count(), 2); // the table's splitter and the panel
    frame.showTable();
    QVERIFY(frame.isShowingTable());
    QVERIFY(!extra->isVisible());
}

QTEST_MAIN(ListPageFrameTest)
#include "tst_listpageframe.moc"
