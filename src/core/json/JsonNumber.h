#pragma once

#include <QJsonValue>
#include <QtGlobal>
#include <optional>

namespace duper {

// Whole numbers out of JSON doubles without undefined behaviour: casting a double outside the target's range (1e20,
// 1e300, NaN, infinity) to an integer is UB in C++, so every JSON number reaches an integer through here.
class JsonNumber
{
public:
    // The number as a qint64 when it is integral and within [-2^63, 2^63); nullopt otherwise (fraction, NaN, inf).
    static std::optional<qint64> whole(double number);
    // A JSON value holding such a number. Integers Qt kept exact (up to 2^63 - 1) stay exact; anything that is not a
    // number gives nullopt.
    static std::optional<qint64> whole(const QJsonValue& value);
    // True when `number` is finite and integral but outside qint64: out of range rather than not a whole number.
    static bool isWholeBeyondInt64(double number);
};

} // namespace duper
