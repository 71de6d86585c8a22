#include "ui/common/SearchFilterProxyModel.h"

namespace duper::ui {

SearchFilterProxyModel::SearchFilterProxyModel(int sortRole, QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(sortRole);
    setDynamicSortFilter(true);
}

void SearchFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateRowsFilter();
}

bool SearchFilterProxyModel::matchesSearch(const QString& text) const
{
    return m_searchText.isEmpty() || text.contains(m_searchText, Qt::CaseInsensitive);
}

} // namespace duper::ui
