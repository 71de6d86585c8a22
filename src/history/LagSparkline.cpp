#include "history/LagSparkline.h"

#include <algorithm>
#include <limits>

namespace duper {

namespace {

double averageLag(QList<LagPoint>::const_iterator from, QList<LagPoint>::const_iterator to)
{
    double sum = 0;
    for (auto it = from; it != to; ++it)
        sum += double(it->lag);
    return sum / double(std::max<qsizetype>(1, to - from));
}

} // namespace

LagSparkline LagSparkline::build(const QList<LagPoint>& points, qint64 fromMs, qint64 toMs, int buckets)
{
    LagSparkline line;
    const qint64 span = std::max<qint64>(1, toMs - fromMs);
    buckets = std::max(1, buckets);
    QList<qint64> highestPerBucket(buckets, -1);
    QList<qint64> lastTimePerBucket(buckets, 0);
    line.m_lowest = std::numeric_limits<qint64>::max();
    for (const LagPoint& point : points) {
        if (point.atMs < fromMs || point.atMs > toMs)
            continue;
        // [fromMs, toMs] includes both ends: a point at toMs is the last bucket's, not one past it.
        const int bucket = int((point.atMs - fromMs) * buckets / (span + 1));
        highestPerBucket[bucket] = std::max(highestPerBucket[bucket], point.lag);
        lastTimePerBucket[bucket] = point.atMs;
        line.m_lowest = std::min(line.m_lowest, point.lag);
        line.m_highest = std::max(line.m_highest, point.lag);
        line.m_latest = point.lag;
    }
    if (line.m_lowest == std::numeric_limits<qint64>::max()) {
        line.m_lowest = 0;
        return line;
    }
    for (int bucket = 0; bucket < buckets; ++bucket) {
        if (highestPerBucket[bucket] < 0)
            continue;
        const double x = double(lastTimePerBucket[bucket] - fromMs) / double(span);
        const double y = line.m_highest > 0 ? double(highestPerBucket[bucket]) / double(line.m_highest) : 0.0;
        line.m_points.append(QPointF(x, y));
    }

    // The latest third of the points against the earliest third.
    QList<LagPoint> inSpan;
    for (const LagPoint& point : points) {
        if (point.atMs >= fromMs && point.atMs <= toMs)
            inSpan.append(point);
    }
    const qsizetype third = inSpan.size() / 3;
    if (third > 0 && line.m_highest > 0) {
        const double change =
            (averageLag(inSpan.cend() - third, inSpan.cend()) - averageLag(inSpan.cbegin(), inSpan.cbegin() + third)) /
            double(line.m_highest);
        if (change > 0.1)
            line.m_direction = Direction::Rising;
        else if (change < -0.1)
            line.m_direction = Direction::Falling;
    }
    return line;
}

} // namespace duper
