#pragma once

#include <QRect>
#include <QSize>

namespace duper::ui {

// The size the main window opens at when no size was saved: a share of the screen, so the follower table shows
// its Lag, Ops/s and Last read columns next to the details panel on a usual desktop screen.
class DefaultWindowSize
{
public:
    static constexpr double screenShare = 0.8;
    static constexpr QSize smallest{1000, 640}; // unless the screen is smaller still
    static constexpr QSize largest{1680, 1050}; // beyond this a window is more empty space than table

    // `available`: the available geometry of the screen the window opens on; empty when unknown.
    static QSize forScreen(const QRect& available);
};

} // namespace duper::ui
