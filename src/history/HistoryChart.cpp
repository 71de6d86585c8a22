#include "history/HistoryChart.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace duper {

namespace {

constexpr qint64 minimumRawGapMs = 30 * 1000;
constexpr qint64 minimumMinuteGapMs = 2 * 60 * 1000;
constexpr int maximumTicks = 6;

qint64 medianSpacing(const QList<HistoryPoint>& points)
{
    QList<qint64> spacings;
    spacings.reserve(points.size());
    for (qsizetype i = 1; i < points.size(); ++i)
        spacings.append(points[i].atMs - points[i - 1].atMs);
    if (spacings.isEmpty())
        return 0;
    const auto middle = spacings.begin() + spacings.size() / 2;
    std::nth_element(spacings.begin(), middle, spacings.end());
    return *middle;
}

// Milliseconds are stored; the chart shows the time since the last read in seconds.
double inChartUnits(double value, HistoryMetric metric)
{
    return metric == HistoryMetric::TimeSinceLastRead ? value / 1000.0 : value;
}

std::optional<HistoryChart::MarkerKind> markerFor(const HistoryEvent* previous, const HistoryEvent& event)
{
    using Kind = HistoryChart::MarkerKind;
    const FollowerState before = previous ? previous->state : FollowerState::Active;
    const QString beforeError = previous ? previous->errorText : QString();
    if (event.state != before) {
        switch (event.state) {
        case FollowerState::Active:
            return Kind::Resumed;
        case FollowerState::Paused:
            return Kind::Paused;
        case FollowerState::Error:
            return Kind::Failed;
        }
    }
    if (event.errorText != beforeError)
        return event.errorText.isEmpty() ? Kind::ErrorsCleared : Kind::ReadErrors;
    return std::nullopt;
}

} // namespace

HistoryChart HistoryChart::build(const HistorySeries& series, HistoryMetric metric, int maxSamples)
{
    HistoryChart chart;
    chart.m_metric = metric;
    chart.m_fromMs = series.fromMs;
    chart.m_toMs = series.toMs;
    const qint64 minimumGap = series.resolution == HistoryResolution::PerMinute ? minimumMinuteGapMs : minimumRawGapMs;
    chart.m_gapMs = std::max(minimumGap, 3 * medianSpacing(series.points));

    double highest = 0;
    Segment current;
    qint64 lastAtMs = 0;
    for (const HistoryPoint& point : series.points) {
        const std::optional<HistoryRange> range = historyRange(point, metric);
        const bool brokenOff = !current.isEmpty() && point.atMs - lastAtMs > chart.m_gapMs;
        if ((!range || brokenOff) && !current.isEmpty())
            chart.m_segments.append(std::exchange(current, {}));
        if (!range)
            continue;
        Sample sample{point.atMs, inChartUnits(range->min, metric), inChartUnits(range->avg, metric),
                      inChartUnits(range->max, metric), std::max(1, point.samples)};
        highest = std::max(highest, sample.max);
        chart.m_hasBand = chart.m_hasBand || (point.samples > 1 && sample.min != sample.max);
        current.append(sample);
        lastAtMs = point.atMs;
    }
    if (!current.isEmpty())
        chart.m_segments.append(current);
    chart.thin(maxSamples);
    niceAxis(highest, maximumTicks, &chart.m_yMax, &chart.m_tickCount);

    const HistoryEvent* previous = nullptr;
    for (const HistoryEvent& event : series.events) {
        // The store records the first status it sees; an active follower without errors is not news.
        if (const auto kind = markerFor(previous, event))
            chart.m_markers.append(Marker{event.atMs, *kind, event.errorText});
        previous = &event;
    }
    return chart;
}

void HistoryChart::thin(int maxSamples)
{
    qsizetype total = 0;
    for (const Segment& segment : m_segments)
        total += segment.size();
    if (maxSamples <= 0 || total <= maxSamples)
        return;
    const qint64 slice = std::max<qint64>(1, (m_toMs - m_fromMs) / maxSamples);
    for (Segment& segment : m_segments) {
        Segment merged;
        qint64 currentSlice = -1;
        int inSlice = 0;
        for (const Sample& sample : std::as_const(segment)) {
            const qint64 sliceOf = (sample.atMs - m_fromMs) / slice;
            if (sliceOf != currentSlice || merged.isEmpty()) {
                merged.append(sample);
                currentSlice = sliceOf;
                inSlice = 1;
                continue;
            }
            Sample& into = merged.last();
            into.min = std::min(into.min, sample.min);
            into.max = std::max(into.max, sample.max);
            into.avg = (into.avg * inSlice + sample.avg) / (inSlice + 1);
            into.refreshes += sample.refreshes;
            ++inSlice;
        }
        segment = merged;
    }
    m_hasBand = true;
}

void HistoryChart::niceAxis(double maxValue, int maxTicks, double* yMax, int* tickCount)
{
    const int steps = std::max(1, maxTicks - 1);
    if (!(maxValue > 0) || !std::isfinite(maxValue)) {
        *yMax = 1;
        *tickCount = 2;
        return;
    }
    const double rough = maxValue / steps;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude * steps >= maxValue) {
            step = factor * magnitude;
            break;
        }
    }
    // Whole operations and seconds: no step below 1 unless every value is below 1 (operations per second can be).
    if (maxValue >= 1)
        step = std::max(step, 1.0);
    const int used = std::max(1, int(std::ceil(maxValue / step - 1e-9)));
    *yMax = used * step;
    *tickCount = used + 1;
}

std::optional<HistoryChart::Sample> HistoryChart::sampleNear(qint64 atMs, qint64 withinMs) const
{
    std::optional<Sample> best;
    qint64 bestDistance = withinMs + 1;
    for (const Segment& segment : m_segments) {
        const auto after = std::lower_bound(segment.cbegin(), segment.cend(), atMs,
                                            [](const Sample& sample, qint64 at) { return sample.atMs < at; });
        for (auto it : {after, after == segment.cbegin() ? segment.cend() : after - 1}) {
            if (it == segment.cend())
                continue;
            const qint64 distance = std::abs(it->atMs - atMs);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = *it;
            }
        }
    }
    return best;
}

std::optional<HistoryChart::Marker> HistoryChart::markerNear(qint64 atMs, qint64 withinMs) const
{
    std::optional<Marker> best;
    qint64 bestDistance = withinMs + 1;
    for (const Marker& marker : m_markers) {
        const qint64 distance = std::abs(marker.atMs - atMs);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = marker;
        }
    }
    return best;
}

} // namespace duper
