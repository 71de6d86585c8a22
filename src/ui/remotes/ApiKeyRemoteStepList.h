#pragma once

#include "core/security/ApiKeyRemoteStep.h"

#include <QCoreApplication>

class QTreeWidget;
class QTreeWidgetItem;

namespace duper {
class ApiKeyRemoteSetup;
}

namespace duper::ui {

// The steps of an API-key remote set-up as rows of a tree widget (step, state, details): each row says in words
// where its step is (ApiKeyRemoteStepText) and, when it failed, why. The widget is the dialog's.
class ApiKeyRemoteStepList
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::ApiKeyRemoteDialog)

public:
    explicit ApiKeyRemoteStepList(QTreeWidget* tree);

    // Every step pending, no details (a new run).
    void reset();
    // The row of `step` as `setup` has it now.
    void show(const duper::ApiKeyRemoteSetup& setup, duper::ApiKeyRemoteStep step);
    QTreeWidgetItem* item(duper::ApiKeyRemoteStep step) const;
    // Puts `status` in `row` the way every step list shows a step: its state (red when failed) in column 1 and its
    // detail, or the error when it failed, in column 2 (and in full in the tool tip). Shared with the migration's list.
    static void showStatus(QTreeWidgetItem* row, const duper::ApiKeyRemoteStepStatus& status);

private:
    // ReloadSettings: one child row per follower node with its result.
    void showNodes(const duper::ApiKeyRemoteSetup& setup, QTreeWidgetItem* row);

    QTreeWidget* m_tree;
};

} // namespace duper::ui
