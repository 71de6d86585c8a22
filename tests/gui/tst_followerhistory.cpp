// The replication history in the window: the details panel's charts drawn from stored points (values compared), the
// chosen window, markers, hover texts and an unusable store said in words; the table's lag sparklines fed from the
// store while the table is on screen.
#include "GuiFixture.h"
#include "core/followers/FollowerSnapshot.h"
#include "history/HistoryStore.h"
#include "history/LagTrendFeed.h"
#include "ui/followers/FollowerHistoryBinding.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/FollowersPage.h"
#include "ui/history/FollowerHistoryView.h"
#include "ui/history/HistoryChartView.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace duper;
using duper::ui::FollowerHistoryView;
using duper::ui::FollowerTableModel;
using duper::ui::HistoryChartView;

namespace {

constexpr qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
const QString kConnection = QStringLiteral("c");

FollowerSample sample(const QString& follower, qint64 lag, FollowerState state = FollowerState::Active,
                      const QString& error = {})
{
    FollowerSample result;
    result.follower = follower;
    result.lag = lag;
    result.operationsPerSecond = double(lag) / 4.0;
    result.timeSinceLastReadMs = 1500;
    result.state = state;
    result.errorText = error;
    return result;
}

QList<QPointF> linePoints(HistoryChartView* view)
{
    QList<QPointF> points;
    for (QAbstractSeries* series : view->chart()->series()) {
        if (series->objectName() == QLatin1String("line"))
            points += static_cast<QLineSeries*>(series)->points();
    }
    return points;
}

int seriesNamed(HistoryChartView* view, const QString& name)
{
    int count = 0;
    for (QAbstractSeries* series : view->chart()->series())
        count += series->objectName() == name ? 1 : 0;
    return count;
}

} // namespace

class TestFollowerHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void chartsShowTheStoredFigures();
    void narrowChartsWrapTheTitleAndSpaceTheTimeLabels();
    void windowsAndLiveUpdates();
    void unusableStoreIsSaidInWords();
    void sparklinesFollowTheStoreWhileTheTableIsShown();

private:
    void write(const QList<FollowerSample>& samples, qint64 atMs);
    // Shows `follower` of the test's store in `view` and waits for its charts.
    void showFollower(FollowerHistoryView& view, const QString& follower);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    qint64 m_now = t0;
};

void TestFollowerHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = t0; // the clock follows the batches written (the store rolls up complete minutes before "now")
    m_store = std::make_unique<HistoryStore>(m_dir->filePath(QStringLiteral("history.sqlite")), HistoryLimits{},
                                             [this] { return m_now; });
    QSignalSpy opened(m_store.get(), &HistoryStore::opened);
    m_store->open();
    QVERIFY(opened.wait(10000));
}

void TestFollowerHistory::write(const QList<FollowerSample>& samples, qint64 atMs)
{
    QSignalSpy written(m_store.get(), &HistoryStore::batchWritten);
    m_now = atMs;
    m_store->record(HistoryBatch{kConnection, atMs, samples});
    QVERIFY(written.wait(10000));
}

void TestFollowerHistory::showFollower(FollowerHistoryView& view, const QString& follower)
{
    view.setStore(m_store.get());
    view.setConnectionId(kConnection);
    view.show();
    QSignalSpy updated(&view, &FollowerHistoryView::chartsUpdated);
    view.showFollower(follower);
    QVERIFY(updated.wait(10000));
}

void TestFollowerHistory::chartsShowTheStoredFigures()
{
    const QString timeout = QStringLiteral("Shard 0: connect timed out");
    write({sample(QStringLiteral("orders"), 120)}, t0 + 10 * minute);
    write({sample(QStringLiteral("orders"), 60, FollowerState::Active, timeout)}, t0 + 10 * minute + 10 * second);
    write({sample(QStringLiteral("orders"), 8)}, t0 + 10 * minute + 20 * second);

    FollowerHistoryView view;
    view.resize(420, 640);
    showFollower(view, QStringLiteral("orders"));
    QSignalSpy updated(&view, &FollowerHistoryView::chartsUpdated);

    const qint64 at = t0 + 10 * minute;
    QCOMPARE(linePoints(view.lagChart()),
             (QList<QPointF>{{double(at), 120}, {double(at + 10 * second), 60}, {double(at + 20 * second), 8}}));
    QCOMPARE(linePoints(view.operationsChart()).at(1), QPointF(double(at + 10 * second), 15));
    QCOMPARE(linePoints(view.lastReadChart()).at(2).y(), 1.5);            // seconds
    QCOMPARE(seriesNamed(view.lagChart(), QStringLiteral("band")), 0);    // raw refreshes: no band
    QCOMPARE(seriesNamed(view.lagChart(), QStringLiteral("markers")), 2); // errors appeared, then cleared
    QCOMPARE(view.lagChart()->shownChart().yMax(), 150.0);

    // Hovering names the exact figures of the closest refresh and the marker there.
    view.lagChart()->resize(400, 160);
    const QString hover = view.lagChart()->hoverText(at + 10 * second);
    QVERIFY2(hover.contains(QStringLiteral("Lag: 60 operations")), qPrintable(hover));
    QVERIFY2(hover.contains(timeout), qPrintable(hover));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("historyStatusLabel"))->isHidden());
    QVERIFY(!view.lagChart()->isHidden());

    // Another follower without figures: empty charts and a sentence.
    view.showFollower(QStringLiteral("logs"));
    QVERIFY(updated.wait(10000));
    QVERIFY(linePoints(view.lagChart()).isEmpty());
    QVERIFY(
        view.findChild<QLabel*>(QStringLiteral("historyStatusLabel"))->text().contains(QStringLiteral("No figures")));
}

void TestFollowerHistory::narrowChartsWrapTheTitleAndSpaceTheTimeLabels()
{
    write({sample(QStringLiteral("orders"), 4000)}, t0 + 10 * minute);
    write({sample(QStringLiteral("orders"), 20)}, t0 + 50 * minute);
    FollowerHistoryView view;
    showFollower(view, QStringLiteral("orders"));

    // Outside the panel's layout, so the sizes below stay as set.
    HistoryChartView standalone;
    HistoryChartView* chart = &standalone;
    chart->showChart(view.lastReadChart()->shownChart(), QStringLiteral("Time since last read (seconds)"),
                     QStringLiteral("Time since last read"));
    chart->show();
    auto* timeAxis = qobject_cast<QDateTimeAxis*>(chart->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(timeAxis);
    const QFontMetrics labels(timeAxis->labelsFont());
    const QFontMetrics titles(chart->chart()->titleFont());
    int wideTicks = 0;
    for (const int width : {600, 190}) {
        chart->resize(width, 160);
        QTest::qWait(20); // the chart lays its plot area out on the next turn of the event loop
        // Each time label has its full width between it and the next (Qt elides a label with less room).
        const QString label = QDateTime::fromMSecsSinceEpoch(chart->shownChart().toMs()).toString(timeAxis->format());
        const double room = chart->chart()->plotArea().width() / (timeAxis->tickCount() - 1);
        QVERIFY2(room >= labels.horizontalAdvance(label),
                 qPrintable(QStringLiteral("%1 px wide: %2 ticks, %3 px for “%4”")
                                .arg(width)
                                .arg(timeAxis->tickCount())
                                .arg(room)
                                .arg(label)));
        // Every line of the title fits; at 190 px "Time since last read (seconds)" takes two.
        const QStringList lines = chart->titleLines();
        for (const QString& line : lines)
            QVERIFY2(titles.horizontalAdvance(line) <= width, qPrintable(line));
        if (width == 600) {
            wideTicks = timeAxis->tickCount();
            QCOMPARE(lines.size(), 1);
        } else {
            QVERIFY(lines.size() > 1);
            QVERIFY(timeAxis->tickCount() < wideTicks);
        }
    }
    // A title without spaces (Chinese, Japanese) breaks between characters.
    const QString chinese = QStringLiteral("最后一次读取以来经过的时间（秒）");
    chart->showChart(chart->shownChart(), chinese, chinese);
    QVERIFY(titles.horizontalAdvance(chinese) > 190);
    const QStringList lines = chart->titleLines();
    QVERIFY2(lines.size() > 1, qPrintable(chart->chart()->title()));
    QCOMPARE(chart->chart()->title(), lines.join(QStringLiteral("<br>"))); // what the chart draws
    QCOMPARE(lines.join(QString()), chinese);
    for (const QString& line : lines)
        QVERIFY2(titles.horizontalAdvance(line) <= 190, qPrintable(line));
}

void TestFollowerHistory::windowsAndLiveUpdates()
{
    for (int i = 0; i < 12; ++i) // the follower's last two minutes, a refresh every 10 s
        write({sample(QStringLiteral("orders"), 100 + i)}, t0 + 13 * minute + i * 10 * second);
    FollowerHistoryView view;
    showFollower(view, QStringLiteral("orders"));
    QSignalSpy updated(&view, &FollowerHistoryView::chartsUpdated);
    QCOMPARE(linePoints(view.lagChart()).size(), qsizetype(12));

    // A new refresh appears without the user doing anything.
    m_now = t0 + 15 * minute;
    write({sample(QStringLiteral("orders"), 500)}, t0 + 15 * minute);
    QVERIFY(updated.wait(10000));
    QCOMPARE(linePoints(view.lagChart()).last(), QPointF(double(t0 + 15 * minute), 500));

    // The 24-hour window reads per-minute rows: a band from lowest to highest of each minute.
    m_store->maintainNow();
    auto* box = view.findChild<QComboBox*>(QStringLiteral("historyWindowBox"));
    QCOMPARE(box->count(), 5);
    box->setCurrentIndex(2);
    emit box->activated(2);
    QCOMPARE(view.window(), HistoryWindow::Last24Hours);
    QVERIFY(updated.wait(10000));
    QCOMPARE(view.lagChart()->shownChart().toMs() - view.lagChart()->shownChart().fromMs(), 24 * 60 * minute);
    const QList<QPointF> minutes = linePoints(view.lagChart());
    QVERIFY2(!minutes.isEmpty() && minutes.size() <= 3, qPrintable(QString::number(minutes.size())));
    QCOMPARE(view.lagChart()->shownChart().segments().first().first().refreshes, 6);
    QCOMPARE(view.lagChart()->shownChart().segments().first().first().max, 105.0);
}

void TestFollowerHistory::unusableStoreIsSaidInWords()
{
    const QString path = m_dir->filePath(QStringLiteral("corrupt.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    HistoryStore corrupt(path);
    QSignalSpy disabled(&corrupt, &HistoryStore::disabled);
    FollowerHistoryView view;
    view.setStore(&corrupt);
    view.setConnectionId(kConnection);
    view.show();
    view.showFollower(QStringLiteral("orders"));
    corrupt.open();
    QVERIFY(disabled.wait(10000));
    auto* status = view.findChild<QLabel*>(QStringLiteral("historyStatusLabel"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("Replication history is off: ")));
    QVERIFY(!status->isHidden());
    QVERIFY(view.lagChart()->isHidden()); // the sentence alone, no empty charts
    QVERIFY(view.lastReadChart()->isHidden());
}

void TestFollowerHistory::sparklinesFollowTheStoreWhileTheTableIsShown()
{
    test::GuiFixture fixture;
    auto options = test::SandboxClient::defaultOptions();
    options.followers = 6;
    QVERIFY2(fixture.startSandbox(options), qPrintable(fixture.errorString()));
    fixture.sandbox().sandbox().advance(2);
    ui::FollowersPage page(&fixture.settings());
    page.setHistoryStore(m_store.get());
    page.setSession(fixture.session(kConnection));
    page.resize(1400, 700);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
    const QString name = page.model()->rowAt(0)->name;
    QCOMPARE(page.model()->index(0, FollowerTableModel::LagTrendColumn).data().toString(), QString(QChar(0x2014)));

    for (int m = 0; m < 10; ++m)
        write({sample(name, m * 100)}, t0 + (5 + m) * minute);
    const QModelIndex cell = page.model()->index(page.model()->rowOf(name), FollowerTableModel::LagTrendColumn);
    // Answers may arrive while writes go on: wait for the one that has them all.
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->lagSparkline(name).points().size(), qsizetype(10), 10000);
    const auto line = cell.data(FollowerTableModel::LagSparklineRole).value<LagSparkline>();
    QCOMPARE(line.points().size(), qsizetype(10));
    QCOMPARE(line.highest(), qint64(900));
    QCOMPARE(line.direction(), LagSparkline::Direction::Rising);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Lag over the last hour: 0 to 900 operations, rising"));
    QVERIFY(cell.data().toString().isEmpty()); // the delegate draws it

    // Hidden, the table asks nothing; shown again, it catches up.
    auto* feed = page.findChild<ui::FollowerHistoryBinding*>()->feed();
    page.hide();
    QVERIFY(feed->isPaused());
    QSignalSpy asked(m_store.get(), &HistoryStore::recentLagReady);
    write({sample(name, 50)}, t0 + 15 * minute);
    QTest::qWait(200);
    QCOMPARE(asked.size(), 0);
    page.show();
    QVERIFY(!feed->isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->lagSparkline(name).points().size(), qsizetype(11), 10000);
}

QTEST_MAIN(TestFollowerHistory)
#include "tst_followerhistory.moc"
