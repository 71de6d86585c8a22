#pragma once

#include "core/batch/BatchItemResult.h"

#include <QCoreApplication>

class QTreeWidgetItem;

namespace duper::ui {

// How a wizard's progress table shows one item of a run: "Running…" while its step runs, then "Done", "Already
// done" or "Failed: <why>" with an icon beside the words, the whole text in the tooltip.
class RunItemState
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::RunItemState)

public:
    static void running(QTreeWidgetItem* item, int column);
    // A failure also expands the item's group, so it is seen.
    static void finished(QTreeWidgetItem* item, int column, const BatchItemResult& result);
};

} // namespace duper::ui
