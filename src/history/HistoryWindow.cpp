#include "history/HistoryWindow.h"

namespace duper {

qint64 historyWindowMs(HistoryWindow window)
{
    constexpr qint64 minute = 60 * 1000;
    switch (window) {
    case HistoryWindow::Last15Minutes:
        return 15 * minute;
    case HistoryWindow::LastHour:
        return 60 * minute;
    case HistoryWindow::Last24Hours:
        return 24 * 60 * minute;
    case HistoryWindow::Last7Days:
        return 7 * 24 * 60 * minute;
    case HistoryWindow::Last30Days:
        return 30 * 24 * 60 * minute;
    }
    return 60 * minute;
}

HistoryResolution historyResolutionFor(HistoryWindow window)
{
    return window == HistoryWindow::Last15Minutes || window == HistoryWindow::LastHour ? HistoryResolution::Raw
                                                                                       : HistoryResolution::PerMinute;
}

} // namespace duper
