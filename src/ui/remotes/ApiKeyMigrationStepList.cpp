#include "ui/remotes/ApiKeyMigrationStepList.h"

#include "core/security/ApiKeyMigration.h"
#include "core/security/ApiKeyRemoteSetup.h"
#include "ui/remotes/ApiKeyRemoteStepList.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace duper::ui {

ApiKeyMigrationStepList::ApiKeyMigrationStepList(QTreeWidget* tree) : m_tree(tree)
{
    // The step titles in full (the details are elided when narrow, and read in full in their tool tips).
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Migration steps"));
    reset();
}

void ApiKeyMigrationStepList::reset()
{
    m_tree->clear();
    for (int i = 0; i < kApiKeyMigrationStepCount; ++i) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, ApiKeyMigrationStepText::title(ApiKeyMigrationStep(i)));
        item->setText(1, ApiKeyRemoteStepText::state(ApiKeyRemoteStepState::Pending));
    }
    item(ApiKeyMigrationStep::Rollback)->setHidden(true);
}

QTreeWidgetItem* ApiKeyMigrationStepList::item(ApiKeyMigrationStep step) const
{
    return m_tree->topLevelItem(int(step));
}

void ApiKeyMigrationStepList::show(const ApiKeyMigration& migration, ApiKeyMigrationStep step)
{
    QTreeWidgetItem* row = item(step);
    const ApiKeyRemoteStepStatus& status = migration.status(step);
    ApiKeyRemoteStepList::showStatus(row, status);
    if (step == ApiKeyMigrationStep::Rollback)
        row->setHidden(status.state == ApiKeyRemoteStepState::Pending);
    m_tree->scrollToItem(row);
}

void ApiKeyMigrationStepList::showSwitch(const ApiKeyRemoteSetup& setup)
{
    QTreeWidgetItem* row = item(ApiKeyMigrationStep::Switch);
    // The key is the migration's first step: the set-up's own CreateKey only takes it over.
    const int first = int(ApiKeyRemoteStep::ReadNodes);
    if (row->childCount() == 0) {
        for (int i = first; i < kApiKeyRemoteStepCount; ++i)
            new QTreeWidgetItem(row, {ApiKeyRemoteStepText::title(ApiKeyRemoteStep(i))});
        row->setExpanded(true);
    }
    for (int i = first; i < kApiKeyRemoteStepCount; ++i)
        ApiKeyRemoteStepList::showStatus(row->child(i - first), setup.status(ApiKeyRemoteStep(i)));
}

} // namespace duper::ui
