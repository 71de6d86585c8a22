#include "ui/remotes/ApiKeyRemoteStepList.h"

#include "core/security/ApiKeyRemoteSetup.h"

#include <QHeaderView>
#include <QPalette>
#include <QTreeWidget>

namespace duper::ui {

ApiKeyRemoteStepList::ApiKeyRemoteStepList(QTreeWidget* tree) : m_tree(tree)
{
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 230);
    m_tree->setColumnWidth(1, 90);
    reset();
}

void ApiKeyRemoteStepList::reset()
{
    m_tree->clear();
    for (int i = 0; i < kApiKeyRemoteStepCount; ++i) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, ApiKeyRemoteStepText::title(ApiKeyRemoteStep(i)));
        item->setText(1, ApiKeyRemoteStepText::state(ApiKeyRemoteStepState::Pending));
    }
}

QTreeWidgetItem* ApiKeyRemoteStepList::item(ApiKeyRemoteStep step) const
{
    return m_tree->topLevelItem(int(step));
}

void ApiKeyRemoteStepList::show(const ApiKeyRemoteSetup& setup, ApiKeyRemoteStep step)
{
    QTreeWidgetItem* row = item(step);
    showStatus(row, setup.status(step));
    if (step == ApiKeyRemoteStep::ReloadSettings)
        showNodes(setup, row);
    m_tree->scrollToItem(row);
}

void ApiKeyRemoteStepList::showStatus(QTreeWidgetItem* row, const ApiKeyRemoteStepStatus& status)
{
    row->setText(1, ApiKeyRemoteStepText::state(status.state));
    const bool failed = status.state == ApiKeyRemoteStepState::Failed;
    const QString text = failed ? status.error : status.detail;
    row->setText(2, text);
    row->setToolTip(2, text); // long answers are read in full in the tool tip
    // Red when failed; else no colour of its own, so it follows the palette (a dark one too).
    row->setData(1, Qt::ForegroundRole, failed ? QVariant(QBrush(Qt::red)) : QVariant());
}

void ApiKeyRemoteStepList::showNodes(const ApiKeyRemoteSetup& setup, QTreeWidgetItem* row)
{
    qDeleteAll(row->takeChildren());
    const ApiKeyRemoteStepStatus& status = setup.status(ApiKeyRemoteStep::ReloadSettings);
    const bool done = status.state == ApiKeyRemoteStepState::Done;
    if (!done && status.state != ApiKeyRemoteStepState::Failed)
        return;
    // A failed reload names its nodes (failedOn); when it was refused as a whole no node has an answer.
    const QStringList failedOn = status.failedOn.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    if (!done && failedOn.isEmpty())
        return;
    for (const ApiKeyRemoteSetup::NodeCommand& node : setup.keystoreCommands()) {
        auto* child = new QTreeWidgetItem(row);
        const bool failed = failedOn.contains(node.node);
        child->setText(0, node.node);
        child->setText(1, failed ? tr("not reloaded") : tr("reloaded"));
        child->setText(2, node.address);
        if (failed)
            child->setForeground(1, QBrush(Qt::red));
    }
    row->setExpanded(true);
}

} // namespace duper::ui
