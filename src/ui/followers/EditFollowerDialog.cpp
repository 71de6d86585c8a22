#include "ui/followers/EditFollowerDialog.h"

#include "core/procedures/EditFollowerProcedure.h"
#include "ui/common/FollowParametersEditor.h"
#include "ui_EditFollowerDialog.h"

#include <QListWidgetItem>

namespace duper::ui {

EditFollowerDialog::EditFollowerDialog(duper::CcrApi* api, const duper::FollowerRow& row, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::EditFollowerDialog), m_api(api), m_row(row), m_previous(row.parameters)
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
        if (isRunning())
            m_procedure->cancel();
        else
            reject();
    });
    validate();
}

EditFollowerDialog::~EditFollowerDialog() = default;

void EditFollowerDialog::setInitialParameters(const FollowParameters& parameters)
{
    m_previous = parameters;
    m_ui->parametersEditor->setParameters(parameters);
}

bool EditFollowerDialog::isRunning() const
{
    return m_procedure && (m_procedure->isRunning() || m_procedure->isResumingWithPrevious());
}

void EditFollowerDialog::save()
{
    if (isRunning() || !m_ui->parametersEditor->isValid())
        return;
    delete m_procedure;
    auto* procedure =
        new EditFollowerProcedure(m_api, m_row.name, m_ui->parametersEditor->parameters(), m_previous, this);
    m_procedure = procedure;

    m_ui->stepList->clear();
    for (ProcedureStep step : procedure->steps()) {
        auto* item = new QListWidgetItem(m_ui->stepList);
        item->setData(Qt::UserRole, int(step));
    }
    for (int i = 0; i < procedure->steps().size(); ++i)
        setStepText(i, QStringLiteral("○"), tr("waiting"));
    m_ui->stepList->show();
    m_ui->failureLabel->hide();
    m_ui->resumePreviousButton->hide();

    auto rowOf = [procedure](ProcedureStep step) { return int(procedure->steps().indexOf(step)); };
    connect(procedure, &FollowerProcedure::stepStarted, this,
            [this, rowOf](ProcedureStep step) { setStepText(rowOf(step), QStringLiteral("…"), tr("running")); });
    connect(procedure, &FollowerProcedure::stepFinished, this, [this, rowOf](ProcedureStep step, StepOutcome outcome) {
        setStepText(rowOf(step), QStringLiteral("✔"),
                    outcome == StepOutcome::AlreadyDone ? tr("already done") : tr("done"));
    });
    connect(procedure, &FollowerProcedure::stepFailed, this,
            [this, rowOf](ProcedureStep step) { setStepText(rowOf(step), QStringLiteral("✘"), tr("failed")); });
    connect(procedure, &FollowerProcedure::finished, this, [this, procedure](bool succeeded) {
        setBusy(false);
        if (succeeded) {
            emit followerUpdated(m_row.name);
            accept();
            return;
        }
        m_ui->failureLabel->setText(procedure->failureReport());
        m_ui->failureLabel->show();
        m_ui->resumePreviousButton->setVisible(procedure->canResumeWithPrevious());
    });
    connect(procedure, &EditFollowerProcedure::resumeWithPreviousFinished, this,
            [this](bool succeeded, const EsError& error) {
                setBusy(false);
                if (succeeded) {
                    m_ui->resumePreviousButton->hide();
                    m_ui->failureLabel->setStyleSheet(QString());
                    m_ui->failureLabel->setText(
                        tr("Replication of \"%1\" resumed with the previous settings.").arg(m_row.name));
                    emit followerUpdated(m_row.name);
                    return;
                }
                m_ui->failureLabel->setText(
                    tr("Resuming with the previous settings failed too: %1").arg(error.userMessage()));
            });
    setBusy(true);
    procedure->start();
}

void EditFollowerDialog::resumeWithPrevious()
{
    if (!m_procedure || !m_procedure->canResumeWithPrevious() || isRunning())
        return;
    setBusy(true);
    m_procedure->resumeWithPrevious();
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
