#pragma once

#include <QSortFilterProxyModel>

namespace duper::ui {

// Sorts AlertListModel for the view: newest first by default; times and severity by their numbers (SortRole), text
// columns by their words in the user's locale, ties by when they fired (newest first).
class AlertListProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertListProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace duper::ui
