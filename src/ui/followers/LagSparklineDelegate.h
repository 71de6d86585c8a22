#pragma once

#include <QStyledItemDelegate>

namespace duper::ui {

// Draws the follower table's lag trend cell: the last hour's lag as a small line (highest lag at the top of the cell),
// in the palette's highlight colour, with a dot on the latest minute. Cells without a sparkline show their text ("—").
class LagSparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace duper::ui
