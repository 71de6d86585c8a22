#pragma once

#include <QAbstractTableModel>

namespace duper::ui {

// A table model whose header and cell texts come from tr() when asked. retranslate() tells the views to ask again
// after a language switch — headers and cells repaint, while rows, selection, sort and scroll stay as they are.
class TranslatableTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void retranslate();
};

} // namespace duper::ui
