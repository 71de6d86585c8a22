#include "ui/autofollow/AutoFollowPatternTable.h"

#include "ui/autofollow/AutoFollowPatternModel.h"
#include "ui/common/Retranslator.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <algorithm>

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
    // Narrow columns so the recent errors stay in view at common widths, but never narrower than their header in the
    // language shown (with room for the sort arrow): a clipped header reads as a different word.
    texts.add([table] {
        const QFontMetrics metrics(table->horizontalHeader()->font());
        const int chrome = 2 * table->style()->pixelMetric(QStyle::PM_HeaderMargin) +
                           table->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
        const auto fit = [&](int column, int narrowest) {
            const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
            table->setColumnWidth(column, std::max(narrowest, metrics.horizontalAdvance(header) + chrome));
        };
        fit(AutoFollowPatternModel::NameColumn, 150);
        fit(AutoFollowPatternModel::StatusColumn, 70);
        fit(AutoFollowPatternModel::RemoteClusterColumn, 100);
        fit(AutoFollowPatternModel::LeaderPatternsColumn, 130);
        fit(AutoFollowPatternModel::ExclusionPatternsColumn, 110);
        fit(AutoFollowPatternModel::FollowerPatternColumn, 160);
    });
    return table;
}

} // namespace duper::ui
