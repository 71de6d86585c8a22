#include "ui/dr/FailbackDialog.h"

#include "core/dr/BidirectionalPlanner.h"
#include "core/dr/FailbackPlanner.h"
#include "core/dr/FailbackReport.h"
#include "core/dr/ReportStore.h"
#include "core/session/ClusterSession.h"
#include "ui/dr/FailbackPlanView.h"
#include "ui/dr/OtherClusterPicker.h"
#include "ui/dr/RunReportFile.h"
#include "ui/dr/SwitchBackPage.h"
#include "ui_FailbackDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QStyle>
#include <algorithm>

namespace duper::ui {

using Phase = FailbackPlan::Phase;

FailbackDialog::FailbackDialog(ClusterSession* session, const QList<ConnectionProfile>& connections,
                               ClusterSessionOpener* opener, QWidget* parent, QString reportDirectory)
    : TwoClusterDialog(session, std::move(reportDirectory), parent), m_ui(new Ui::FailbackDialog)
{
    m_ui->setupUi(this);
    setUpForm(m_ui->otherClusterCombo, m_ui->progressBar, m_ui->statusLabel, connections, opener);
    m_switchBack = new SwitchBackPage(m_reportDirectory, this);
    m_ui->pages->addWidget(m_switchBack);
    setWindowTitle(tr("Fail back %1").arg(BidirectionalPlanner::clusterName(session)));
    m_view = std::make_unique<FailbackPlanView>(m_ui->planView);
    m_ui->nextButton->setDefault(true);
    connect(m_picker, &OtherClusterPicker::changed, this, [this] {
        delete m_run;
        m_plan.reset();
        m_view->show(FailbackPlan());
        m_ui->aliasEdit->setText(OtherClusterPicker::suggestedAlias(m_picker->currentName()));
        setStatus({});
        setStep(Step::Plan);
    });
    connect(m_ui->planButton, &QPushButton::clicked, this, [this] { replan(false); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, &FailbackDialog::next);
    connect(m_ui->backButton, &QPushButton::clicked, this, &FailbackDialog::back);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_step == Step::SwitchBack)
            m_switchBack->start(m_options);
        else
            replan(m_run != nullptr);
    });
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
        m_switchBack->cancel();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            RunReportFile::choose(this, m_reportDirectory, QStringLiteral("failback-%1").arg(m_ui->aliasEdit->text()));
        if (!path.isEmpty())
            exportReport(path);
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &FailbackDialog::reject);
    connect(m_ui->deleteCheck, &QCheckBox::toggled, this, &FailbackDialog::updateButtons);
    connect(m_switchBack, &SwitchBackPage::changed, this, &FailbackDialog::updateButtons);
    connect(m_switchBack, &SwitchBackPage::statusChanged, this, &FailbackDialog::setStatus);
    connect(m_switchBack, &SwitchBackPage::progressChanged, this, [this](int value, int maximum) {
        m_ui->progressBar->setRange(0, maximum);
        m_ui->progressBar->setValue(value);
    });
    m_ui->aliasEdit->setText(OtherClusterPicker::suggestedAlias(m_picker->currentName()));
    setStep(Step::Plan);
    if (m_picker->isEmpty())
        setStatus(tr("Save a connection to the promoted cluster first (File → Connections)."));
}

FailbackDialog::~FailbackDialog()
{
    if (m_run)
        m_run->disconnect(this);
}

bool FailbackDialog::isRunning() const
{
    return (m_run && m_run->isRunning()) || m_switchBack->isRunning();
}

QTreeWidgetItem* FailbackDialog::itemFor(Phase phase, const QString& name) const
{
    return m_view->itemFor(phase, name);
}

QString FailbackDialog::clusterB() const
{
    return m_picker->session() ? BidirectionalPlanner::clusterName(m_picker->session()) : m_picker->currentName();
}

QString FailbackDialog::planProblem() const
{
    if (!m_picker->currentProfile())
        return tr("Pick the promoted cluster.");
    if (m_ui->aliasEdit->text().trimmed().isEmpty())
        return tr("Give the remote cluster alias on this cluster that points to the promoted cluster.");
    return {};
}

void FailbackDialog::startPlanner()
{
    setStatus(tr("Reading both clusters…"));
    m_planner =
        new FailbackPlanner(m_session->api(), m_picker->session()->api(), m_ui->aliasEdit->text().trimmed(), this);
    connect(m_planner, &FailbackPlanner::finished, this, [this] {
        FailbackPlanner* planner = m_planner;
        m_planner = nullptr;
        planner->deleteLater();
        if (!planner->plan()) {
            const QString cluster = planner->errorOnB() ? clusterB() : BidirectionalPlanner::clusterName(m_session);
            planRead(tr("Could not read %1: %2").arg(cluster, planner->error().userMessage()));
            return;
        }
        m_plan = planner->plan();
        showPlan();
        if (!planRead({}) || m_plan->isEmpty())
            return;
        const QStringList copies = m_plan->staleCopies();
        const bool confirmed = std::all_of(copies.cbegin(), copies.cend(),
                                           [this](const QString& copy) { return m_confirmedCopies.contains(copy); });
        if (confirmed)
            return startRun();
        m_ui->deleteCheck->setChecked(false);
        setStep(Step::Confirm); // copies the user has not agreed to delete: ask again
    });
    updateButtons();
    m_planner->start();
}

void FailbackDialog::showPlan()
{
    const FailbackPlan& plan = *m_plan;
    m_view->show(plan);
    setStatus(FailbackPlanView::summary(plan, clusterB()));
    updateButtons();
}

void FailbackDialog::showConfirmation()
{
    const QString here = BidirectionalPlanner::clusterName(m_session);
    const QStringList copies = m_plan->staleCopies();
    m_ui->staleCopiesList->clear();
    m_ui->staleCopiesList->addItems(copies);
    m_ui->staleCopiesList->setVisible(!copies.isEmpty());
    m_ui->deleteCheck->setVisible(!copies.isEmpty());
    m_ui->deleteCheck->setText(tr("Delete these %n copy(ies) on %1 for good", nullptr, int(copies.size())).arg(here));
    m_ui->confirmLabel->setText(
        copies.isEmpty()
            ? tr("Nothing on <b>%1</b> has to be deleted. Fail back makes it follow %n index(es) from <b>%2</b>.",
                 nullptr, int(m_plan->indices.size()))
                  .arg(here.toHtmlEscaped(), clusterB().toHtmlEscaped())
            : tr("<b>%1</b> cannot follow an index it already has. These old copies on %1 are deleted for good before "
                 "it follows the promoted cluster's indices of the same names; their documents are replaced by "
                 "those of <b>%2</b>. Nothing is deleted unless you tick the box.")
                  .arg(here.toHtmlEscaped(), clusterB().toHtmlEscaped()));
}

void FailbackDialog::next()
{
    if (isRunning() || m_planner)
        return;
    switch (m_step) {
    case Step::Plan:
        if (m_plan && !m_plan->isEmpty()) {
            m_ui->deleteCheck->setChecked(false);
            setStep(Step::Confirm);
        }
        break;
    case Step::Confirm:
        if (m_plan->needsDeletion() && !m_ui->deleteCheck->isChecked())
            return; // never without the ticked box
        m_confirmedCopies = m_plan->staleCopies();
        startRun();
        break;
    case Step::Run:
        if (m_run && m_run->succeeded()) {
            const ConnectionProfile* b = m_picker->currentProfile();
            m_switchBack->prepare(m_session, m_picker->session(), m_plan->remoteCluster,
                                  b ? b->defaultRemoteCluster : QString(), m_run->plan().indexNames());
            setStep(Step::SwitchBack);
        }
        break;
    case Step::SwitchBack:
        if (m_switchBack->canStart())
            m_switchBack->start(m_options);
        break;
    }
}

void FailbackDialog::back()
{
    if (isRunning())
        return;
    if (m_step == Step::Confirm)
        setStep(Step::Plan);
    else if (m_step == Step::SwitchBack && !m_switchBack->hasRun())
        setStep(Step::Run);
}

void FailbackDialog::startRun()
{
    if (!m_plan || !m_picker->session() || isRunning())
        return;
    FailbackRun::Options options = m_options;
    const QStringList copies = m_plan->staleCopies();
    options.deleteConfirmed = std::all_of(copies.cbegin(), copies.cend(),
                                          [this](const QString& copy) { return m_confirmedCopies.contains(copy); });
    delete m_run;
    m_run = new FailbackRun(m_session, m_picker->session(), *m_plan, options, this);
    int total = 0;
    for (const Phase phase : m_plan->phases())
        total += phase == Phase::EnsureRemote        ? 1
                 : phase == Phase::DeleteStaleCopies ? int(copies.size())
                 : phase == Phase::Follow            ? int(m_plan->toFollow().size())
                                                     : int(m_plan->indices.size());
    m_ui->progressBar->setRange(0, qMax(1, total));
    m_ui->progressBar->setValue(0);
    connect(m_run, &FailbackRun::phaseStarted, this, [this](Phase phase, int) {
        setStatus(failbackPhaseTitle(phase) + QStringLiteral("…"));
        m_view->phaseStarted(phase);
    });
    connect(m_run, &FailbackRun::itemFinished, this, &FailbackDialog::onItemFinished);
    connect(m_run, &FailbackRun::finished, this, &FailbackDialog::onRunFinished);
    m_run->start();
    setStep(Step::Run);
}

void FailbackDialog::onItemFinished(Phase phase, const BatchItemResult& result)
{
    m_ui->progressBar->setValue(qMin(m_ui->progressBar->maximum(), m_ui->progressBar->value() + 1));
    m_view->itemFinished(phase, result);
}

void FailbackDialog::onRunFinished()
{
    const QString clusterA = BidirectionalPlanner::clusterName(m_session);
    QString error;
    m_reportPath = ReportStore(m_reportDirectory)
                       .save(QStringLiteral("failback"), m_run->plan().remoteCluster,
                             FailbackReport::toJson(*m_run, clusterA, clusterB()),
                             FailbackReport::toMarkdown(*m_run, clusterA, clusterB()), &error);
    QString text;
    if (m_run->succeeded())
        text = tr("Failback complete: %1 follows %n index(es) from %2 and has caught up. Switch back… makes %1 the "
                  "leader again when you are ready.",
                  nullptr, int(m_run->plan().indices.size()))
                   .arg(clusterA, clusterB());
    else if (m_run->wasCancelled())
        text = tr("Stopped. Try again continues with what is left.");
    else
        text = tr("%n item(s) failed. Try again continues from where each index is.", nullptr, m_run->failedCount());
    setStatus(text + QLatin1Char(' ') + RunReportFile::savedNote(m_reportPath, error));
    m_ui->statusLabel->setToolTip(QDir::toNativeSeparators(m_reportPath));
    setStep(Step::Run);
    emit runFinished(m_run->succeeded());
}

bool FailbackDialog::exportReport(const QString& path)
{
    if (m_step == Step::SwitchBack)
        return m_switchBack->exportReport(path);
    if (!m_run)
        return false;
    const QString clusterA = BidirectionalPlanner::clusterName(m_session);
    return RunReportFile::write(this, path, FailbackReport::toMarkdown(*m_run, clusterA, clusterB()),
                                FailbackReport::toJson(*m_run, clusterA, clusterB()));
}

void FailbackDialog::setStep(Step step)
{
    m_step = step;
    const QString here = BidirectionalPlanner::clusterName(m_session).toHtmlEscaped();
    switch (step) {
    case Step::Plan:
        m_ui->stepLabel->setText(tr("Step 1 of 4: Plan (nothing changes yet)"));
        m_ui->introLabel->setText(
            tr("Use this when <b>%1</b>, the old leader, is back after a failover. It then follows the promoted "
               "cluster: a remote cluster pointing to it is added when missing, the old copies here are deleted "
               "(only after you confirm them by name), each index is followed under the same name, and the run waits "
               "until every follower has caught up. Pick the promoted cluster, then <b>Plan</b>.")
                .arg(here));
        m_ui->pages->setCurrentWidget(m_ui->stepsPage);
        break;
    case Step::Confirm:
        m_ui->stepLabel->setText(tr("Step 2 of 4: Confirm"));
        m_ui->introLabel->setText(tr("Fail back starts when you click <b>Fail back</b>."));
        showConfirmation();
        m_ui->pages->setCurrentWidget(m_ui->confirmPage);
        break;
    case Step::Run:
        m_ui->stepLabel->setText(isRunning() || !m_run ? tr("Step 3 of 4: Failing back") : tr("Step 4 of 4: Result"));
        m_ui->introLabel->setText(tr("Failing back <b>%1</b> to %2. Each index shows its state as it goes; closing "
                                     "this window waits until the run has stopped.")
                                      .arg(here, clusterB().toHtmlEscaped()));
        m_ui->pages->setCurrentWidget(m_ui->stepsPage);
        break;
    case Step::SwitchBack:
        m_ui->stepLabel->setText(tr("Optional: Switch back"));
        m_ui->introLabel->setText(tr("Make <b>%1</b> the leader again, as before the failover.").arg(here));
        m_ui->pages->setCurrentWidget(m_switchBack);
        setStatus({});
        break;
    }
    updateButtons();
}

void FailbackDialog::updateButtons()
{
    const bool running = isRunning();
    const bool busy = running || m_planner || m_picker->isOpening();
    const bool picking = m_step == Step::Plan && !busy && !m_picker->isEmpty();
    m_ui->otherClusterCombo->setEnabled(picking);
    m_ui->aliasEdit->setEnabled(picking);
    m_ui->planButton->setEnabled(picking);
    const bool finished = m_run && !m_run->isRunning();
    bool canGoOn = false;
    switch (m_step) {
    case Step::Plan:
        m_ui->nextButton->setText(tr("&Next >"));
        canGoOn = m_plan && !m_plan->isEmpty();
        break;
    case Step::Confirm:
        m_ui->nextButton->setText(tr("&Fail back"));
        canGoOn = !m_plan->needsDeletion() || m_ui->deleteCheck->isChecked();
        break;
    case Step::Run:
        m_ui->nextButton->setText(tr("S&witch back… >"));
        canGoOn = finished && m_run->succeeded();
        break;
    case Step::SwitchBack:
        m_ui->nextButton->setText(tr("S&witch back"));
        canGoOn = m_switchBack->canStart();
        break;
    }
    m_ui->nextButton->setEnabled(!busy && canGoOn);
    m_ui->backButton->setEnabled(!busy &&
                                 (m_step == Step::Confirm || (m_step == Step::SwitchBack && !m_switchBack->hasRun())));
    m_ui->retryButton->setEnabled(!busy && (m_step == Step::SwitchBack
                                                ? m_switchBack->hasRun() && !m_switchBack->succeeded()
                                                : (m_step == Step::Run && finished && !m_run->succeeded())));
    m_ui->retryButton->setVisible(m_step == Step::Run || m_step == Step::SwitchBack);
    m_ui->stopButton->setEnabled(running);
    m_ui->stopButton->setVisible(m_step == Step::Run || m_step == Step::SwitchBack);
    m_ui->exportButton->setEnabled(!busy && (m_step == Step::SwitchBack ? m_switchBack->hasRun() : finished));
    m_ui->closeButton->setEnabled(!running);
}

} // namespace duper::ui
