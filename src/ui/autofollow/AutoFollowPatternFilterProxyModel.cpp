#include "ui/autofollow/AutoFollowPatternFilterProxyModel.h"

#include "ui/autofollow/AutoFollowPatternModel.h"

namespace duper::ui {

AutoFollowPatternFilterProxyModel::AutoFollowPatternFilterProxyModel(QObject* parent)
    : SearchFilterProxyModel(AutoFollowPatternModel::SortRole, parent)
{}

bool AutoFollowPatternFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!hasSearchText())
        return true;
    for (int column : {AutoFollowPatternModel::NameColumn, AutoFollowPatternModel::RemoteClusterColumn,
                       AutoFollowPatternModel::LeaderPatternsColumn, AutoFollowPatternModel::ExclusionPatternsColumn,
                       AutoFollowPatternModel::FollowerPatternColumn}) {
        if (matchesSearch(sourceModel()->index(sourceRow, column, sourceParent).data().toString()))
            return true;
    }
    return false;
}

bool AutoFollowPatternFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(AutoFollowPatternModel::SortRole);
    const QVariant b = right.data(AutoFollowPatternModel::SortRole);
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    return left.data(AutoFollowPatternModel::NameRole).toString() <
           right.data(AutoFollowPatternModel::NameRole).toString();
}

} // namespace duper::ui
