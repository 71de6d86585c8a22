#pragma once

#include "cli/CommandContext.h"
#include "cli/Output.h"
#include "core/batch/BatchItemResult.h"

#include <QList>
#include <QObject>

namespace duper::cli {

// Prints the progress of a multi-step run (failover, failback) on the command line: "[2/4] Unfollow (20)" as each
// phase starts, and every item that failed, as it fails. `Run` has phaseStarted(Phase, int) and
// itemFinished(Phase, BatchItemResult); `title` names a phase for people.
template <typename Run, typename Phase, typename Title>
void printRunProgress(CommandContext& context, Run* run, const QList<Phase>& phases, Title title)
{
    QObject::connect(run, &Run::phaseStarted, &context, [&context, phases, title](Phase phase, int count) {
        context.output().note(QStringLiteral("[%1/%2] %3 (%4)")
                                  .arg(phases.indexOf(phase) + 1)
                                  .arg(phases.size())
                                  .arg(title(phase))
                                  .arg(count));
    });
    QObject::connect(run, &Run::itemFinished, &context, [&context](Phase, const BatchItemResult& result) {
        if (result.failed())
            context.output().error(QStringLiteral("%1: %2").arg(result.name, result.message));
    });
}

} // namespace duper::cli
