#include "ui/followers/FollowerTable.h"

#include "ui/followers/FollowerActionSet.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/LagSparklineDelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace duper::ui {

QTableView* FollowerTable::create(QWidget* parent, QAbstractItemModel* proxy)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QStringLiteral("followerTable"));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(FollowerTableModel::NameColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through thousands of rows cheap (no per-row size hints).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setColumnWidth(FollowerTableModel::SelectedColumn, 28);
    table->setColumnWidth(FollowerTableModel::NameColumn, 180);
    table->setColumnWidth(FollowerTableModel::LeaderIndexColumn, 150);
    table->setColumnWidth(FollowerTableModel::LagTrendColumn, 80);
    table->setItemDelegateForColumn(FollowerTableModel::LagTrendColumn, new LagSparklineDelegate(table));
    return table;
}

void FollowerTable::showContextMenu(QTableView* table, FollowerActionSet* actions, const QPoint& position)
{
    const QModelIndex index = table->indexAt(position);
    if (!index.isValid())
        return;
    if (!table->selectionModel()->isRowSelected(index.row(), {}))
        table->selectionModel()->setCurrentIndex(index,
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* menu = new QMenu(table);
    menu->setObjectName(QStringLiteral("followerContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    actions->addRowActionsTo(menu);
    menu->popup(table->viewport()->mapToGlobal(position));
}

} // namespace duper::ui
