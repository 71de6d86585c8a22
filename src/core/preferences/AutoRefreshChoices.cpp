#include "core/preferences/AutoRefreshChoices.h"

#include <QtGlobal>

namespace duper {

namespace {
int nearest(const QList<int>& choices, int value)
{
    int best = choices.first();
    for (int choice : choices)
        if (qAbs(choice - value) < qAbs(best - value))
            best = choice;
    return best;
}
} // namespace

QList<int> AutoRefreshChoices::seconds()
{
    return {0, 5, 10, 30, 60};
}

int AutoRefreshChoices::nearestSeconds(int seconds)
{
    return nearest(AutoRefreshChoices::seconds(), seconds);
}

QList<int> AutoRefreshChoices::milliseconds()
{
    QList<int> ms;
    for (int s : seconds())
        ms << s * 1000;
    return ms;
}

int AutoRefreshChoices::nearestMilliseconds(int ms)
{
    return nearest(milliseconds(), ms);
}

} // namespace duper
