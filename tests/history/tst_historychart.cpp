// What a history chart draws, worked out from stored points: lines broken at gaps and where a paused follower had no
// figure, seconds for the time since the last read, a band for per-minute points, thinning of long windows, round
// axes, markers for status changes and errors, and what the pointer is nearest to.
#include "history/HistoryChart.h"
#include "history/LagSparkline.h"

#include <QTest>

using namespace duper;

namespace {

constexpr qint64 t0 = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;

HistoryPoint raw(qint64 atMs, std::optional<double> lag, double rate = 0, double sinceReadMs = 0)
{
    HistoryPoint point;
    point.atMs = atMs;
    if (lag) {
        point.lag = HistoryRange{*lag, *lag, *lag};
        point.operationsPerSecond = HistoryRange{rate, rate, rate};
        point.timeSinceLastReadMs = HistoryRange{sinceReadMs, sinceReadMs, sinceReadMs};
    }
    return point;
}

HistorySeries rawSeries(const QList<HistoryPoint>& points)
{
    HistorySeries series = HistorySeries::emptyWindow(QStringLiteral("c"), QStringLiteral("orders"),
                                                      HistoryWindow::Last15Minutes, t0 + 15 * minute);
    series.points = points;
    return series;
}

} // namespace

class HistoryChartTest : public QObject
{
    Q_OBJECT

private slots:
    void linesFollowTheStoredValues();
    void breaksAtGapsAndMissingFigures();
    void timeSinceLastReadInSeconds();
    void perMinutePointsDrawABand();
    void longWindowsAreThinnedKeepingExtremes();
    void axesAreRound();
    void markersForStatusChangesAndErrors();
    void nearestSampleAndMarker();
    void sparklineKeepsSpikesAndReadsTheTrend();
};

void HistoryChartTest::linesFollowTheStoredValues()
{
    const HistoryChart chart = HistoryChart::build(
        rawSeries({raw(t0, 120), raw(t0 + 10 * second, 60), raw(t0 + 20 * second, 0)}), HistoryMetric::Lag);
    QCOMPARE(chart.segments().size(), qsizetype(1));
    const HistoryChart::Segment& line = chart.segments().first();
    QCOMPARE(line.size(), qsizetype(3));
    QCOMPARE(line[0], (HistoryChart::Sample{t0, 120, 120, 120, 1}));
    QCOMPARE(line[1].avg, 60.0);
    QCOMPARE(line[2].atMs, t0 + 20 * second);
    QVERIFY(!chart.hasBand());
    QCOMPARE(chart.fromMs(), t0);
    QCOMPARE(chart.toMs(), t0 + 15 * minute);
}

void HistoryChartTest::breaksAtGapsAndMissingFigures()
{
    // Refreshes every 10 s; Duper was closed for five minutes, then the follower was paused (no lag) for one refresh.
    const HistoryChart chart = HistoryChart::build(
        rawSeries({raw(t0, 1), raw(t0 + 10 * second, 2), raw(t0 + 20 * second, 3), raw(t0 + 320 * second, 4),
                   raw(t0 + 330 * second, 5), raw(t0 + 340 * second, {}), raw(t0 + 350 * second, 7)}),
        HistoryMetric::Lag);
    QCOMPARE(chart.gapMs(), 30 * second); // three refreshes, at least 30 s
    QCOMPARE(chart.segments().size(), qsizetype(3));
    QCOMPARE(chart.segments()[0].size(), qsizetype(3));
    QCOMPARE(chart.segments()[1].size(), qsizetype(2));
    QCOMPARE(chart.segments()[2].first().avg, 7.0);
}

void HistoryChartTest::timeSinceLastReadInSeconds()
{
    const HistoryChart chart = HistoryChart::build(
        rawSeries({raw(t0, 10, 2.5, 1500), raw(t0 + 10 * second, 10, 3.5, 45000)}), HistoryMetric::TimeSinceLastRead);
    QCOMPARE(chart.segments().first()[0].avg, 1.5);
    QCOMPARE(chart.segments().first()[1].max, 45.0);
    const HistoryChart rate =
        HistoryChart::build(rawSeries({raw(t0, 10, 2.5, 1500)}), HistoryMetric::OperationsPerSecond);
    QCOMPARE(rate.segments().first()[0].avg, 2.5);
}

void HistoryChartTest::perMinutePointsDrawABand()
{
    HistorySeries series = HistorySeries::emptyWindow(QStringLiteral("c"), QStringLiteral("orders"),
                                                      HistoryWindow::Last24Hours, t0 + 24 * 60 * minute);
    for (int m = 0; m < 5; ++m) {
        HistoryPoint point;
        point.atMs = t0 + m * minute;
        point.samples = 6;
        point.lag = HistoryRange{double(m), 10.0 + m, 50.0 + m};
        series.points.append(point);
    }
    const HistoryChart chart = HistoryChart::build(series, HistoryMetric::Lag);
    QVERIFY(chart.hasBand());
    QCOMPARE(chart.gapMs(), 3 * minute);
    QCOMPARE(chart.segments().first()[2], (HistoryChart::Sample{t0 + 2 * minute, 2, 12, 52, 6}));
}

void HistoryChartTest::longWindowsAreThinnedKeepingExtremes()
{
    // Thirty days of minutes are 43,200 points; the chart keeps at most 1,500 samples.
    HistorySeries series = HistorySeries::emptyWindow(QStringLiteral("c"), QStringLiteral("orders"),
                                                      HistoryWindow::Last30Days, t0 + 30LL * 24 * 60 * minute);
    series.fromMs = t0;
    for (qint64 m = 0; m < 30LL * 24 * 60; ++m) {
        HistoryPoint point;
        point.atMs = t0 + m * minute;
        point.samples = 6;
        const double lag = m == 20000 ? 99999 : 100;
        point.lag = HistoryRange{lag == 99999 ? 0 : 100.0, lag, lag};
        series.points.append(point);
    }
    const HistoryChart chart = HistoryChart::build(series, HistoryMetric::Lag);
    QCOMPARE(chart.segments().size(), qsizetype(1));
    QVERIFY(chart.segments().first().size() <= 1500);
    QVERIFY(chart.segments().first().size() >= 1400);
    double highest = 0;
    double lowest = 1e9;
    int refreshes = 0;
    for (const HistoryChart::Sample& sample : chart.segments().first()) {
        highest = std::max(highest, sample.max);
        lowest = std::min(lowest, sample.min);
        refreshes += sample.refreshes;
    }
    QCOMPARE(highest, 99999.0); // the one-minute spike survives
    QCOMPARE(lowest, 0.0);
    QCOMPARE(refreshes, 30 * 24 * 60 * 6);
    QCOMPARE(chart.yMax(), 100000.0);
}

void HistoryChartTest::axesAreRound()
{
    double yMax = 0;
    int ticks = 0;
    HistoryChart::niceAxis(0, 6, &yMax, &ticks);
    QCOMPARE(yMax, 1.0);
    QCOMPARE(ticks, 2);
    HistoryChart::niceAxis(7, 6, &yMax, &ticks);
    QCOMPARE(yMax, 8.0); // steps of 2
    QCOMPARE(ticks, 5);
    HistoryChart::niceAxis(1234, 6, &yMax, &ticks);
    QCOMPARE(yMax, 1500.0); // steps of 500
    QCOMPARE(ticks, 4);
    HistoryChart::niceAxis(0.37, 6, &yMax, &ticks);
    QCOMPARE(yMax, 0.4); // operations per second below one
    QCOMPARE(ticks, 5);
    HistoryChart::niceAxis(100000, 6, &yMax, &ticks);
    QCOMPARE(yMax, 100000.0);
    QCOMPARE(ticks, 6);
}

void HistoryChartTest::markersForStatusChangesAndErrors()
{
    HistorySeries series = rawSeries({raw(t0, 1)});
    const QString timeout = QStringLiteral("Shard 0: timeout");
    series.events = {HistoryEvent{t0, FollowerState::Active, {}},
                     HistoryEvent{t0 + 10 * second, FollowerState::Active, timeout},
                     HistoryEvent{t0 + 20 * second, FollowerState::Active, {}},
                     HistoryEvent{t0 + 30 * second, FollowerState::Paused, {}},
                     HistoryEvent{t0 + 40 * second, FollowerState::Active, {}},
                     HistoryEvent{t0 + 50 * second, FollowerState::Error, QStringLiteral("fatal")}};
    const HistoryChart chart = HistoryChart::build(series, HistoryMetric::Lag);
    using Kind = HistoryChart::MarkerKind;
    const QList<HistoryChart::Marker> expected{{t0 + 10 * second, Kind::ReadErrors, timeout},
                                               {t0 + 20 * second, Kind::ErrorsCleared, {}},
                                               {t0 + 30 * second, Kind::Paused, {}},
                                               {t0 + 40 * second, Kind::Resumed, {}},
                                               {t0 + 50 * second, Kind::Failed, QStringLiteral("fatal")}};
    QCOMPARE(chart.markers(), expected);

    // A window that starts with a paused follower marks it.
    series.events = {HistoryEvent{t0, FollowerState::Paused, {}}};
    QCOMPARE(HistoryChart::build(series, HistoryMetric::Lag).markers().size(), qsizetype(1));
}

void HistoryChartTest::nearestSampleAndMarker()
{
    HistorySeries series = rawSeries({raw(t0, 1), raw(t0 + 10 * second, 2), raw(t0 + 100 * second, 3)});
    series.events = {HistoryEvent{t0 + 50 * second, FollowerState::Paused, {}}};
    const HistoryChart chart = HistoryChart::build(series, HistoryMetric::Lag);
    QCOMPARE(chart.sampleNear(t0 + 6 * second, 5 * second)->avg, 2.0);
    QCOMPARE(chart.sampleNear(t0 + 4 * second, 5 * second)->avg, 1.0);
    QVERIFY(!chart.sampleNear(t0 + 55 * second, 5 * second)); // over the gap
    QCOMPARE(chart.sampleNear(t0 + 99 * second, 5 * second)->avg, 3.0);
    QCOMPARE(chart.markerNear(t0 + 52 * second, 5 * second)->kind, HistoryChart::MarkerKind::Paused);
    QVERIFY(!chart.markerNear(t0 + 60 * second, 5 * second));
    QVERIFY(!HistoryChart::build(rawSeries({}), HistoryMetric::Lag).sampleNear(t0, minute));
}

void HistoryChartTest::sparklineKeepsSpikesAndReadsTheTrend()
{
    const qint64 from = t0;
    const qint64 to = t0 + 60 * minute;
    QList<LagPoint> rising;
    for (int m = 0; m < 60; ++m)
        rising.append({from + m * minute, m < 30 ? 10 : 10 + (m - 30) * 100});
    const LagSparkline up = LagSparkline::build(rising, from, to, 20);
    QCOMPARE(up.points().size(), qsizetype(20));
    QCOMPARE(up.highest(), qint64(2910));
    QCOMPARE(up.lowest(), qint64(10));
    QCOMPARE(up.latest(), qint64(2910));
    QCOMPARE(up.direction(), LagSparkline::Direction::Rising);
    QCOMPARE(up.points().last().y(), 1.0);
    QVERIFY(up.points().first().y() < 0.01);
    for (const QPointF& point : up.points())
        QVERIFY(point.x() >= 0 && point.x() <= 1);

    QList<LagPoint> spike;
    for (int m = 0; m < 60; ++m)
        spike.append({from + m * minute, m == 17 ? 500 : 5});
    const LagSparkline oneSpike = LagSparkline::build(spike, from, to, 6); // ten minutes a bucket
    QCOMPARE(oneSpike.points()[1].y(), 1.0);
    QCOMPARE(oneSpike.direction(), LagSparkline::Direction::Steady);

    QList<LagPoint> falling;
    for (int m = 0; m < 60; ++m)
        falling.append({from + m * minute, 6000 - m * 100});
    QCOMPARE(LagSparkline::build(falling, from, to, 60).direction(), LagSparkline::Direction::Falling);
    QVERIFY(LagSparkline::build({}, from, to, 60).isEmpty());
    // All zero: a flat line at the bottom, not a division by zero.
    const LagSparkline flat = LagSparkline::build({{from, 0}, {from + 2 * minute, 0}}, from, to, 60);
    QCOMPARE(flat.points().size(), qsizetype(2));
    QCOMPARE(flat.points().first().y(), 0.0);
}

QTEST_APPLESS_MAIN(HistoryChartTest)
#include "tst_historychart.moc"
