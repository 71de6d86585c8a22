#pragma once

#include "history/HistoryChart.h"

#include <QChartView>
#include <functional>

class QDateTimeAxis;
class QValueAxis;

namespace duper::ui {

// One chart of a follower's history (lag, operations per second or time since the last read): the HistoryChart's
// segments as lines, the min–max band where points stand for minutes, and status markers along the top. Colours come
// from the palette, so dark themes work. Hovering shows the exact figures of the closest point, or what a marker
// stands for.
// Object name: given by the owner ("lagChart", …); the series are named "line", "band", "markers".
class HistoryChartView : public QChartView
{
    Q_OBJECT

public:
    explicit HistoryChartView(QWidget* parent = nullptr);

    // `title` heads the chart (figure and unit); `figureName` starts the hover line ("Lag: 1,234 operations").
    void showChart(const duper::HistoryChart& chart, const QString& title, const QString& figureName);
    const duper::HistoryChart& shownChart() const { return m_shown; }
    // The text a hover at `atMs` shows (empty over a gap); public for tests.
    QString hoverText(qint64 atMs) const;
    // The title as drawn at the current width, a line each (wrapped where it would not fit); public for tests.
    QStringList titleLines() const;

    // How a value of this chart's metric is worded in the hover text ("1,234 operations"); the owner decides.
    void setValueFormatter(std::function<QString(double)> formatter) { m_format = std::move(formatter); }

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void applyPalette();
    // The title wrapped and as many time labels as the width holds unclipped.
    void fitToWidth();
    qint64 millisecondsPerPixels(int pixels) const;

    duper::HistoryChart m_shown;
    QString m_title;
    QString m_figureName;
    std::function<QString(double)> m_format;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
};

} // namespace duper::ui
