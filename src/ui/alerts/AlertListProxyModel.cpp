#include "ui/alerts/AlertListProxyModel.h"

#include "ui/alerts/AlertListModel.h"

namespace duper::ui {

AlertListProxyModel::AlertListProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AlertListModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

bool AlertListProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const int column = left.column();
    const bool numeric = column == AlertListModel::SeverityColumn || column == AlertListModel::FiredColumn ||
                         column == AlertListModel::StateColumn;
    if (numeric) {
        const qint64 a = left.data(AlertListModel::SortRole).toLongLong();
        const qint64 b = right.data(AlertListModel::SortRole).toLongLong();
        if (a != b)
            return a < b;
    } else {
        const int order = QString::localeAwareCompare(left.data().toString(), right.data().toString());
        if (order != 0)
            return order < 0;
    }
    // Equal: the one that fired earlier first, so a descending sort shows the newest on top; within one refresh the
    // worse first, then by follower name (both as a descending sort shows them).
    const auto number = [](const QModelIndex& index, int column) {
        return index.siblingAtColumn(column).data(AlertListModel::SortRole).toLongLong();
    };
    for (int tieColumn : {int(AlertListModel::FiredColumn), int(AlertListModel::SeverityColumn)}) {
        const qint64 a = number(left, tieColumn);
        const qint64 b = number(right, tieColumn);
        if (a != b)
            return a < b;
    }
    const int names = QString::localeAwareCompare(left.data(AlertListModel::FollowerRole).toString(),
                                                  right.data(AlertListModel::FollowerRole).toString());
    if (names != 0)
        return names > 0;
    return left.data(AlertListModel::EpisodeIdRole).toULongLong() <
           right.data(AlertListModel::EpisodeIdRole).toULongLong();
}

} // namespace duper::ui
