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
    // Equal: the one that fired earlier first, so a descending sort shows the newest on top.
    const QModelIndex leftFired = left.siblingAtColumn(AlertListModel::FiredColumn);
    const QModelIndex rightFired = right.siblingAtColumn(AlertListModel::FiredColumn);
    const qint64 a = leftFired.data(AlertListModel::SortRole).toLongLong();
    const qint64 b = rightFired.data(AlertListModel::SortRole).toLongLong();
    if (a != b)
        return a < b;
    return left.data(AlertListModel::EpisodeIdRole).toULongLong() <
           right.data(AlertListModel::EpisodeIdRole).toULongLong();
}

} // namespace duper::ui
