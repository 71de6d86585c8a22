#include "ui/fleet/FleetProxyModel.h"

#include "ui/fleet/FleetModel.h"

namespace duper::ui {

FleetProxyModel::FleetProxyModel(QObject* parent) : SearchFilterProxyModel(FleetModel::SortRole, parent)
{}

bool FleetProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!hasSearchText())
        return true;
    const auto* model = qobject_cast<const FleetModel*>(sourceModel());
    const FleetRow* row = model && !sourceParent.isValid() ? model->rowAt(sourceRow) : nullptr;
    if (!row)
        return false;
    const QStringList texts{row->connectionName, row->url,         row->clusterName,
                            row->version,        row->licenseType, FleetModel::stateText(*row)};
    for (const QString& text : texts)
        if (matchesSearch(text))
            return true;
    for (const QString& remote : row->remotes)
        if (matchesSearch(remote))
            return true;
    return false;
}

} // namespace duper::ui
