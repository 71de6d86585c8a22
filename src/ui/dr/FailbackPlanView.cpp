#include "ui/dr/FailbackPlanView.h"

#include "ui/dr/RunItemState.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <algorithm>

namespace duper::ui {

namespace {

using Phase = FailbackPlan::Phase;

QString key(Phase phase, const QString& name)
{
    return failbackPhaseKey(phase) + QLatin1Char('/') + name;
}

} // namespace

FailbackPlanView::FailbackPlanView(QTreeWidget* tree) : m_tree(tree)
{
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 230); // index names; the group titles span the row
    for (int column = DocumentsAColumn; column < StateColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

void FailbackPlanView::show(const FailbackPlan& plan)
{
    m_items.clear();
    m_tree->clear();
    const QIcon warning = m_tree->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto addItem = [&](QTreeWidgetItem* group, Phase phase, const QString& name, const QString& label,
                       const QString& state) {
        auto* item = new QTreeWidgetItem(group, {label});
        item->setText(StateColumn, state);
        item->setToolTip(StateColumn, state);
        if (const FailbackPlan::Index* index = plan.find(name)) {
            item->setText(DocumentsAColumn, index->statsA ? QString::number(index->statsA->documents) : tr("none"));
            item->setText(DocumentsBColumn, QString::number(index->statsB.documents));
            item->setText(SeqNoAColumn, index->statsA ? QString::number(index->statsA->maxSeqNo()) : tr("none"));
            item->setText(SeqNoBColumn, QString::number(index->statsB.maxSeqNo()));
            if (index->statsA && index->differs()) {
                item->setIcon(NameColumn, warning);
                item->setToolTip(NameColumn, tr("The copy here differs from the promoted cluster's"));
            }
        }
        m_items.insert(key(phase, name), item);
    };
    for (const Phase phase : plan.phases()) {
        auto* group = new QTreeWidgetItem(m_tree, {failbackPhaseTitle(phase)});
        group->setFirstColumnSpanned(true);
        group->setExpanded(phase != Phase::CatchUp && phase != Phase::Verify);
        switch (phase) {
        case Phase::EnsureRemote:
            addItem(group, phase, plan.remoteCluster, tr("Remote cluster %1").arg(plan.remoteCluster),
                    !plan.remoteExists
                        ? tr("Missing: will be added with the seeds %1").arg(plan.seeds.join(QStringLiteral(", ")))
                    : plan.remoteConnected ? tr("Exists and is connected")
                                           : tr("Exists but is not connected: the promoted cluster must be "
                                                "reachable from this one"));
            break;
        case Phase::DeleteStaleCopies:
            for (const QString& stream : plan.dataStreamsToDelete)
                addItem(group, phase, stream, tr("data stream %1").arg(stream), tr("Will be deleted"));
            for (const QString& name : plan.indicesToDelete)
                addItem(group, phase, name, name,
                        plan.find(name) && plan.find(name)->differs() ? tr("Differs; will be deleted")
                                                                      : tr("Will be deleted"));
            break;
        case Phase::Follow:
            for (const QString& name : plan.toFollow())
                addItem(group, phase, name, name, tr("Will follow the promoted cluster"));
            break;
        case Phase::CatchUp:
        case Phase::Verify:
            for (const FailbackPlan::Index& index : plan.indices)
                addItem(group, phase, index.name, index.name,
                        phase == Phase::CatchUp ? tr("Will be waited for") : tr("Will be checked"));
            break;
        }
    }
}

QString FailbackPlanView::summary(const FailbackPlan& plan, const QString& promoted)
{
    const auto differing =
        std::count_if(plan.indices.cbegin(), plan.indices.cend(),
                      [](const FailbackPlan::Index& index) { return index.statsA && index.differs(); });
    QStringList notes;
    if (plan.isEmpty())
        notes << tr("The promoted cluster has no index to follow: there is nothing to fail back.");
    else
        notes << tr("%n index(es) will follow %1.", nullptr, int(plan.indices.size())).arg(promoted);
    if (differing > 0)
        notes << tr("%n copy(ies) here differ from the promoted cluster's (flagged).", nullptr, int(differing));
    if (!plan.remoteExists)
        notes << tr("This cluster has no remote cluster %1 yet: it will be added.").arg(plan.remoteCluster);
    else if (!plan.remoteConnected)
        notes << tr("The remote cluster %1 is not connected: check that %2 is up and reachable from this cluster.")
                     .arg(plan.remoteCluster, promoted);
    for (const FailbackPlan::Skipped& skipped : plan.skipped)
        notes << tr("Skipped %1: %2").arg(skipped.name, skipped.reason);
    return notes.join(QLatin1Char(' '));
}

QTreeWidgetItem* FailbackPlanView::itemFor(Phase phase, const QString& name) const
{
    return m_items.value(key(phase, name));
}

void FailbackPlanView::phaseStarted(Phase phase)
{
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (it.key().startsWith(failbackPhaseKey(phase) + QLatin1Char('/')))
            RunItemState::running(it.value(), StateColumn);
}

void FailbackPlanView::itemFinished(Phase phase, const BatchItemResult& result)
{
    if (QTreeWidgetItem* item = itemFor(phase, result.name))
        RunItemState::finished(item, StateColumn, result);
}

} // namespace duper::ui
