#include "ui/followers/ProcedureDialog.h"

#include "core/ccr/CcrApi.h"
#include "core/procedures/FollowerProcedure.h"
#include "ui_ProcedureDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QStyle>

namespace duper::ui {

namespace {

QIcon stateIcon(const QStyle* style, ProcedureDialog::StepState state)
{
    switch (state) {
    case ProcedureDialog::StepState::Waiting:
        return {};
    case ProcedureDialog::StepState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case ProcedureDialog::StepState::Done:
    case ProcedureDialog::StepState::AlreadyDone:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ProcedureDialog::StepState::Failed:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

// A mark in the text as well as the icon: readable without colour and without icons.
QString stateMark(ProcedureDialog::StepState state)
{
    switch (state) {
    case ProcedureDialog::StepState::Waiting:
        return QStringLiteral("○");
    case ProcedureDialog::StepState::Running:
        return QStringLiteral("…");
    case ProcedureDialog::StepState::Done:
    case ProcedureDialog::StepState::AlreadyDone:
        return QStringLiteral("✔");
    case ProcedureDialog::StepState::Failed:
        break;
    }
    return QStringLiteral("✘");
}

} // namespace

ProcedureDialog::ProcedureDialog(CcrApi* api, FollowerProcedure* procedure, const QString& description, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ProcedureDialog), m_api(api), m_procedure(procedure)
{
    m_ui->setupUi(this);
    m_procedure->setParent(this);
    setWindowTitle(tr("Follower index %1").arg(m_procedure->index()));
    m_ui->descriptionLabel->setText(description);
    m_ui->stepList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->stepList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (ProcedureStep step : m_procedure->steps()) {
        auto* item = new QTreeWidgetItem(m_ui->stepList, {ProcedureStepText::title(step), QString()});
        m_items.insert(step, item);
        setStepState(step, StepState::Waiting);
    }
    m_ui->outcomeLabel->hide();

    connect(m_procedure, &FollowerProcedure::stepStarted, this,
            [this](ProcedureStep step) { setStepState(step, StepState::Running); });
    connect(m_procedure, &FollowerProcedure::stepFinished, this, [this](ProcedureStep step, StepOutcome outcome) {
        setStepState(step, outcome == StepOutcome::AlreadyDone ? StepState::AlreadyDone : StepState::Done);
    });
    connect(m_procedure, &FollowerProcedure::stepFailed, this,
            [this](ProcedureStep step, const EsError&) { setStepState(step, StepState::Failed); });
    connect(m_procedure, &FollowerProcedure::finished, this, &ProcedureDialog::onFinished);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ProcedureDialog::start);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &ProcedureDialog::reopen);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ProcedureDialog::stopOrClose);
    updateButtons();
}

ProcedureDialog::~ProcedureDialog()
{
    if (m_reopenJob)
        m_reopenJob->disconnect(this);
}

QString ProcedureDialog::stateText(StepState state)
{
    switch (state) {
    case StepState::Waiting:
        return tr("Waiting");
    case StepState::Running:
        return tr("Running…");
    case StepState::Done:
        return tr("Done");
    case StepState::AlreadyDone:
        return tr("Already done");
    case StepState::Failed:
        break;
    }
    return tr("Failed");
}

void ProcedureDialog::start()
{
    if (m_procedure->isRunning())
        return;
    m_succeeded = false;
    m_reopenedOpen = false;
    for (ProcedureStep step : m_procedure->steps())
        setStepState(step, StepState::Waiting);
    m_ui->outcomeLabel->hide();
    m_procedure->start();
    updateButtons();
}

void ProcedureDialog::setStepState(ProcedureStep step, StepState state)
{
    m_states.insert(step, state);
    if (QTreeWidgetItem* item = m_items.value(step)) {
        item->setText(1, stateMark(state) + QLatin1Char(' ') + stateText(state));
        item->setIcon(1, stateIcon(style(), state));
    }
}

void ProcedureDialog::onFinished(bool succeeded)
{
    m_succeeded = succeeded;
    if (succeeded) {
        m_ui->outcomeLabel->setText(tr("Finished: every step is done."));
    } else {
        m_ui->outcomeLabel->setText(m_procedure->failureReport());
        // The steps after the failed one did not run.
    }
    m_ui->outcomeLabel->show();
    updateButtons();
    emit indexChanged(m_procedure->index());
    if (succeeded)
        emit finishedSuccessfully(m_procedure->index());
}

void ProcedureDialog::reopen()
{
    if (m_reopenJob)
        return;
    m_reopenJob = m_api->openIndex(m_procedure->index());
    connect(m_reopenJob, &EsJob::finished, this, [this](EsJob* job) {
        if (job->hasError()) {
            m_ui->outcomeLabel->setText(tr("Reopening failed: %1").arg(job->error().userMessage()));
        } else {
            m_ui->outcomeLabel->setText(
                tr("The index %1 is open again. %2")
                    .arg(m_procedure->index(),
                         m_procedure->failedStep() ? tr("\"Try again\" continues the procedure.") : QString()));
        }
        m_reopenJob = nullptr;
        m_reopenedOpen = !job->hasError();
        updateButtons();
        emit indexChanged(m_procedure->index());
    });
    updateButtons();
}

void ProcedureDialog::updateButtons()
{
    const bool running = m_procedure->isRunning();
    const bool failed = !running && m_procedure->failedStep().has_value();
    m_ui->retryButton->setVisible(failed);
    m_ui->retryButton->setEnabled(!m_reopenJob);
    const bool leftClosed =
        failed && !m_reopenedOpen && m_procedure->state().openness == FollowerIndexState::Openness::Closed;
    m_ui->reopenButton->setVisible(leftClosed);
    m_ui->reopenButton->setEnabled(!m_reopenJob);
    m_ui->closeButton->setText(running ? tr("Stop") : tr("Close"));
    m_ui->closeButton->setToolTip(running ? tr("Stop after the request in flight is aborted") : QString());
}

void ProcedureDialog::done(int result)
{
    if (m_procedure->isRunning())
        m_procedure->cancel();
    QDialog::done(result);
}

void ProcedureDialog::stopOrClose()
{
    if (m_procedure->isRunning()) {
        m_procedure->cancel();
        return;
    }
    accept();
}

} // namespace duper::ui
