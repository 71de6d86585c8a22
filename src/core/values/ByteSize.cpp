#include "core/values/ByteSize.h"

#include "core/values/JavaText.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>
#include <limits>

namespace duper {

namespace {

constexpr qint64 kLongMax = std::numeric_limits<qint64>::max();

qint64 unitBytes(ByteSize::Unit unit)
{
    return qint64(1) << (10 * int(unit));
}

QString unitSuffix(ByteSize::Unit unit)
{
    switch (unit) {
    case ByteSize::Unit::Bytes:
        return QStringLiteral("b");
    case ByteSize::Unit::Kilobytes:
        return QStringLiteral("kb");
    case ByteSize::Unit::Megabytes:
        return QStringLiteral("mb");
    case ByteSize::Unit::Gigabytes:
        return QStringLiteral("gb");
    case ByteSize::Unit::Terabytes:
        return QStringLiteral("tb");
    case ByteSize::Unit::Petabytes:
        return QStringLiteral("pb");
    }
    return QStringLiteral("b");
}

// The ways ByteSizeValue.parseBytesSizeValue words a failure.
enum class Reason
{
    WithValue,
    AsSizeInBytes,
    MissingUnit,
    TwoDecimals,
    Beyond
};

QString reasonText(Reason reason, const QString& field, const QString& raw)
{
    switch (reason) {
    case Reason::WithValue:
        return QStringLiteral("failed to parse setting [%1] with value [%2]").arg(field, raw);
    case Reason::AsSizeInBytes:
        return QStringLiteral("failed to parse setting [%1] with value [%2] as a size in bytes").arg(field, raw);
    case Reason::MissingUnit:
        return QStringLiteral(
                   "failed to parse setting [%1] with value [%2] as a size in bytes: unit is missing or unrecognized")
            .arg(field, raw);
    case Reason::TwoDecimals:
        return QStringLiteral("failed to parse setting [%1] with more than two decimals in value [%2]").arg(field, raw);
    case Reason::Beyond:
        return QStringLiteral("failed to parse setting [%1] with value beyond %2: [%3]")
            .arg(field, QString::number(kLongMax), raw);
    }
    return {};
}

QString messageFor(ValueError::Kind kind, const QString& field, const QString& raw)
{
    switch (kind) {
    case ValueError::Kind::MissingUnit:
        return QCoreApplication::translate("duper::values",
                                           "%1 \"%2\" has no size unit. Use b, kb, mb, gb, tb or pb, e.g. 32mb.")
            .arg(field, raw);
    case ValueError::Kind::NegativeValue:
        return QCoreApplication::translate("duper::values", "%1 \"%2\" is negative. Sizes must be 0 or more; only -1 "
                                                            "(on its own or as -1b) is accepted as a special value.")
            .arg(field, raw);
    case ValueError::Kind::TooManyDecimals:
        return QCoreApplication::translate(
                   "duper::values",
                   "%1 \"%2\" has more than two decimals. Use at most two, e.g. 1.25mb, or a smaller unit.")
            .arg(field, raw);
    case ValueError::Kind::OutOfRange:
        return QCoreApplication::translate(
                   "duper::values",
                   "%1 \"%2\" is too large: Elasticsearch allows at most %3 bytes (just under 8192pb).")
            .arg(field, raw, QString::number(kLongMax));
    default:
        return QCoreApplication::translate("duper::values",
                                           "%1 \"%2\" is not a size. Write a number and a unit, e.g. 512mb or 1.5gb.")
            .arg(field, raw);
    }
}

ValueError sizeError(ValueError::Kind kind, Reason reason, const QString& field, const QString& raw)
{
    return ValueError(kind, field, raw, messageFor(kind, field, raw), reasonText(reason, field, raw));
}

// Whole bytes for a non-negative decimal number of `unit`s with a scale of at most 2, rounded up
// (BigDecimal.setScale(0, RoundingMode.UP).longValueExact()); nullopt beyond the long range.
std::optional<qint64> decimalToBytes(const JavaText::Decimal& decimal, qint64 bytesPerUnit)
{
    if (decimal.isZero())
        return 0;
    quint64 unscaled = 0;
    for (const QChar c : decimal.digits) {
        const quint64 digit = c.unicode() - u'0';
        if (unscaled > (std::numeric_limits<quint64>::max() - digit) / 10)
            return std::nullopt; // at least 1.8e17 units of at least 1024 bytes
        unscaled = unscaled * 10 + digit;
    }
    qint64 result = 0;
    if (decimal.scale <= 0) {
        if (unscaled > quint64(kLongMax))
            return std::nullopt;
        result = qint64(unscaled);
        for (qint64 i = 0; i < -decimal.scale; ++i) {
            if (__builtin_mul_overflow(result, qint64(10), &result))
                return std::nullopt;
        }
        if (__builtin_mul_overflow(result, bytesPerUnit, &result))
            return std::nullopt;
        return result;
    }
    const quint64 divisor = decimal.scale == 1 ? 10 : 100;
    const quint64 whole = unscaled / divisor;
    const quint64 remainder = unscaled % divisor;
    if (whole > quint64(kLongMax))
        return std::nullopt;
    if (__builtin_mul_overflow(qint64(whole), bytesPerUnit, &result))
        return std::nullopt;
    // remainder < 100 and bytesPerUnit <= 2^50, so this product cannot overflow.
    const quint64 fractionBytes = (remainder * quint64(bytesPerUnit) + divisor - 1) / divisor;
    if (__builtin_add_overflow(result, qint64(fractionBytes), &result))
        return std::nullopt;
    return result;
}

} // namespace

ByteSize ByteSize::of(qint64 count, Unit unit)
{
    return ByteSize(count * unitBytes(unit), unit);
}

Parsed<ByteSize> ByteSize::parse(QStringView text, const QString& field)
{
    using Kind = ValueError::Kind;
    const QString raw = text.toString();

    // Exact shortcuts, tested on the raw text before anything else.
    if (raw == u"0" || raw == u"0b" || raw == u"0B")
        return ByteSize(0, Unit::Bytes);
    if (raw == u"1b" || raw == u"1B")
        return ByteSize(1, Unit::Bytes);
    if (raw == u"-1" || raw == u"-1b" || raw == u"-1B")
        return ByteSize(-1, Unit::Bytes);

    const QString lower = raw.toLower();
    const QStringView normalized = JavaText::trim(lower);

    struct Suffix
    {
        QStringView text;
        Unit unit;
    };
    // The order ES tests them in: a one-letter unit before its two-letter form, plain "b" last.
    static constexpr std::array<Suffix, 11> suffixes{{
        {u"k", Unit::Kilobytes},
        {u"kb", Unit::Kilobytes},
        {u"m", Unit::Megabytes},
        {u"mb", Unit::Megabytes},
        {u"g", Unit::Gigabytes},
        {u"gb", Unit::Gigabytes},
        {u"t", Unit::Terabytes},
        {u"tb", Unit::Terabytes},
        {u"p", Unit::Petabytes},
        {u"pb", Unit::Petabytes},
        {u"b", Unit::Bytes},
    }};

    for (const Suffix& suffix : suffixes) {
        if (!normalized.endsWith(suffix.text))
            continue;
        const QStringView number = JavaText::trim(normalized.chopped(suffix.text.size()));
        const JavaText::ParsedLong integer = JavaText::parseLong(number);

        if (suffix.unit == Unit::Bytes) {
            switch (integer.status) {
            case JavaText::ParsedLong::Status::Ok:
                if (integer.value < -1)
                    return sizeError(Kind::NegativeValue, Reason::AsSizeInBytes, field, raw);
                return ByteSize(integer.value, Unit::Bytes);
            case JavaText::ParsedLong::Status::Overflow:
                return sizeError(integer.negative ? Kind::NegativeValue : Kind::OutOfRange, Reason::WithValue, field,
                                 raw);
            case JavaText::ParsedLong::Status::NotANumber:
                break;
            }
            if (JavaText::parseBigDecimal(number)) {
                return ValueError(Kind::NotANumber, field, raw,
                                  QCoreApplication::translate(
                                      "duper::values", "%1 \"%2\" is not a whole number of bytes. Bytes take whole "
                                                       "numbers only; use a larger unit for fractions, e.g. 1.5kb.")
                                      .arg(field, raw),
                                  reasonText(Reason::WithValue, field, raw));
            }
            return sizeError(Kind::NotANumber, Reason::WithValue, field, raw);
        }

        const qint64 bytesPerUnit = unitBytes(suffix.unit);
        if (integer.status == JavaText::ParsedLong::Status::Ok) {
            if (integer.value < 0)
                return sizeError(Kind::NegativeValue, Reason::AsSizeInBytes, field, raw);
            if (integer.value > kLongMax / bytesPerUnit)
                return sizeError(Kind::OutOfRange, Reason::AsSizeInBytes, field, raw);
            return ByteSize(integer.value * bytesPerUnit, suffix.unit);
        }
        const std::optional<JavaText::Decimal> decimal = JavaText::parseBigDecimal(number);
        if (!decimal)
            return sizeError(Kind::NotANumber, Reason::WithValue, field, raw);
        if (decimal->signum() < 0)
            return sizeError(Kind::NegativeValue, Reason::WithValue, field, raw);
        if (decimal->scale > 2)
            return sizeError(Kind::TooManyDecimals, Reason::TwoDecimals, field, raw);
        const std::optional<qint64> bytes = decimalToBytes(*decimal, bytesPerUnit);
        if (!bytes)
            return sizeError(Kind::OutOfRange, Reason::Beyond, field, raw);
        return ByteSize(*bytes, suffix.unit);
    }
    ValueError error = sizeError(Kind::MissingUnit, Reason::MissingUnit, field, raw);
    if (raw.trimmed() != raw && parse(raw.trimmed(), field).ok()) {
        // Only the exact shortcuts ("0", "-1") are sensitive to padding; say so instead of blaming the unit.
        return ValueError(Kind::MissingUnit, field, raw,
                          QCoreApplication::translate("duper::values",
                                                      "%1 \"%2\" has spaces around it, which Elasticsearch does not "
                                                      "accept here. Remove them.")
                              .arg(field, raw),
                          error.elasticsearchReason());
    }
    return error;
}

QString ByteSize::toString() const
{
    if (m_bytes <= 0)
        return QString::number(m_bytes);
    const qint64 perUnit = unitBytes(m_unit);
    if (m_bytes % perUnit == 0)
        return QString::number(m_bytes / perUnit) + unitSuffix(m_unit);
    return QString::number(m_bytes) + QStringLiteral("b");
}

bool ByteSize::isUnlimited() const
{
    return m_bytes == std::numeric_limits<qint64>::max();
}

QString ByteSize::toHumanString() const
{
    // ByteSizeValue.toString(): the largest unit the value reaches, then Strings.format1Decimals, which cuts (does not
    // round) to one decimal and drops a ".0".
    Unit unit = Unit::Bytes;
    for (Unit candidate : {Unit::Petabytes, Unit::Terabytes, Unit::Gigabytes, Unit::Megabytes, Unit::Kilobytes}) {
        if (m_bytes >= unitBytes(candidate)) {
            unit = candidate;
            break;
        }
    }
    const double value = double(m_bytes) / double(unitBytes(unit));
    QString number = QString::number(value, 'f', QLocale::FloatingPointShortest);
    const qsizetype point = number.indexOf(u'.');
    if (point >= 0) {
        const QChar firstDecimal = point + 1 < number.size() ? number.at(point + 1) : QChar(u'0');
        number.truncate(point);
        if (firstDecimal != u'0') {
            number += QLatin1Char('.');
            number += firstDecimal;
        }
    }
    return number + unitSuffix(unit);
}

} // namespace duper
