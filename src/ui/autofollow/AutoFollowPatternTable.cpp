#include "ui/autofollow/AutoFollowPatternTable.h"

#include "ui/autofollow/AutoFollowPatternModel.h"
#include "ui/common/Retranslator.h"

#include <QHeaderView>
#include <QTableView>

namespace duper::ui {

QTableView* AutoFollowPatternTable::create(QWidget* parent, QAbstractItemModel* proxy, Retranslator& texts)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QStringLiteral("autoFollowTable"));
    texts.add([table] { table->setAccessibleName(tr("Auto-follow patterns")); });
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(AutoFollowPatternModel::NameColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    // Narrow fixed columns so the recent errors stay in view at common widths.
    table->setColumnWidth(AutoFollowPatternModel::NameColumn, 150);
    table->setColumnWidth(AutoFollowPatternModel::StatusColumn, 70);
    table->setColumnWidth(AutoFollowPatternModel::RemoteClusterColumn, 100);
    table->setColumnWidth(AutoFollowPatternModel::LeaderPatternsColumn, 130);
    table->setColumnWidth(AutoFollowPatternModel::ExclusionPatternsColumn, 110);
    table->setColumnWidth(AutoFollowPatternModel::FollowerPatternColumn, 160);
    return table;
}

} // namespace duper::ui
