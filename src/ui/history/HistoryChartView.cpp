#include "ui/history/HistoryChartView.h"

#include "ui/history/HistoryMarkerStyle.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QTextLayout>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace duper::ui {

namespace {

constexpr int hoverReachPixels = 8;
// Vertical lines beyond this many markers would hide the figures; the dots along the top still show every one.
constexpr int maximumMarkerLines = 40;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QList<QPointF> toPoints(const HistoryChart::Segment& segment, double HistoryChart::Sample::*figure)
{
    QList<QPointF> points;
    points.reserve(segment.size());
    for (const HistoryChart::Sample& sample : segment)
        points.append(QPointF(double(sample.atMs), sample.*figure));
    return points;
}

// Room between two time labels, and the chart's own margins and the value axis's line and ticks beside its labels.
constexpr int timeLabelGapPixels = 14;
constexpr int plotChromePixels = 28;
constexpr int mostTimeTicks = 5;

// `text` in lines of at most `width`: one line when it fits, else broken where the script allows (between words;
// between characters in Chinese and Japanese).
QStringList linesFitting(const QString& text, const QFont& font, int width)
{
    if (QFontMetrics(font).horizontalAdvance(text) <= width)
        return {text};
    QTextLayout layout(text, font);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

HistoryChartView::HistoryChartView(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    // Narrow enough for the details panel beside a table at 1000 px; the chart's own hint would force a scroll bar.
    setMinimumSize(180, 150);
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setObjectName(QStringLiteral("timeAxis"));
    m_timeAxis->setTickCount(mostTimeTicks);
    m_valueAxis = new QValueAxis(chart);
    m_valueAxis->setObjectName(QStringLiteral("valueAxis"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    setChart(chart);
    m_format = [](double value) { return QLocale().toString(value, 'f', 0); };
    applyPalette();
}

void HistoryChartView::showChart(const HistoryChart& chart, const QString& title, const QString& figureName)
{
    m_shown = chart;
    m_title = title;
    m_figureName = figureName;
    rebuild();
}

void HistoryChartView::rebuild()
{
    QChart* target = chart();
    target->removeAllSeries();
    const QPalette& colors = palette();
    const QColor lineColor = colors.color(QPalette::Highlight);
    QColor bandColor = lineColor;
    bandColor.setAlpha(70);

    auto attach = [&](QAbstractSeries* series) {
        target->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    };
    for (const HistoryChart::Segment& segment : m_shown.segments()) {
        if (m_shown.hasBand()) {
            auto* upper = new QLineSeries;
            upper->append(toPoints(segment, &HistoryChart::Sample::max));
            auto* lower = new QLineSeries;
            lower->append(toPoints(segment, &HistoryChart::Sample::min));
            auto* band = new QAreaSeries(upper, lower);
            upper->setParent(band);
            lower->setParent(band);
            band->setObjectName(QStringLiteral("band"));
            band->setBrush(bandColor);
            band->setPen(Qt::NoPen);
            attach(band);
        }
        auto* line = new QLineSeries;
        line->setObjectName(QStringLiteral("line"));
        line->append(toPoints(segment, &HistoryChart::Sample::avg));
        line->setPen(QPen(lineColor, 2));
        // A lone refresh (just started, or between two gaps) has no line to draw: show it as a dot.
        line->setPointsVisible(segment.size() == 1);
        attach(line);
    }

    const bool dark = isDark(colors);
    QHash<int, QScatterSeries*> dotsByKind;
    int lines = 0;
    for (const HistoryChart::Marker& marker : m_shown.markers()) {
        const QColor color = HistoryMarkerStyle::color(marker.kind, dark);
        if (lines++ < maximumMarkerLines) {
            auto* rule = new QLineSeries;
            rule->setObjectName(QStringLiteral("markerLine"));
            rule->append(double(marker.atMs), 0);
            rule->append(double(marker.atMs), m_shown.yMax());
            rule->setPen(QPen(color, 1, Qt::DashLine));
            attach(rule);
        }
        QScatterSeries*& dots = dotsByKind[int(marker.kind)];
        if (!dots) {
            dots = new QScatterSeries;
            dots->setObjectName(QStringLiteral("markers"));
            dots->setMarkerShape(HistoryMarkerStyle::shape(marker.kind));
            dots->setMarkerSize(10);
            dots->setColor(color);
            dots->setBorderColor(colors.color(QPalette::Base));
        }
        dots->append(double(marker.atMs), m_shown.yMax());
    }
    for (QScatterSeries* dots : std::as_const(dotsByKind))
        attach(dots);

    const bool longWindow = m_shown.toMs() - m_shown.fromMs() > 24 * 3600 * 1000LL;
    m_timeAxis->setFormat(longWindow ? QStringLiteral("d MMM") : QStringLiteral("HH:mm"));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_shown.fromMs()),
                         QDateTime::fromMSecsSinceEpoch(m_shown.toMs()));
    m_valueAxis->setRange(0, m_shown.yMax());
    m_valueAxis->setTickCount(m_shown.tickCount());
    // Operations are whole; a rate or a time below 5 needs its tenths.
    const bool tenths = m_shown.metric() != HistoryMetric::Lag && m_shown.yMax() < 5;
    m_valueAxis->setLabelFormat(tenths ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    fitToWidth();
}

void HistoryChartView::fitToWidth()
{
    // A chart clips a long title instead of wrapping it; it takes HTML, so the lines are joined with <br>.
    const QStringList lines = titleLines();
    if (lines.size() == 1) {
        chart()->setTitle(lines.first());
    } else {
        QStringList escaped;
        for (const QString& line : lines)
            escaped << line.toHtmlEscaped();
        chart()->setTitle(escaped.join(QStringLiteral("<br>")));
    }
    // As many time labels as fit side by side: Qt elides a label that has less room ("14…"), which tells nothing.
    const QFontMetrics labelMetrics(m_timeAxis->labelsFont());
    const QString widestTime = QDateTime::fromMSecsSinceEpoch(m_shown.toMs()).toString(m_timeAxis->format());
    const int timeLabel = labelMetrics.horizontalAdvance(widestTime) + timeLabelGapPixels;
    const QString widestValue = QString::asprintf(qPrintable(m_valueAxis->labelFormat()), m_shown.yMax());
    const int plotWidth = width() - labelMetrics.horizontalAdvance(widestValue) - plotChromePixels;
    m_timeAxis->setTickCount(std::clamp(plotWidth / std::max(timeLabel, 1) + 1, 2, mostTimeTicks));
}

QStringList HistoryChartView::titleLines() const
{
    return linesFitting(m_title, chart()->titleFont(), width() - plotChromePixels);
}

void HistoryChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitToWidth();
}

void HistoryChartView::applyPalette()
{
    const QPalette& colors = palette();
    QChart* target = chart();
    target->setBackgroundBrush(colors.brush(QPalette::Base));
    target->setBackgroundPen(Qt::NoPen);
    target->setTitleBrush(colors.brush(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    target->setTitleFont(titleFont);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsBrush(colors.brush(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setLinePenColor(colors.color(QPalette::Mid));
        axis->setGridLineColor(colors.color(QPalette::Midlight));
    }
    setBackgroundBrush(colors.brush(QPalette::Base));
}

void HistoryChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        applyPalette();
        rebuild();
    }
    QChartView::changeEvent(event);
}

qint64 HistoryChartView::millisecondsPerPixels(int pixels) const
{
    const double width = chart()->plotArea().width();
    if (width <= 0)
        return 0;
    return qint64(double(m_shown.toMs() - m_shown.fromMs()) / width * pixels);
}

QString HistoryChartView::hoverText(qint64 atMs) const
{
    const qint64 reach = std::max<qint64>(millisecondsPerPixels(hoverReachPixels), m_shown.gapMs() / 3);
    QStringList lines;
    if (const auto sample = m_shown.sampleNear(atMs, reach)) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(sample->atMs);
        const QLocale locale;
        if (sample->refreshes > 1) {
            lines << tr("%1 (%n refreshes)", nullptr, sample->refreshes).arg(locale.toString(at, QLocale::ShortFormat));
            lines << tr("%1: %2 on average, from %3 to %4")
                         .arg(m_figureName, m_format(sample->avg), m_format(sample->min), m_format(sample->max));
        } else {
            lines << locale.toString(at, QStringLiteral("HH:mm:ss"));
            lines << tr("%1: %2").arg(m_figureName, m_format(sample->avg));
        }
    }
    if (const auto marker = m_shown.markerNear(atMs, std::max<qint64>(millisecondsPerPixels(hoverReachPixels), 1))) {
        const QString time =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(marker->atMs), QStringLiteral("HH:mm:ss"));
        lines << tr("%1 at %2").arg(HistoryMarkerStyle::text(marker->kind), time);
        if (!marker->errorText.isEmpty())
            lines << marker->errorText;
    }
    return lines.join(QLatin1Char('\n'));
}

void HistoryChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF value = chart()->mapToValue(event->position());
    const QString text = chart()->plotArea().contains(event->position()) ? hoverText(qint64(value.x())) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    QChartView::mouseMoveEvent(event);
}

void HistoryChartView::leaveEvent(QEvent* event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace duper::ui
