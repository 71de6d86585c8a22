#pragma once

#include "core/followers/FollowerRow.h"
#include "ui/common/SearchFilterProxyModel.h"

#include <QPointer>
#include <optional>

namespace duper::ui {

class FollowerTableModel;

// Filters and sorts a FollowerTableModel: the search box (a case-insensitive substring of the follower name, leader
// index or remote cluster) and an optional status filter. Sorts by FollowerTableModel::SortRole (name ascending by
// default) and re-sorts in place when a refresh changes values.
class FollowerFilterProxyModel : public SearchFilterProxyModel
{
    Q_OBJECT

public:
    explicit FollowerFilterProxyModel(QObject* parent = nullptr);
    void setStateFilter(std::optional<duper::FollowerState> state);
    std::optional<duper::FollowerState> stateFilter() const { return m_stateFilter; }
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::optional<duper::FollowerState> m_stateFilter;
    // The source as a FollowerTableModel (null for any other model): looked up once, not once a comparison.
    QPointer<const FollowerTableModel> m_followers;
};

} // namespace duper::ui
