#pragma once

class QAbstractItemModel;
class QPoint;
class QTableView;
class QWidget;

namespace duper::ui {

class FollowerActionSet;

// The table of the Follower indices tab: sorted by name, whole rows selected (several at once), a context menu, and
// fixed row heights so scrolling through thousands of followers stays cheap.
class FollowerTable
{
public:
    static QTableView* create(QWidget* parent, QAbstractItemModel* proxy);
    // The row actions at `position` (viewport coordinates), for the row there: it becomes the selection unless it
    // already is part of it.
    static void showContextMenu(QTableView* table, FollowerActionSet* actions, const QPoint& position);
};

} // namespace duper::ui
