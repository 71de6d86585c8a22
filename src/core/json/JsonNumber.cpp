#include "core/json/JsonNumber.h"

#include <QMetaType>
#include <QVariant>
#include <cmath>

namespace duper {

namespace {

// 2^63 is exactly representable as a double; qint64 covers [-2^63, 2^63).
constexpr double kTwoTo63 = 9223372036854775808.0;

} // namespace

std::optional<qint64> JsonNumber::whole(double number)
{
    // Negated comparison so that NaN fails too; the range is checked before any cast.
    if (!(number >= -kTwoTo63 && number < kTwoTo63) || std::trunc(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonNumber::whole(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    // Qt keeps integer literals that fit qint64 as integers; their double (2^63 for 2^63 - 1) would lose them.
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return variant.toLongLong();
    return whole(value.toDouble());
}

bool JsonNumber::isWholeBeyondInt64(double number)
{
    return std::isfinite(number) && std::trunc(number) == number && !whole(number);
}

} // namespace duper
