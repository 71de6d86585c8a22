#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QWidget;

namespace duper {
class AutoFollowActions;
class BatchRunner;
} // namespace duper

namespace duper::ui {

// Pause, resume or delete of the selected auto-follow patterns as the tab runs it: one confirmation listing the
// names (none for pausing or resuming a single pattern, as in Kibana), the work through AutoFollowActions, then a
// status line and, for several patterns or any failure, one line per pattern.
class AutoFollowBulkFlow
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::AutoFollowPatternsPage)

public:
    enum class Operation
    {
        Pause,
        Resume,
        Delete
    };

    // Reports a status line for the window.
    using StatusSink = std::function<void(const QString&)>;
    // Called once the work ended (not when the user declined), to refresh the list.
    using Done = std::function<void()>;

    // Dialogs open on `page` and answers are dropped once `page` is gone. `actions` must outlive the work.
    static void confirmAndRun(QWidget* page, AutoFollowActions* actions, Operation operation, const QStringList& names,
                              StatusSink status, Done done);
    static void run(QWidget* page, AutoFollowActions* actions, Operation operation, const QStringList& names,
                    StatusSink status, Done done);

private:
    static void report(QWidget* page, Operation operation, const BatchRunner& runner, const StatusSink& status);
};

} // namespace duper::ui
