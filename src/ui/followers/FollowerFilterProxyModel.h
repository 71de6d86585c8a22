#pragma once

#include "core/followers/FollowerRow.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace duper::ui {

// Filters and sorts a FollowerTableModel: the search box (a case-insensitive substring of the follower name, leader
// index or remote cluster) and an optional status filter. Sorts by FollowerTableModel::SortRole (name ascending by
// default) and re-sorts in place when a refresh changes values.
class FollowerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FollowerFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    void setStateFilter(std::optional<duper::FollowerState> state);
    std::optional<duper::FollowerState> stateFilter() const { return m_stateFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    std::optional<duper::FollowerState> m_stateFilter;
};

} // namespace duper::ui
