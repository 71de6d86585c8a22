#pragma once

#include "core/batch/BatchRunner.h"
#include "core/followers/FollowerRow.h"
#include "core/values/FollowParameters.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class EditFollowerDialog;
}

namespace duper {
class FollowerActions;
class FollowerProcedure;
} // namespace duper

namespace duper::ui {

// Edits a follower's tuning options: names shown read-only, the parameters in force prefilled, Save runs
// FollowerActions::edit (pause → resume with the new parameters) showing each step. If the resume is refused the
// follower is left paused: the failure report is shown and "Resume with previous settings" puts it back.
class EditFollowerDialog : public QDialog
{
    Q_OBJECT

public:
    // `actions` must outlive the dialog.
    EditFollowerDialog(duper::FollowerActions* actions, const duper::FollowerRow& row, QWidget* parent = nullptr);
    ~EditFollowerDialog() override;

    // The parameters to start from when the row has none (a paused follower whose last parameters Duper kept).
    void setInitialParameters(const FollowParameters& parameters);
    bool isRunning() const;

public slots:
    void save();
    void resumeWithPrevious();

signals:
    void followerUpdated(const QString& name);

private:
    void validate();
    void setStepText(int row, const QString& mark, const QString& state);
    void setBusy(bool busy);
    void attach(FollowerProcedure* procedure);
    void onEditFinished();

    QScopedPointer<Ui::EditFollowerDialog> m_ui;
    duper::FollowerActions* m_actions;
    FollowerRow m_row;
    FollowParameters m_previous;
    QPointer<BatchRunner> m_edit;
    QPointer<BatchRunner> m_resumePrevious;
    bool m_canResumeWithPrevious = false; // the last edit failed at its resume with the follower left paused
};

} // namespace duper::ui
