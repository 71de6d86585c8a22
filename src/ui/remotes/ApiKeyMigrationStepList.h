#pragma once

#include "core/security/ApiKeyMigrationStep.h"

#include <QCoreApplication>

class QTreeWidget;
class QTreeWidgetItem;

namespace duper {
class ApiKeyMigration;
class ApiKeyRemoteSetup;
} // namespace duper

namespace duper::ui {

// The steps of migrating a remote cluster to an API key as rows of a tree widget (step, state, details), each shown
// the way the API-key wizard shows its steps (ApiKeyRemoteStepList::showStatus). The Switch row gets the set-up's own
// steps (nodes, keystore, reload, remote cluster, check) as children; the Rollback row appears only once it is used.
class ApiKeyMigrationStepList
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::ApiKeyMigrationDialog)

public:
    explicit ApiKeyMigrationStepList(QTreeWidget* tree);

    // Every step pending, no details, the Rollback row hidden (a new run).
    void reset();
    // The row of `step` as `migration` has it now.
    void show(const duper::ApiKeyMigration& migration, duper::ApiKeyMigrationStep step);
    // The Switch row's children as `setup` has them now.
    void showSwitch(const duper::ApiKeyRemoteSetup& setup);
    QTreeWidgetItem* item(duper::ApiKeyMigrationStep step) const;

private:
    QTreeWidget* m_tree;
};

} // namespace duper::ui
