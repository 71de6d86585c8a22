#pragma once

#include <QSortFilterProxyModel>

namespace duper::ui {

// Filters and sorts an AutoFollowPatternModel: the search box matches (case-insensitively) the name, remote
// cluster, leader patterns, exclusions or follower pattern. Sorts by AutoFollowPatternModel::SortRole, ties by name.
class AutoFollowPatternFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AutoFollowPatternFilterProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
};

} // namespace duper::ui
