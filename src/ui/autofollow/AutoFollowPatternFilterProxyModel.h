#pragma once

#include "ui/common/SearchFilterProxyModel.h"

namespace duper::ui {

// Filters and sorts an AutoFollowPatternModel: the search box matches (case-insensitively) the name, remote
// cluster, leader patterns, exclusions or follower pattern. Sorts by AutoFollowPatternModel::SortRole, ties by name.
class AutoFollowPatternFilterProxyModel : public SearchFilterProxyModel
{
    Q_OBJECT

public:
    explicit AutoFollowPatternFilterProxyModel(QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace duper::ui
