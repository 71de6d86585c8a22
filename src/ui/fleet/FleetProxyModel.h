#pragma once

#include "ui/common/SearchFilterProxyModel.h"

namespace duper::ui {

// Filters and sorts the fleet table: the search box matches a connection's name, URL, cluster name, state, version,
// license or a remote it follows (case-insensitive substring); sorting is by FleetModel::SortRole, connection name
// ascending at first.
class FleetProxyModel : public SearchFilterProxyModel
{
    Q_OBJECT

public:
    explicit FleetProxyModel(QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
};

} // namespace duper::ui
