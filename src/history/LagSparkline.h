#pragma once

#include "history/LagPoint.h"

#include <QList>
#include <QMetaType>
#include <QPointF>

namespace duper {

// A follower's lag over the last hour reduced to what a table cell can draw: at most `buckets` points (the highest
// lag of each bucket, so a short spike stays visible), placed in a unit square (x: time across the span, y: lag as a
// share of the highest lag), with the figures its tooltip names.
class LagSparkline
{
public:
    enum class Direction
    {
        Steady,
        Rising,
        Falling
    };

    static LagSparkline build(const QList<LagPoint>& points, qint64 fromMs, qint64 toMs, int buckets);

    bool isEmpty() const { return m_points.isEmpty(); }
    // Oldest first; x and y in [0, 1], y = 0 for no lag (the widget flips it).
    const QList<QPointF>& points() const { return m_points; }
    qint64 lowest() const { return m_lowest; }
    qint64 highest() const { return m_highest; }
    qint64 latest() const { return m_latest; }
    // The average lag of the latest third of the points against the earliest third: a change of less than 10 % of
    // the highest lag counts as steady.
    Direction direction() const { return m_direction; }

private:
    QList<QPointF> m_points;
    qint64 m_lowest = 0;
    qint64 m_highest = 0;
    qint64 m_latest = 0;
    Direction m_direction = Direction::Steady;
};

} // namespace duper

Q_DECLARE_METATYPE(duper::LagSparkline)
