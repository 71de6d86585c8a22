#include "ui/followers/FollowerTableSelection.h"

#include "ui/followers/FollowerFilterBar.h"
#include "ui/followers/FollowerFilterProxyModel.h"
#include "ui/followers/FollowerTableModel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace duper::ui {

FollowerTableSelection::FollowerTableSelection(FollowerTableModel* model, FollowerFilterProxyModel* proxy,
                                               QTableView* table, FollowerFilterBar* filterBar)
    : m_model(model), m_proxy(proxy), m_table(table), m_filterBar(filterBar)
{}

QList<FollowerRow> FollowerTableSelection::targetRows() const
{
    QList<FollowerRow> rows;
    const QStringList checked = m_model->checkedNames();
    if (!checked.isEmpty()) {
        for (const QString& name : checked)
            if (const FollowerRow* row = m_model->rowAt(m_model->rowOf(name)))
                rows << *row;
        return rows;
    }
    const QModelIndexList selected = m_table->selectionModel()->selectedRows(FollowerTableModel::NameColumn);
    for (const QModelIndex& index : selected)
        if (const FollowerRow* row = m_model->rowAt(m_proxy->mapToSource(index).row()))
            rows << *row;
    return rows;
}

const FollowerRow* FollowerTableSelection::current() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
}

std::optional<FollowerRow> FollowerTableSelection::currentRow() const
{
    if (const FollowerRow* row = current())
        return *row;
    return std::nullopt;
}

std::optional<FollowerRow> FollowerTableSelection::rowNamed(const QString& name) const
{
    if (const FollowerRow* row = m_model->rowAt(m_model->rowOf(name)))
        return *row;
    return std::nullopt;
}

void FollowerTableSelection::select(const QString& name)
{
    const int sourceRow = m_model->rowOf(name);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, FollowerTableModel::NameColumn));
    if (!index.isValid()) { // hidden by the search or the status filter
        m_filterBar->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, FollowerTableModel::NameColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

} // namespace duper::ui
