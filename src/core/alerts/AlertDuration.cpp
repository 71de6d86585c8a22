#include "core/alerts/AlertDuration.h"

#include <algorithm>
#include <array>

namespace duper {

QString AlertDuration::compact(qint64 milliseconds)
{
    struct Unit
    {
        qint64 ms;
        char letter;
    };
    static constexpr std::array<Unit, 4> units{
        {{86'400'000, 'd'}, {3'600'000, 'h'}, {60'000, 'm'}, {smallestUnitMs, 's'}}};
    const qint64 total = std::max<qint64>(milliseconds, 0);
    for (size_t i = 0; i < units.size(); ++i) {
        const qint64 count = total / units[i].ms;
        if (count == 0)
            continue;
        QString text = QString::number(count) + QLatin1Char(units[i].letter);
        if (i + 1 < units.size()) {
            const qint64 next = (total % units[i].ms) / units[i + 1].ms;
            if (next > 0)
                text += QLatin1Char(' ') + QString::number(next) + QLatin1Char(units[i + 1].letter);
        }
        return text;
    }
    return QStringLiteral("0s");
}

} // namespace duper
