#include "ui/common/TranslatableTableModel.h"

namespace duper::ui {

void TranslatableTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = rowCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
}

} // namespace duper::ui
