#pragma once

#include "history/HistoryMetric.h"
#include "history/HistorySeries.h"

#include <QList>
#include <optional>

namespace duper {

// What one chart of a follower's history draws, worked out from stored points so the widget only paints: the line
// (the average where a point stands for a minute), the min–max band around it, breaks where refreshes stopped or the
// follower had no figure, a y axis with round ticks, and a marker wherever the status changed or an error appeared.
class HistoryChart
{
public:
    struct Sample
    {
        qint64 atMs = 0;
        double min = 0;
        double avg = 0;
        double max = 0;
        int refreshes = 1; // how many refreshes the sample sums up
        friend bool operator==(const Sample&, const Sample&) = default;
    };
    // Runs of samples to join with a line; the chart breaks between runs.
    using Segment = QList<Sample>;

    enum class MarkerKind
    {
        Resumed,    // back to active
        Paused,     // paused
        Failed,     // a fatal error stopped the follower
        ReadErrors, // read errors appeared (or their text changed) while it kept running
        ErrorsCleared
    };
    struct Marker
    {
        qint64 atMs = 0;
        MarkerKind kind = MarkerKind::Resumed;
        QString errorText;
        friend bool operator==(const Marker&, const Marker&) = default;
    };

    // At most `maxSamples` samples: beyond that, neighbours in the same slice of the window are merged (lowest
    // minimum, mean of the averages, highest maximum), which a chart a few hundred pixels wide cannot tell apart.
    static HistoryChart build(const HistorySeries& series, HistoryMetric metric, int maxSamples = 1500);

    HistoryMetric metric() const { return m_metric; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    const QList<Segment>& segments() const { return m_segments; }
    const QList<Marker>& markers() const { return m_markers; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    // True where points stand for several refreshes (per-minute rows): the band is worth drawing.
    bool hasBand() const { return m_hasBand; }
    // The y axis: 0 to yMax in tickCount - 1 equal steps of 1, 2 or 5 × 10^n (at least 1, for an all-zero series).
    double yMax() const { return m_yMax; }
    int tickCount() const { return m_tickCount; }

    // The stored sample closest in time to `atMs`, for the hover text; none when the chart is empty or the closest
    // sample is further than `withinMs` away (the pointer is over a gap).
    std::optional<Sample> sampleNear(qint64 atMs, qint64 withinMs) const;
    // The marker closest to `atMs` within `withinMs`.
    std::optional<Marker> markerNear(qint64 atMs, qint64 withinMs) const;
    // Two samples further apart than this are not joined: three refresh intervals (the median spacing), at least
    // 30 s for raw points and 2 min for per-minute ones.
    qint64 gapMs() const { return m_gapMs; }

    // Round axis bounds: the smallest 1/2/5 × 10^n step with `maxTicks - 1` steps or fewer covering `maxValue`.
    static void niceAxis(double maxValue, int maxTicks, double* yMax, int* tickCount);

private:
    void thin(int maxSamples);

    HistoryMetric m_metric = HistoryMetric::Lag;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QList<Segment> m_segments;
    QList<Marker> m_markers;
    bool m_hasBand = false;
    double m_yMax = 1;
    int m_tickCount = 2;
    qint64 m_gapMs = 0;
};

} // namespace duper
