#pragma once

#include "history/HistoryChart.h"

#include <QColor>
#include <QCoreApplication>
#include <QScatterSeries>

namespace duper::ui {

// How a chart marks a status change: its colour (readable on light and dark backgrounds), its shape (so colour is not
// the only cue) and the words a hover shows.
class HistoryMarkerStyle
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::HistoryMarkerStyle)

public:
    static QColor color(duper::HistoryChart::MarkerKind kind, bool dark);
    static QScatterSeries::MarkerShape shape(duper::HistoryChart::MarkerKind kind);
    static QString text(duper::HistoryChart::MarkerKind kind);
};

} // namespace duper::ui
