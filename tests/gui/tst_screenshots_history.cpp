// The replication history as users see it: the follower table's lag sparklines and the details panel's charts after an
// hour of bursty lag with a pause and read errors, light and dark. PNGs in $DUPER_SCREENSHOT_DIR, else
// /tmp/duper-history; not committed, look at them after a change to the charts.
#include "DarkPalette.h"
#include "GuiFixture.h"
#include "core/followers/FollowerSnapshot.h"
#include "core/i18n/TranslationLoader.h"
#include "history/HistoryStore.h"
#include "ui/common/ErrorStyle.h"
#include "ui/followers/FollowerDetailsPanel.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/FollowersPage.h"
#include "ui/history/FollowerHistoryView.h"
#include "ui/history/HistoryChartView.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace duper;

class TestHistoryScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsAndSparklinesLightAndDark();

private:
    // English plural forms ("1 pattern"), as the window shows them.
    duper::TranslationLoader m_translations;
    QString m_outDir;
};

void TestHistoryScreenshots::initTestCase()
{
    m_translations.apply(QStringLiteral("en"));
    ui::ErrorStyle::install();
    m_outDir = qEnvironmentVariable("DUPER_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("duper-history")));
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestHistoryScreenshots::chartsAndSparklinesLightAndDark()
{
    test::GuiFixture fixture;
    auto options = test::SandboxClient::defaultOptions();
    options.followers = 6;
    QVERIFY2(fixture.startSandbox(options), qPrintable(fixture.errorString()));
    fixture.sandbox().sandbox().advance(2);
    HistoryStore store(fixture.filePath(QStringLiteral("history.sqlite")));
    QSignalSpy opened(&store, &HistoryStore::opened);
    store.open();
    QVERIFY(opened.wait(10000));

    ui::FollowersPage page(&fixture.settings());
    page.setHistoryStore(&store);
    page.setSession(fixture.session(QStringLiteral("c")));
    page.resize(1600, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 10000);
    QStringList names;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        names << page.model()->rowAt(row)->name;

    // An hour at one refresh every 10 s: each follower's lag rises and drains in bursts of its own; the first one is
    // paused for five minutes and has read errors for two.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSignalSpy written(&store, &HistoryStore::batchWritten);
    const int refreshes = 360;
    for (int i = 0; i < refreshes; ++i) {
        HistoryBatch batch{QStringLiteral("c"), now - (refreshes - i) * 10000LL, {}};
        for (qsizetype f = 0; f < names.size(); ++f) {
            FollowerSample sample;
            sample.follower = names[f];
            const double wave = std::max(0.0, std::sin((i + f * 37) / (18.0 + f * 3)));
            const bool paused = f == 0 && i >= 200 && i < 230;
            if (!paused) {
                sample.lag = qint64(wave * wave * (4000 + f * 1500));
                sample.operationsPerSecond = 250 + 180 * std::cos(i / 11.0 + f);
                sample.timeSinceLastReadMs = 300 + qint64(wave * 9000);
            }
            sample.state = paused ? FollowerState::Paused : FollowerState::Active;
            if (f == 0 && i >= 280 && i < 292)
                sample.errorText = QStringLiteral("Shard 0: connect_transport_exception: connect timed out");
            batch.samples.append(sample);
        }
        store.record(batch);
    }
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), refreshes, 30000);

    page.selectFollower(names.first());
    ui::FollowerHistoryView* charts = page.detailsPanel()->historyView();
    QTRY_VERIFY_WITH_TIMEOUT(charts->lagChart() && !charts->lagChart()->shownChart().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->lagSparkline(names.first()).isEmpty(), 10000);
    // Scrolled down to the charts, as a user who opens the details does.
    auto* scroll = page.detailsPanel()->findChild<QScrollArea*>(QStringLiteral("detailsScrollArea"));
    scroll->ensureWidgetVisible(charts, 0, 0);
    QTest::qWait(200);

    const QPalette light = QApplication::palette();
    for (const QSize size : {QSize(1000, 640), QSize(1600, 1000)}) {
        page.resize(size);
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? test::darkPalette() : light);
            QTest::qWait(150);
            const QString suffix = QStringLiteral("%1x%2-%3.png")
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
            const QString pagePath = QDir(m_outDir).filePath(QStringLiteral("history-page-") + suffix);
            QVERIFY(page.grab().save(pagePath, "PNG"));
            qInfo("screenshot: %s", qPrintable(pagePath));
        }
    }
    // The whole history group, unclipped by the scroll area.
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? test::darkPalette() : light);
        QTest::qWait(150);
        charts->resize(420, charts->sizeHint().height());
        const QString path = QDir(m_outDir).filePath(
            QStringLiteral("history-charts-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        QVERIFY(charts->grab().save(path, "PNG"));
        qInfo("screenshot: %s", qPrintable(path));
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestHistoryScreenshots)
#include "tst_screenshots_history.moc"
