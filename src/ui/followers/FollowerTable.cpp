#include "ui/followers/FollowerTable.h"

#include "ui/followers/FollowerActionSet.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/LagSparklineDelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <algorithm>

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
    table->setColumnWidth(FollowerTableModel::NameColumn, 160);
    table->setColumnWidth(FollowerTableModel::LeaderIndexColumn, 130);
    // Figures and short words need little room: as wide as their header in the language shown (at least 64 px), so
    // Lag through Last read fit beside the details panel instead of behind a horizontal scroll.
    for (const int column :
         {FollowerTableModel::StatusColumn, FollowerTableModel::LagColumn, FollowerTableModel::LagTrendColumn,
          FollowerTableModel::CatchUpColumn, FollowerTableModel::OperationsPerSecondColumn,
          FollowerTableModel::TimeSinceLastReadColumn, FollowerTableModel::FailedReadsColumn})
        table->setColumnWidth(column, std::max(64, table->horizontalHeader()->sectionSizeHint(column) + 6));
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
