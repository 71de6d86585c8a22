#include "ui/followers/LagSparklineDelegate.h"

#include "history/LagSparkline.h"
#include "ui/followers/FollowerTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace duper::ui {

void LagSparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto line = index.data(FollowerTableModel::LagSparklineRole).value<LagSparkline>();
    if (line.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection as the style draws them, without text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QRectF area = QRectF(option.rect).adjusted(4, 4, -4, -4);
    if (area.width() < 4 || area.height() < 4)
        return;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    auto place = [&area](const QPointF& unit) {
        return QPointF(area.left() + unit.x() * area.width(), area.bottom() - unit.y() * area.height());
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor baseline = color;
    baseline.setAlpha(60);
    painter->setPen(QPen(baseline, 1));
    painter->drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    QPainterPath path;
    const QList<QPointF>& points = line.points();
    path.moveTo(place(points.first()));
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(place(points[i]));
    painter->setPen(QPen(color, 1.5));
    painter->drawPath(path);
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(place(points.last()), 2.0, 2.0);
    painter->restore();
}

} // namespace duper::ui
