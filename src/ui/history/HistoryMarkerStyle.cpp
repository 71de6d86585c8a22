#include "ui/history/HistoryMarkerStyle.h"

namespace duper::ui {

using Kind = HistoryChart::MarkerKind;

QColor HistoryMarkerStyle::color(Kind kind, bool dark)
{
    switch (kind) {
    case Kind::Failed:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Kind::ReadErrors:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    case Kind::Paused:
        return dark ? QColor(0xb0, 0xb6, 0xc0) : QColor(0x69, 0x70, 0x7d);
    case Kind::Resumed:
    case Kind::ErrorsCleared:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QScatterSeries::MarkerShape HistoryMarkerStyle::shape(Kind kind)
{
    switch (kind) {
    case Kind::Failed:
        return QScatterSeries::MarkerShapeStar;
    case Kind::ReadErrors:
        return QScatterSeries::MarkerShapeTriangle;
    case Kind::Paused:
        return QScatterSeries::MarkerShapeRectangle;
    case Kind::Resumed:
    case Kind::ErrorsCleared:
        return QScatterSeries::MarkerShapeCircle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QString HistoryMarkerStyle::text(Kind kind)
{
    switch (kind) {
    case Kind::Failed:
        return tr("Stopped by a fatal error");
    case Kind::ReadErrors:
        return tr("Read errors");
    case Kind::Paused:
        return tr("Paused");
    case Kind::Resumed:
        return tr("Active again");
    case Kind::ErrorsCleared:
        return tr("Read errors cleared");
    }
    return {};
}

} // namespace duper::ui
