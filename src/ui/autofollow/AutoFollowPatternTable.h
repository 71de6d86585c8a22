#pragma once

#include <QCoreApplication>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace duper::ui {

class Retranslator;

// The table of the Auto-follow patterns tab: sorted by name, whole rows selected (several at once), narrow fixed
// columns so the recent errors stay in view.
class AutoFollowPatternTable
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::AutoFollowPatternsPage)

public:
    static QTableView* create(QWidget* parent, QAbstractItemModel* proxy, Retranslator& texts);
};

} // namespace duper::ui
