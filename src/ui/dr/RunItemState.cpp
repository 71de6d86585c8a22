#include "ui/dr/RunItemState.h"

#include <QStyle>
#include <QTreeWidget>

namespace duper::ui {

void RunItemState::running(QTreeWidgetItem* item, int column)
{
    item->setText(column, tr("Running…"));
}

void RunItemState::finished(QTreeWidgetItem* item, int column, const BatchItemResult& result)
{
    const QStyle::StandardPixmap icon = result.failed() ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogApplyButton;
    if (QTreeWidget* tree = item->treeWidget())
        item->setIcon(column, tree->style()->standardIcon(icon));
    item->setText(column, result.failed()        ? tr("Failed: %1").arg(result.message)
                          : result.alreadyDone() ? tr("Already done")
                                                 : tr("Done"));
    item->setToolTip(column, item->text(column));
    if (result.failed() && item->parent())
        item->parent()->setExpanded(true);
}

} // namespace duper::ui
