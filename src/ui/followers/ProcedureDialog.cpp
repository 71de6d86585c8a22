#include "ui/followers/ProcedureDialog.h"

#include "core/batch/BatchRunner.h"
#include "core/followers/FollowerActions.h"
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

ProcedureDialog::ProcedureDialog(FollowerActions* actions, BatchRunner* runner, const QList<ProcedureStep>& steps,
                                 const QString& description, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ProcedureDialog), m_actions(actions), m_runner(runner),
      m_index(runner->items().value(0)), m_steps(steps)
{
    m_ui->setupUi(this);
    m_runner->setParent(this);
    setWindowTitle(tr("Follower index %1").arg(m_index));
    m_ui->descriptionLabel->setText(description);
    m_ui->stepList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->stepList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (ProcedureStep step : std::as_const(m_steps)) {
        auto* item = new QTreeWidgetItem(m_ui->stepList, {ProcedureStepText::title(step), QString()});
        m_items.insert(step, item);
        setStepState(step, StepState::Waiting);
    }
    m_ui->outcomeLabel->hide();

    connect(m_actions, &FollowerActions::procedureStarted, this,
            [this](BatchRunner* runner, const QString&, FollowerProcedure* procedure) {
                if (runner == m_runner)
                    attach(procedure);
            });
    connect(m_runner, &BatchRunner::finished, this, &ProcedureDialog::onFinished);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ProcedureDialog::start);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &ProcedureDialog::reopen);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ProcedureDialog::stopOrClose);
    updateButtons();
}

ProcedureDialog::~ProcedureDialog()
{
    m_runner->disconnect(this);
    m_runner->cancel();
    if (m_reopen)
        m_reopen->disconnect(this);
}

void ProcedureDialog::attach(FollowerProcedure* procedure)
{
    m_procedure = procedure;
    connect(procedure, &FollowerProcedure::stepStarted, this,
            [this](ProcedureStep step) { setStepState(step, StepState::Running); });
    connect(procedure, &FollowerProcedure::stepFinished, this, [this](ProcedureStep step, StepOutcome outcome) {
        setStepState(step, outcome == StepOutcome::AlreadyDone ? StepState::AlreadyDone : StepState::Done);
    });
    connect(procedure, &FollowerProcedure::stepFailed, this,
            [this](ProcedureStep step, const EsError&) { setStepState(step, StepState::Failed); });
    // Read before the runner reports: the procedure is deleted after it finished.
    connect(procedure, &FollowerProcedure::finished, this, [this, procedure](bool) {
        m_leftClosed = procedure->state().openness == FollowerIndexState::Openness::Closed;
    });
}

bool ProcedureDialog::isRunning() const
{
    return m_runner->isRunning();
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
    if (isRunning() || m_succeeded)
        return;
    m_failed = false;
    m_reopenedOpen = false;
    for (ProcedureStep step : std::as_const(m_steps))
        setStepState(step, StepState::Waiting);
    m_ui->outcomeLabel->hide();
    // The first run, or again after a failure: a new procedure continues from wherever the index is.
    if (m_runner->results().value(0).outcome == BatchItemResult::Outcome::Pending)
        m_runner->start();
    else
        m_runner->retryFailed();
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

void ProcedureDialog::onFinished()
{
    const BatchItemResult result = m_runner->results().value(0);
    m_succeeded = result.succeeded();
    m_failed = result.failed();
    // The steps after the failed one did not run.
    m_ui->outcomeLabel->setText(m_succeeded ? tr("Finished: every step is done.") : result.message);
    m_ui->outcomeLabel->show();
    updateButtons();
    emit indexChanged(m_index);
    if (m_succeeded)
        emit finishedSuccessfully(m_index);
}

void ProcedureDialog::reopen()
{
    if (m_reopen)
        return;
    m_reopen = m_actions->reopen({m_index});
    m_reopen->setParent(this);
    connect(m_reopen, &BatchRunner::finished, this, [this] {
        const BatchItemResult result = m_reopen->results().value(0);
        if (result.failed()) {
            m_ui->outcomeLabel->setText(tr("Reopening failed: %1").arg(result.error.userMessage()));
        } else {
            m_ui->outcomeLabel->setText(
                tr("The index %1 is open again. %2")
                    .arg(m_index, m_failed ? tr("\"Try again\" continues the procedure.") : QString()));
        }
        m_reopen->deleteLater();
        m_reopen = nullptr;
        m_reopenedOpen = !result.failed();
        updateButtons();
        emit indexChanged(m_index);
    });
    m_reopen->start();
    updateButtons();
}

void ProcedureDialog::updateButtons()
{
    const bool running = isRunning();
    const bool failed = !running && m_failed;
    m_ui->retryButton->setVisible(failed);
    m_ui->retryButton->setEnabled(!m_reopen);
    const bool leftClosed = failed && !m_reopenedOpen && m_leftClosed;
    m_ui->reopenButton->setVisible(leftClosed);
    m_ui->reopenButton->setEnabled(!m_reopen);
    m_ui->closeButton->setText(running ? tr("Stop") : tr("Close"));
    m_ui->closeButton->setToolTip(running ? tr("Stop after the request in flight is aborted") : QString());
}

void ProcedureDialog::done(int result)
{
    if (isRunning())
        m_runner->cancel();
    QDialog::done(result);
}

void ProcedureDialog::stopOrClose()
{
    if (isRunning()) {
        m_runner->cancel();
        return;
    }
    accept();
}

} // namespace duper::ui
