#pragma once

#include "core/followers/FollowerRow.h"
#include "core/values/FollowParameters.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

namespace Ui {
class EditFollowerDialog;
}

namespace duper {
class CcrApi;
class EditFollowerProcedure;
} // namespace duper

namespace duper::ui {

// Edits a follower's tuning options: names shown read-only, the parameters in force prefilled, Save runs
// EditFollowerProcedure (pause → resume with the new parameters) showing each step. If the resume is refused the
// follower is left paused: the failure report is shown and "Resume with previous settings" puts it back.
class EditFollowerDialog : public QDialog
{
    Q_OBJECT

public:
    EditFollowerDialog(duper::CcrApi* api, const duper::FollowerRow& row, QWidget* parent = nullptr);
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

    QScopedPointer<Ui::EditFollowerDialog> m_ui;
    duper::CcrApi* m_api;
    FollowerRow m_row;
    FollowParameters m_previous;
    QPointer<EditFollowerProcedure> m_procedure;
};

} // namespace duper::ui
