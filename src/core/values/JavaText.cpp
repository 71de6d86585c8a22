#include "core/values/JavaText.h"

#include <limits>

namespace duper::JavaText {

namespace {

// Character.digit(c, 10) for one UTF-16 unit: the value of a Unicode decimal digit, or -1.
int decimalDigit(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c.unicode() < 0x80 || !c.isDigit())
        return -1;
    const int value = c.digitValue();
    return value >= 0 && value <= 9 ? value : -1;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

ParsedLong parseSigned(QStringView text, quint64 maxPositive)
{
    ParsedLong result;
    if (text.isEmpty())
        return result;
    qsizetype i = 0;
    if (text.front() == u'-' || text.front() == u'+') {
        result.negative = text.front() == u'-';
        i = 1;
        if (text.size() == 1)
            return result;
    }
    const quint64 limit = result.negative ? maxPositive + 1 : maxPositive;
    quint64 magnitude = 0;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const int digit = decimalDigit(text[i]);
        if (digit < 0)
            return ParsedLong{ParsedLong::Status::NotANumber, 0, result.negative};
        if (!overflow) {
            if (magnitude > (limit - quint64(digit)) / 10)
                overflow = true;
            else
                magnitude = magnitude * 10 + quint64(digit);
        }
    }
    if (overflow) {
        result.status = ParsedLong::Status::Overflow;
        return result;
    }
    result.status = ParsedLong::Status::Ok;
    if (result.negative)
        result.value = magnitude == maxPositive + 1 ? -qint64(maxPositive) - 1 : -qint64(magnitude);
    else
        result.value = qint64(magnitude);
    return result;
}

// Consumes ASCII digits from `pos`; returns how many.
qsizetype skipDigits(QStringView text, qsizetype& pos, bool (*accept)(QChar))
{
    const qsizetype start = pos;
    while (pos < text.size() && accept(text[pos]))
        ++pos;
    return pos - start;
}

} // namespace

QStringView trim(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && text[end - 1].unicode() <= 0x20)
        --end;
    return text.mid(begin, end - begin);
}

qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else if (QChar::isSurrogate(c)) {
            bytes += 1;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

ParsedLong parseLong(QStringView text)
{
    return parseSigned(text, quint64(std::numeric_limits<qint64>::max()));
}

ParsedLong parseInt(QStringView text)
{
    return parseSigned(text, quint64(std::numeric_limits<qint32>::max()));
}

std::optional<Decimal> parseBigDecimal(QStringView text)
{
    Decimal result;
    qsizetype i = 0;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        result.negative = text.front() == u'-';
        ++i;
    }
    QString digits;
    qint64 fractionDigits = 0;
    bool seenPoint = false;
    qsizetype significandDigits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        const int digit = decimalDigit(c);
        if (digit < 0)
            break;
        ++significandDigits;
        if (seenPoint)
            ++fractionDigits;
        if (digit != 0 || !digits.isEmpty())
            digits.append(QChar(u'0' + digit));
    }
    if (significandDigits == 0)
        return std::nullopt;
    qint64 exponent = 0;
    if (i < text.size()) {
        if (text[i] != u'e' && text[i] != u'E')
            return std::nullopt;
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
            negativeExponent = text[i] == u'-';
            ++i;
        }
        if (i == text.size())
            return std::nullopt;
        for (; i < text.size(); ++i) {
            const int digit = decimalDigit(text[i]);
            if (digit < 0)
                return std::nullopt;
            exponent = exponent * 10 + digit;
            if (exponent > std::numeric_limits<qint32>::max())
                return std::nullopt; // BigDecimal: "Exponent overflow."
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    result.scale = fractionDigits - exponent;
    if (result.scale > std::numeric_limits<qint32>::max() || result.scale < std::numeric_limits<qint32>::min())
        return std::nullopt; // BigDecimal: "Scale out of range."
    result.digits = digits;
    if (result.isZero())
        result.negative = false;
    return result;
}

bool isJavaDouble(QStringView text)
{
    const QStringView s = trim(text);
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    const QStringView rest = s.mid(i);
    if (rest == u"NaN" || rest == u"Infinity")
        return true;
    const bool hex = rest.size() >= 2 && rest[0] == u'0' && (rest[1] == u'x' || rest[1] == u'X');
    const auto isMantissaDigit = hex ? isHexDigit : isAsciiDigit;
    qsizetype pos = hex ? 2 : 0;
    qsizetype mantissaDigits = skipDigits(rest, pos, isMantissaDigit);
    if (pos < rest.size() && rest[pos] == u'.') {
        ++pos;
        mantissaDigits += skipDigits(rest, pos, isMantissaDigit);
    }
    if (mantissaDigits == 0)
        return false;
    // A hexadecimal literal needs its binary exponent (p); a decimal one may have e.
    const QStringView exponentMarks = hex ? QStringView(u"pP") : QStringView(u"eE");
    const bool hasExponent = pos < rest.size() && exponentMarks.contains(rest[pos]);
    if (hex && !hasExponent)
        return false;
    if (hasExponent) {
        ++pos;
        if (pos < rest.size() && (rest[pos] == u'+' || rest[pos] == u'-'))
            ++pos;
        if (skipDigits(rest, pos, isAsciiDigit) == 0)
            return false;
    }
    if (pos < rest.size() && QStringView(u"fFdD").contains(rest[pos]))
        ++pos;
    return pos == rest.size();
}

} // namespace duper::JavaText
