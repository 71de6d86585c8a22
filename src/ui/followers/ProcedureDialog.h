#pragma once

#include "core/es/EsError.h"
#include "core/procedures/FollowerProcedure.h"
#include "core/procedures/ProcedureStep.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QScopedPointer>

class QTreeWidgetItem;

namespace Ui {
class ProcedureDialog;
}

namespace duper {
class BatchRunner;
class FollowerActions;
class FollowerProcedure;
} // namespace duper

namespace duper::ui {

// Shows a follower procedure (unfollow, recreate) of one index, run by FollowerActions, while it runs: one row per
// step with its state in words and an icon (waiting, running, done, already done, failed), never by colour alone.
// When a step fails it shows the procedure's failure report and offers "Try again" (the procedure continues from
// wherever the index is) and, when the index was left closed, "Reopen the index". While running, the close button
// stops the procedure.
class ProcedureDialog : public QDialog
{
    Q_OBJECT

public:
    enum class StepState
    {
        Waiting,
        Running,
        Done,
        AlreadyDone,
        Failed
    };

    // Takes ownership of `runner`, a one-index procedure action of `actions` (FollowerActions::unfollow,
    // recreate), not started yet; `steps` are its steps (FollowerActions::steps). `actions` must outlive the dialog.
    // `description` says in one sentence what the procedure does to the index.
    ProcedureDialog(FollowerActions* actions, BatchRunner* runner, const QList<ProcedureStep>& steps,
                    const QString& description, QWidget* parent = nullptr);
    ~ProcedureDialog() override;

    const QString& index() const { return m_index; }
    // The procedure running now; null between runs.
    FollowerProcedure* procedure() const { return m_procedure; }
    StepState stepState(ProcedureStep step) const { return m_states.value(step, StepState::Waiting); }
    // "Waiting", "Running…", "Done", "Already done", "Failed", translated.
    static QString stateText(StepState state);

public slots:
    // Starts (or continues) the procedure.
    void start();
    // Closing while running (Escape, the window's close button) stops the procedure first, so it is reported.
    void done(int result) override;

signals:
    void finishedSuccessfully(const QString& name);
    // A run ended or the index was reopened: the index may have changed, lists should refresh.
    void indexChanged(const QString& name);

private:
    void setStepState(ProcedureStep step, StepState state);
    void attach(FollowerProcedure* procedure);
    void onFinished();
    bool isRunning() const;
    void reopen();
    void updateButtons();
    void stopOrClose();

    QScopedPointer<Ui::ProcedureDialog> m_ui;
    FollowerActions* m_actions;
    BatchRunner* m_runner;
    QString m_index;
    QList<ProcedureStep> m_steps;
    QPointer<FollowerProcedure> m_procedure;
    QMap<ProcedureStep, StepState> m_states;
    QMap<ProcedureStep, QTreeWidgetItem*> m_items;
    QPointer<BatchRunner> m_reopen;
    bool m_succeeded = false;
    bool m_failed = false;
    bool m_leftClosed = false;   // the last failed run left the index closed
    bool m_reopenedOpen = false; // the index was reopened after the last failed run
};

} // namespace duper::ui
