#include "ui/dr/TwoClusterDialog.h"

#include "core/dr/ReportStore.h"
#include "core/session/ClusterSession.h"
#include "ui/dr/OtherClusterPicker.h"

#include <QLabel>
#include <QProgressBar>
#include <utility>

namespace duper::ui {

TwoClusterDialog::TwoClusterDialog(ClusterSession* session, QString reportDirectory, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_reportDirectory(reportDirectory.isEmpty() ? ReportStore::defaultDirectory() : std::move(reportDirectory))
{}

void TwoClusterDialog::setUpForm(QComboBox* otherClusterCombo, QProgressBar* progress, QLabel* status,
                                 const QList<ConnectionProfile>& connections, ClusterSessionOpener* opener)
{
    m_progress = progress;
    m_status = status;
    m_picker = new OtherClusterPicker(otherClusterCombo, m_session, connections, opener, this);
    connect(m_picker, &OtherClusterPicker::opened, this, [this] { startPlanner(); });
    connect(m_picker, &OtherClusterPicker::failed, this, [this](const QString& message) {
        planRead(tr("Could not open %1: %2").arg(m_picker->currentName(), message));
    });
}

void TwoClusterDialog::replan(bool runAfter)
{
    if (isRunning() || isPlanning() || m_picker->isOpening())
        return;
    if (const QString problem = planProblem(); !problem.isEmpty()) {
        setStatus(problem);
        emit planFailed(problem);
        return;
    }
    m_runAfterPlan = runAfter;
    m_progress->setRange(0, 0);
    if (!m_picker->session())
        setStatus(tr("Opening %1…").arg(m_picker->currentName()));
    m_picker->open();
    updateButtons();
}

bool TwoClusterDialog::planRead(const QString& error)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    if (!error.isEmpty()) {
        m_runAfterPlan = false;
        setStatus(error);
        emit planFailed(error);
        updateButtons();
        return false;
    }
    emit planned();
    return std::exchange(m_runAfterPlan, false);
}

void TwoClusterDialog::setStatus(const QString& text)
{
    m_status->setText(text);
}

void TwoClusterDialog::reject()
{
    if (isRunning())
        return; // both clusters are being changed: Stop first (or wait for the last quick steps)
    QDialog::reject();
}

} // namespace duper::ui
