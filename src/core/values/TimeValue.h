#pragma once

#include "core/values/Parsed.h"

#include <QString>
#include <QStringView>

namespace duper {

// A duration with Elasticsearch's TimeValue rules: units nanos, micros, ms, s, m (case-sensitive: "M" is not
// minutes), h, d; integers only; the bare shortcuts 0 and -1 (-1 means "forever" where ES allows it).
// toString() keeps the unit it was written with, like TimeValue.getStringRep() ("500ms", "1m"; negative -> "-1").
class TimeValue
{
public:
    enum class Unit
    {
        Nanoseconds,
        Microseconds,
        Milliseconds,
        Seconds,
        Minutes,
        Hours,
        Days
    };

    TimeValue() = default;
    static TimeValue of(qint64 duration, Unit unit) { return TimeValue(duration, unit); }
    static TimeValue minusOne() { return TimeValue(-1, Unit::Milliseconds); }

    // `field` names the REST field in error messages.
    static Parsed<TimeValue> parse(QStringView text, const QString& field);

    qint64 duration() const { return m_duration; }
    Unit unit() const { return m_unit; }
    qint64 nanoseconds() const;  // saturates at the qint64 range
    qint64 milliseconds() const; // truncated, like TimeValue.millis()
    QString toString() const;

    friend bool operator==(const TimeValue& a, const TimeValue& b) { return a.nanoseconds() == b.nanoseconds(); }

private:
    TimeValue(qint64 duration, Unit unit) : m_duration(duration), m_unit(unit) {}
    qint64 m_duration = 0;
    Unit m_unit = Unit::Milliseconds;
};

} // namespace duper
