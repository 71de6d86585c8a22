#include "ui/followers/EditFollowerDialog.h"

#include "core/batch/BatchRunner.h"
#include "core/followers/FollowerActions.h"
#include "core/procedures/EditFollowerProcedure.h"
#include "ui/common/FollowParametersEditor.h"
#include "ui_EditFollowerDialog.h"

#include <QListWidgetItem>

namespace duper::ui {

EditFollowerDialog::EditFollowerDialog(duper::FollowerActions* actions, const duper::FollowerRow& row, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::EditFollowerDialog), m_actions(actions), m_row(row), m_previous(row.parameters)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit follower index %1").arg(row.name));
    m_ui->remoteValue->setText(row.remoteCluster);
    m_ui->leaderValue->setText(row.leaderIndex);
    m_ui->followerValue->setText(row.name);
    m_ui->parametersEditor->setParameters(row.parameters);
    m_ui->stepList->hide();
    m_ui->failureLabel->hide();
    m_ui->resumePreviousButton->hide();
    connect(m_ui->parametersEditor, &FollowParametersEditor::changed, this, &EditFollowerDialog::validate);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EditFollowerDialog::save);
    connect(m_ui->resumePreviousButton, &QPushButton::clicked, this, &EditFollowerDialog::resumeWithPrevious);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_edit && m_edit->isRunning())
            m_edit->cancel();
        else if (m_resumePrevious && m_resumePrevious->isRunning())
            m_resumePrevious->cancel();
        else
            reject();
    });
    connect(m_actions, &FollowerActions::procedureStarted, this,
            [this](BatchRunner* runner, const QString&, FollowerProcedure* procedure) {
                if (runner == m_edit)
                    attach(procedure);
            });
    validate();
}

EditFollowerDialog::~EditFollowerDialog()
{
    for (BatchRunner* runner : {m_edit.data(), m_resumePrevious.data()}) {
        if (runner) {
            runner->disconnect(this);
            runner->cancel();
        }
    }
}

void EditFollowerDialog::setInitialParameters(const FollowParameters& parameters)
{
    m_previous = parameters;
    m_ui->parametersEditor->setParameters(parameters);
}

bool EditFollowerDialog::isRunning() const
{
    return (m_edit && m_edit->isRunning()) || (m_resumePrevious && m_resumePrevious->isRunning());
}

void EditFollowerDialog::save()
{
    if (isRunning() || !m_ui->parametersEditor->isValid())
        return;
    delete m_edit;
    m_canResumeWithPrevious = false;
    m_edit = m_actions->edit(m_row.name, m_ui->parametersEditor->parameters(), m_previous);
    m_edit->setParent(this);

    const QList<ProcedureStep> steps = FollowerActions::steps(FollowerActions::Action::Edit);
    m_ui->stepList->clear();
    for (ProcedureStep step : steps) {
        auto* item = new QListWidgetItem(m_ui->stepList);
        item->setData(Qt::UserRole, int(step));
    }
    for (int i = 0; i < steps.size(); ++i)
        setStepText(i, QStringLiteral("○"), tr("waiting"));
    m_ui->stepList->show();
    m_ui->failureLabel->hide();
    m_ui->resumePreviousButton->hide();
    connect(m_edit, &BatchRunner::finished, this, &EditFollowerDialog::onEditFinished);
    setBusy(true);
    m_edit->start();
}

void EditFollowerDialog::attach(FollowerProcedure* procedure)
{
    const QList<ProcedureStep> steps = FollowerActions::steps(FollowerActions::Action::Edit);
    auto rowOf = [steps](ProcedureStep step) { return int(steps.indexOf(step)); };
    connect(procedure, &FollowerProcedure::stepStarted, this,
            [this, rowOf](ProcedureStep step) { setStepText(rowOf(step), QStringLiteral("…"), tr("running")); });
    connect(procedure, &FollowerProcedure::stepFinished, this, [this, rowOf](ProcedureStep step, StepOutcome outcome) {
        setStepText(rowOf(step), QStringLiteral("✔"),
                    outcome == StepOutcome::AlreadyDone ? tr("already done") : tr("done"));
    });
    connect(procedure, &FollowerProcedure::stepFailed, this,
            [this, rowOf](ProcedureStep step) { setStepText(rowOf(step), QStringLiteral("✘"), tr("failed")); });
    // Read before the runner reports: the procedure is deleted after it finished.
    connect(procedure, &FollowerProcedure::finished, this, [this, procedure](bool) {
        if (auto* edit = qobject_cast<EditFollowerProcedure*>(procedure))
            m_canResumeWithPrevious = edit->canResumeWithPrevious();
    });
}

void EditFollowerDialog::onEditFinished()
{
    setBusy(false);
    const BatchItemResult result = m_edit->results().value(0);
    if (result.succeeded()) {
        emit followerUpdated(m_row.name);
        accept();
        return;
    }
    m_ui->failureLabel->setText(result.message);
    m_ui->failureLabel->show();
    m_ui->resumePreviousButton->setVisible(m_canResumeWithPrevious);
}

void EditFollowerDialog::resumeWithPrevious()
{
    if (!m_canResumeWithPrevious || isRunning())
        return;
    setBusy(true);
    FollowParameters previous = m_previous;
    previous.waitForActiveShards.reset(); // belongs to the follow API only; resume_follow would reject it
    delete m_resumePrevious;
    m_resumePrevious = m_actions->resume({m_row.name}, {{m_row.name, previous}});
    m_resumePrevious->setParent(this);
    connect(m_resumePrevious, &BatchRunner::finished, this, [this] {
        setBusy(false);
        const BatchItemResult result = m_resumePrevious->results().value(0);
        if (result.succeeded()) {
            m_canResumeWithPrevious = false;
            m_ui->resumePreviousButton->hide();
            m_ui->failureLabel->setStyleSheet(QString());
            m_ui->failureLabel->setText(
                tr("Replication of \"%1\" resumed with the previous settings.").arg(m_row.name));
            emit followerUpdated(m_row.name);
            return;
        }
        m_ui->failureLabel->setText(
            tr("Resuming with the previous settings failed too: %1").arg(result.error.userMessage()));
    });
    m_resumePrevious->start();
}

void EditFollowerDialog::validate()
{
    m_ui->saveButton->setEnabled(!isRunning() && m_ui->parametersEditor->isValid());
}

void EditFollowerDialog::setStepText(int row, const QString& mark, const QString& state)
{
    QListWidgetItem* item = m_ui->stepList->item(row);
    if (!item)
        return;
    const auto step = ProcedureStep(item->data(Qt::UserRole).toInt());
    item->setText(QStringLiteral("%1 %2 — %3").arg(mark, ProcedureStepText::title(step), state));
}

void EditFollowerDialog::setBusy(bool busy)
{
    m_ui->parametersEditor->setEnabled(!busy);
    m_ui->resumePreviousButton->setEnabled(!busy);
    m_ui->cancelButton->setText(busy ? tr("Cancel") : tr("Close"));
    validate();
}

} // namespace duper::ui
