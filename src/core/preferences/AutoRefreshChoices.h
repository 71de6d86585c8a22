#pragma once

#include <QList>

namespace duper {

// The auto-refresh intervals Duper offers, wherever one is picked (a list's refresh control, the default in
// Preferences). 0 = off.
struct AutoRefreshChoices
{
    static QList<int> seconds(); // 0, 5, 10, 30, 60
    // The offered choice nearest to `seconds`.
    static int nearestSeconds(int seconds);
    // The same in milliseconds, for timers.
    static QList<int> milliseconds();
    static int nearestMilliseconds(int ms);
};

} // namespace duper
