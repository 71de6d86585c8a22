#include "ui/followers/FollowerFilterProxyModel.h"

#include "ui/followers/FollowerTableModel.h"

namespace duper::ui {

FollowerFilterProxyModel::FollowerFilterProxyModel(QObject* parent)
    : SearchFilterProxyModel(FollowerTableModel::SortRole, parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    sort(FollowerTableModel::NameColumn, Qt::AscendingOrder);
}

void FollowerFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_followers = qobject_cast<const FollowerTableModel*>(model);
    SearchFilterProxyModel::setSourceModel(model);
}

void FollowerFilterProxyModel::setStateFilter(std::optional<FollowerState> state)
{
    if (state == m_stateFilter)
        return;
    m_stateFilter = state;
    invalidateRowsFilter();
}

bool FollowerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!hasSearchText() && !m_stateFilter)
        return true;
    const FollowerRow* row = m_followers ? m_followers->rowAt(sourceRow) : nullptr;
    if (!row || sourceParent.isValid())
        return false;
    if (m_stateFilter && row->state != *m_stateFilter)
        return false;
    return matchesSearch(row->name) || matchesSearch(row->leaderIndex) || matchesSearch(row->remoteCluster);
}

bool FollowerFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const FollowerTableModel* model = m_followers.data();
    const FollowerRow* a = model ? model->rowAt(left.row()) : nullptr;
    const FollowerRow* b = model ? model->rowAt(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);

    // Straight from the rows: no QVariant or string copies per comparison (a 10,000-row re-sort stays cheap).
    // Elasticsearch refuses capitals in index names, so a plain comparison gives the case-insensitive order without
    // case-folding every character (that folding was most of a 10,000-row model update: issue 13's profile).
    // Rows in name order (every built snapshot): their positions give the order without comparing 10,000 names
    // a dozen times each.
    const bool positionsAreNameOrder = model->rowsInNameOrder();
    const auto byName = [&]() { return positionsAreNameOrder ? left.row() < right.row() : a->name < b->name; };
    const auto byNumber = [&byName](auto x, auto y) { return x != y ? x < y : byName(); };
    const auto byText = [&byName](const QString& x, const QString& y) {
        const int order = x.compare(y, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : byName();
    };
    switch (left.column()) {
    case FollowerTableModel::NameColumn:
        return byName();
    case FollowerTableModel::StatusColumn:
        return byNumber(int(a->state), int(b->state));
    case FollowerTableModel::RemoteClusterColumn:
        return byText(a->remoteCluster, b->remoteCluster);
    case FollowerTableModel::LeaderIndexColumn:
        return byText(a->leaderIndex, b->leaderIndex);
    case FollowerTableModel::LagColumn:
        return byNumber(a->lag, b->lag);
    case FollowerTableModel::OperationsPerSecondColumn:
        return byNumber(a->operationsPerSecond.value_or(-1.0), b->operationsPerSecond.value_or(-1.0));
    case FollowerTableModel::TimeSinceLastReadColumn:
        return byNumber(a->timeSinceLastReadMillis.value_or(-1), b->timeSinceLastReadMillis.value_or(-1));
    case FollowerTableModel::FailedReadsColumn:
        return byNumber(a->failedReads, b->failedReads);
    case FollowerTableModel::CatchUpColumn:
        return byNumber(model->catchUpEstimate(*a).sortKey(), model->catchUpEstimate(*b).sortKey());
    case FollowerTableModel::LagTrendColumn:
        return byNumber(model->lagSparkline(a->name).highest(), model->lagSparkline(b->name).highest());
    default: {
        const int x = left.data(FollowerTableModel::SortRole).toInt();
        const int y = right.data(FollowerTableModel::SortRole).toInt();
        return byNumber(x, y);
    }
    }
}

} // namespace duper::ui
