#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace duper::JavaText {

// Helpers that reproduce the Java library routines Elasticsearch's value parsers rely on, so our parsers accept and
// reject exactly the same texts.

// String.trim(): strips every leading and trailing character <= U+0020 (not Unicode white space).
QStringView trim(QStringView text);

// String.getBytes(UTF_8).length: an unpaired surrogate counts as one byte, because Java encodes it as '?'.
qsizetype utf8Length(QStringView text);

// Long.parseLong / Integer.parseInt: an optional '+' or '-', then one or more decimal digits (any Unicode decimal
// digit, like Character.digit), no white space.
struct ParsedLong
{
    enum class Status
    {
        Ok,
        NotANumber,
        Overflow
    };
    Status status = Status::NotANumber;
    qint64 value = 0;
    bool negative = false; // also meaningful for Overflow: which side of the range was left
};
ParsedLong parseLong(QStringView text);
ParsedLong parseInt(QStringView text);

// new BigDecimal(String): sign, digits with at most one '.', optional exponent. The value is digits * 10^-scale, with
// scale = (digits after the point) - exponent, as BigDecimal.scale() reports it.
struct Decimal
{
    bool negative = false;
    QString digits; // significant digits as ASCII, leading zeros removed; empty for zero
    qint64 scale = 0;
    bool isZero() const { return digits.isEmpty(); }
    int signum() const { return isZero() ? 0 : (negative ? -1 : 1); }
};
std::optional<Decimal> parseBigDecimal(QStringView text);

// Whether Double.parseDouble(text) succeeds: trims like String.trim(), then sign, "NaN", "Infinity", a decimal or
// hexadecimal floating point literal, and an optional f/F/d/D suffix. ASCII digits only.
bool isJavaDouble(QStringView text);

} // namespace duper::JavaText
