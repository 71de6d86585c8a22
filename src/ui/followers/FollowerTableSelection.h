#pragma once

#include "core/followers/FollowerRow.h"

#include <QList>
#include <optional>

class QTableView;

namespace duper::ui {

class FollowerFilterBar;
class FollowerFilterProxyModel;
class FollowerTableModel;

// Which followers of the Follower indices table the user means: the checked rows, else the selected ones, the current
// row, a row by name; and making a follower current even when the filters hide it.
class FollowerTableSelection
{
public:
    FollowerTableSelection(FollowerTableModel* model, FollowerFilterProxyModel* proxy, QTableView* table,
                           FollowerFilterBar* filterBar);

    // The checked rows when any are checked, else the selected ones.
    QList<duper::FollowerRow> targetRows() const;
    std::optional<duper::FollowerRow> currentRow() const;
    std::optional<duper::FollowerRow> rowNamed(const QString& name) const;
    // The row behind the current index, or null; valid until the model changes.
    const duper::FollowerRow* current() const;
    // Makes `name` the current row (clearing a filter that hides it) and scrolls to it.
    void select(const QString& name);

private:
    FollowerTableModel* m_model;
    FollowerFilterProxyModel* m_proxy;
    QTableView* m_table;
    FollowerFilterBar* m_filterBar;
};

} // namespace duper::ui
