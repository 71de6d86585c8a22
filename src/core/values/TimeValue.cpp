#include "core/values/TimeValue.h"

#include "core/values/JavaText.h"

#include <QCoreApplication>
#include <array>
#include <limits>

namespace duper {

namespace {

constexpr qint64 kLongMax = std::numeric_limits<qint64>::max();
constexpr qint64 kLongMin = std::numeric_limits<qint64>::min();

qint64 nanosPerUnit(TimeValue::Unit unit)
{
    switch (unit) {
    case TimeValue::Unit::Nanoseconds:
        return 1;
    case TimeValue::Unit::Microseconds:
        return 1'000;
    case TimeValue::Unit::Milliseconds:
        return 1'000'000;
    case TimeValue::Unit::Seconds:
        return 1'000'000'000;
    case TimeValue::Unit::Minutes:
        return 60LL * 1'000'000'000;
    case TimeValue::Unit::Hours:
        return 3'600LL * 1'000'000'000;
    case TimeValue::Unit::Days:
        return 86'400LL * 1'000'000'000;
    }
    return 1;
}

QString unitSuffix(TimeValue::Unit unit)
{
    switch (unit) {
    case TimeValue::Unit::Nanoseconds:
        return QStringLiteral("nanos");
    case TimeValue::Unit::Microseconds:
        return QStringLiteral("micros");
    case TimeValue::Unit::Milliseconds:
        return QStringLiteral("ms");
    case TimeValue::Unit::Seconds:
        return QStringLiteral("s");
    case TimeValue::Unit::Minutes:
        return QStringLiteral("m");
    case TimeValue::Unit::Hours:
        return QStringLiteral("h");
    case TimeValue::Unit::Days:
        return QStringLiteral("d");
    }
    return QStringLiteral("ms");
}

// TimeUnit.convert semantics: multiplication saturates at the long range, division truncates toward zero.
qint64 convert(qint64 duration, qint64 fromNanos, qint64 toNanos)
{
    if (fromNanos == toNanos)
        return duration;
    if (fromNanos < toNanos)
        return duration / (toNanos / fromNanos);
    qint64 result = 0;
    if (__builtin_mul_overflow(duration, fromNanos / toNanos, &result))
        return duration < 0 ? kLongMin : kLongMax;
    return result;
}

// "-0*1" and "0+", matched against the whole normalized text like String.matches.
bool isMinusOne(QStringView text)
{
    if (text.size() < 2 || text.front() != u'-' || text.back() != u'1')
        return false;
    for (QChar c : text.mid(1, text.size() - 2)) {
        if (c != u'0')
            return false;
    }
    return true;
}

bool isZeros(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c != u'0')
            return false;
    }
    return true;
}

QString hintForUnits()
{
    return QCoreApplication::translate("duper::values", "Use d, h, m, s, ms, micros or nanos, e.g. 30s.");
}

} // namespace

Parsed<TimeValue> TimeValue::parse(QStringView text, const QString& field)
{
    using Kind = ValueError::Kind;
    const QString raw = text.toString();
    const QString lower = raw.toLower();
    const QStringView normalized = JavaText::trim(lower);

    struct Suffix
    {
        QStringView text;
        Unit unit;
        bool caseSensitive; // tested on the raw text: "M" is not minutes
    };
    static constexpr std::array<Suffix, 7> suffixes{{
        {u"nanos", Unit::Nanoseconds, false},
        {u"micros", Unit::Microseconds, false},
        {u"ms", Unit::Milliseconds, false},
        {u"s", Unit::Seconds, false},
        {u"m", Unit::Minutes, true},
        {u"h", Unit::Hours, false},
        {u"d", Unit::Days, false},
    }};

    for (const Suffix& suffix : suffixes) {
        const bool matches =
            suffix.caseSensitive ? QStringView(raw).endsWith(suffix.text) : normalized.endsWith(suffix.text);
        if (!matches)
            continue;
        const QStringView number = JavaText::trim(normalized.chopped(suffix.text.size()));
        const JavaText::ParsedLong integer = JavaText::parseLong(number);
        if (integer.status == JavaText::ParsedLong::Status::Ok) {
            if (integer.value < -1) {
                return ValueError(Kind::NegativeValue, field, raw,
                                  QCoreApplication::translate("duper::values",
                                                              "%1 \"%2\" is negative. Durations must be 0 or more (-1 "
                                                              "stands for \"no limit\" where Elasticsearch allows it).")
                                      .arg(field, raw),
                                  QStringLiteral("failed to parse setting [%1] with value [%2] as a time value: "
                                                 "negative durations are not supported")
                                      .arg(field, raw));
            }
            return TimeValue(integer.value, suffix.unit);
        }
        if (JavaText::isJavaDouble(number)) {
            const QString reason =
                QStringLiteral("failed to parse [%1], fractional time values are not supported").arg(raw);
            if (integer.status == JavaText::ParsedLong::Status::Overflow) {
                const Kind kind = integer.negative ? Kind::NegativeValue : Kind::OutOfRange;
                return ValueError(
                    kind, field, raw,
                    QCoreApplication::translate("duper::values",
                                                "%1 \"%2\" is out of range: the number must fit in a 64-bit integer.")
                        .arg(field, raw),
                    reason);
            }
            return ValueError(Kind::FractionalTime, field, raw,
                              QCoreApplication::translate(
                                  "duper::values", "%1 \"%2\" has a fraction, but Elasticsearch takes whole numbers "
                                                   "only. Use a smaller unit, e.g. 1500ms instead of 1.5s.")
                                  .arg(field, raw),
                              reason);
        }
        return ValueError(Kind::NotANumber, field, raw,
                          QCoreApplication::translate(
                              "duper::values", "%1 \"%2\" is not a duration. Write a whole number and a unit. %3")
                              .arg(field, raw, hintForUnits()),
                          QStringLiteral("failed to parse [%1]").arg(raw));
    }

    if (isMinusOne(normalized))
        return minusOne();
    if (isZeros(normalized))
        return TimeValue(0, Unit::Milliseconds);

    QString message =
        QCoreApplication::translate("duper::values", "%1 \"%2\" has no time unit. %3").arg(field, raw, hintForUnits());
    if (raw.trimmed() != raw && parse(raw.trimmed(), field).ok()) {
        message += u' ';
        message += QCoreApplication::translate("duper::values", "Remove the spaces around the value.");
    } else if (raw.endsWith(u'M')) {
        message += u' ';
        message +=
            QCoreApplication::translate("duper::values", "Minutes are a lowercase m; a capital M is not a unit.");
    }
    return ValueError(
        Kind::MissingUnit, field, raw, message,
        QStringLiteral("failed to parse setting [%1] with value [%2] as a time value: unit is missing or unrecognized")
            .arg(field, raw));
}

qint64 TimeValue::nanoseconds() const
{
    return convert(m_duration, nanosPerUnit(m_unit), nanosPerUnit(Unit::Nanoseconds));
}

qint64 TimeValue::milliseconds() const
{
    return convert(m_duration, nanosPerUnit(m_unit), nanosPerUnit(Unit::Milliseconds));
}

QString TimeValue::toString() const
{
    if (m_duration < 0)
        return QString::number(m_duration);
    return QString::number(m_duration) + unitSuffix(m_unit);
}

} // namespace duper
