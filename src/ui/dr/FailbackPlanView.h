#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/dr/FailbackPlan.h"

#include <QCoreApplication>
#include <QHash>

class QTreeWidget;
class QTreeWidgetItem;

namespace duper::ui {

// The failback wizard's table of steps and indices: each phase of a FailbackPlan with its items, the old leader's
// and the promoted cluster's document counts and max sequence numbers (a copy that differs is flagged), then each
// item's state as the run goes.
class FailbackPlanView
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::FailbackPlanView)

public:
    enum Column
    {
        NameColumn,
        DocumentsAColumn,
        DocumentsBColumn,
        SeqNoAColumn,
        SeqNoBColumn,
        StateColumn
    };

    // `tree` (with the six columns) must outlive the view.
    explicit FailbackPlanView(QTreeWidget* tree);

    void show(const FailbackPlan& plan);
    // The plan in a few sentences: how many indices, how many copies differ, a missing or unconnected alias.
    static QString summary(const FailbackPlan& plan, const QString& promoted);
    QTreeWidgetItem* itemFor(FailbackPlan::Phase phase, const QString& name) const;
    void phaseStarted(FailbackPlan::Phase phase);
    void itemFinished(FailbackPlan::Phase phase, const BatchItemResult& result);

private:
    QTreeWidget* m_tree;
    QHash<QString, QTreeWidgetItem*> m_items; // "<phase key>/<name>"
};

} // namespace duper::ui
