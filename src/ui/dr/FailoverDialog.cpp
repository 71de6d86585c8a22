#include "ui/dr/FailoverDialog.h"

#include "core/dr/BidirectionalPlanner.h"
#include "core/dr/FailoverPlanner.h"
#include "core/dr/FailoverReport.h"
#include "core/dr/FailoverRun.h"
#include "core/dr/ReportStore.h"
#include "core/session/ClusterSession.h"
#include "ui/common/PrivilegePreflightPanel.h"
#include "ui/dr/RunItemState.h"
#include "ui/dr/RunReportFile.h"
#include "ui_FailoverDialog.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace duper::ui {

namespace {

QString key(FailoverPlan::Phase phase, const QString& name)
{
    return failoverPhaseKey(phase) + QLatin1Char('/') + name;
}

} // namespace

FailoverDialog::FailoverDialog(ClusterSession* session, QString remoteCluster, QWidget* parent, QString reportDirectory)
    : QDialog(parent), m_ui(new Ui::FailoverDialog), m_session(session), m_remoteCluster(std::move(remoteCluster)),
      m_reportDirectory(reportDirectory.isEmpty() ? ReportStore::defaultDirectory() : std::move(reportDirectory))
{
    m_ui->setupUi(this);
    m_ui->preflightPanel->setSessions(session);
    connect(m_ui->preflightPanel, &PrivilegePreflightPanel::stateChanged, this, &FailoverDialog::updateButtons);
    setWindowTitle(tr("Fail over from %1").arg(m_remoteCluster));
    m_ui->introLabel->setText(
        tr("Use this when the leader cluster behind the remote cluster <b>%1</b> is lost. On <b>%2</b>, Duper pauses "
           "the auto-follow patterns of %1, turns every follower index of %1 into a regular index that accepts "
           "writes (pause, close, unfollow, open), promotes the replicated data streams, and checks the result. "
           "Below is the plan, read from the cluster: nothing has changed yet.")
            .arg(m_remoteCluster.toHtmlEscaped(), BidirectionalPlanner::clusterName(session).toHtmlEscaped()));
    m_ui->planView->header()->setStretchLastSection(true);
    m_ui->planView->setColumnWidth(0, 300);
    m_ui->planView->setColumnWidth(1, 180);
    m_ui->failoverButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(m_ui->failoverButton, &QPushButton::clicked, this, &FailoverDialog::askToFailOver);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { replan(m_run != nullptr); });
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &FailoverDialog::chooseExportFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &FailoverDialog::reject);
    replan();
}

FailoverDialog::~FailoverDialog() = default;

FailoverDialog* FailoverDialog::open(ClusterSession* session, const QString& remoteCluster, QWidget* parent,
                                     const QString& reportDirectory)
{
    if (!session || remoteCluster.isEmpty())
        return nullptr;
    auto* dialog = new FailoverDialog(session, remoteCluster, parent, reportDirectory);
    dialog->setObjectName(QStringLiteral("failoverDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool FailoverDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

QTreeWidgetItem* FailoverDialog::itemFor(FailoverPlan::Phase phase, const QString& name) const
{
    return m_items.value(key(phase, name));
}

void FailoverDialog::replan(bool runAfter)
{
    if (isRunning() || m_planner)
        return;
    m_runAfterPlan = runAfter;
    m_ui->statusLabel->setText(tr("Reading what follows %1…").arg(m_remoteCluster));
    m_ui->progressBar->setRange(0, 0);
    m_planner = new FailoverPlanner(m_session->api(), m_remoteCluster, this);
    connect(m_planner, &FailoverPlanner::finished, this, [this] {
        FailoverPlanner* planner = m_planner;
        m_planner = nullptr;
        planner->deleteLater();
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(0);
        if (!planner->plan()) {
            m_ui->statusLabel->setText(
                tr("Could not read what follows %1: %2").arg(m_remoteCluster, planner->error().userMessage()));
            updateButtons();
            return;
        }
        m_plan = planner->plan();
        showPlan();
        emit planned();
        if (std::exchange(m_runAfterPlan, false) && !m_plan->isEmpty())
            run();
    });
    updateButtons();
    m_planner->start();
}

void FailoverDialog::showPlan()
{
    m_items.clear();
    m_ui->planView->clear();
    const FailoverPlan& plan = *m_plan;
    auto addItem = [this](QTreeWidgetItem* parent, FailoverPlan::Phase phase, const QString& name,
                          const QString& leader, const QString& state) {
        auto* item = new QTreeWidgetItem(parent, {name, leader, state});
        m_items.insert(key(phase, name), item);
    };
    for (const FailoverPlan::Phase phase : plan.phases()) {
        auto* group = new QTreeWidgetItem(m_ui->planView, {failoverPhaseTitle(phase)});
        group->setFirstColumnSpanned(true);
        switch (phase) {
        case FailoverPlan::Phase::PausePatterns:
            for (const QString& pattern : plan.patternsToPause)
                addItem(group, phase, pattern, {}, tr("Will be paused"));
            break;
        case FailoverPlan::Phase::Unfollow:
            for (const FailoverPlan::Follower& follower : plan.followers)
                addItem(group, phase, follower.name, follower.leaderIndex,
                        follower.status == FollowerStatus::Paused ? tr("Paused; will become a regular index")
                                                                  : tr("Will become a regular index"));
            break;
        case FailoverPlan::Phase::PromoteDataStreams:
            for (const QString& stream : plan.dataStreams)
                addItem(group, phase, stream, {}, tr("Will be promoted"));
            break;
        case FailoverPlan::Phase::Verify:
            for (const FailoverPlan::Follower& follower : plan.followers)
                addItem(group, phase, follower.name, {}, tr("Will be checked"));
            group->setExpanded(false);
            continue;
        }
        group->setExpanded(true);
    }
    if (plan.isEmpty())
        m_ui->statusLabel->setText(
            tr("Nothing on this cluster follows %1 any more: there is nothing to fail over.").arg(m_remoteCluster));
    else
        m_ui->statusLabel->setText(
            tr("%n follower index(es) of %1 will become regular indices.", nullptr, int(plan.followers.size()))
                .arg(m_remoteCluster));
    updateButtons();
}

QMessageBox* FailoverDialog::askToFailOver()
{
    if (!m_plan || m_plan->isEmpty() || isRunning())
        return nullptr;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Fail over from %1").arg(m_remoteCluster),
        tr("Fail over %n follower index(es) from %1?", nullptr, int(m_plan->followers.size())).arg(m_remoteCluster),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmFailoverBox"));
    box->setInformativeText(tr("They stop replicating from %1 for good and start accepting writes; its auto-follow "
                               "patterns are paused. To replicate from %1 again later, use Fail back.")
                                .arg(m_remoteCluster));
    QPushButton* confirm = box->addButton(tr("Fail over"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmFailoverButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(confirm, &QPushButton::clicked, this, &FailoverDialog::run);
    box->open();
    return box;
}

void FailoverDialog::run()
{
    if (!m_plan || isRunning())
        return;
    delete m_run;
    m_run = new FailoverRun(m_session, *m_plan, this);
    int total = 0;
    for (const FailoverPlan::Phase phase : m_plan->phases())
        total += phase == FailoverPlan::Phase::PausePatterns        ? int(m_plan->patternsToPause.size())
                 : phase == FailoverPlan::Phase::PromoteDataStreams ? int(m_plan->dataStreams.size())
                                                                    : int(m_plan->followers.size());
    m_ui->introLabel->setText(tr("Failing over from <b>%1</b>. Each index shows its state as it goes; closing this "
                                 "window waits until the run has stopped.")
                                  .arg(m_remoteCluster.toHtmlEscaped()));
    m_ui->progressBar->setRange(0, qMax(1, total));
    m_ui->progressBar->setValue(0);
    connect(m_run, &FailoverRun::phaseStarted, this, [this](FailoverPlan::Phase phase, int) {
        m_ui->statusLabel->setText(failoverPhaseTitle(phase) + QStringLiteral("…"));
        for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
            if (it.key().startsWith(failoverPhaseKey(phase) + QLatin1Char('/')))
                RunItemState::running(it.value(), 2);
    });
    connect(m_run, &FailoverRun::itemFinished, this, &FailoverDialog::onItemFinished);
    connect(m_run, &FailoverRun::finished, this, &FailoverDialog::onRunFinished);
    m_run->start();
    updateButtons();
}

void FailoverDialog::onItemFinished(FailoverPlan::Phase phase, const BatchItemResult& result)
{
    m_ui->progressBar->setValue(qMin(m_ui->progressBar->maximum(), m_ui->progressBar->value() + 1));
    if (QTreeWidgetItem* item = itemFor(phase, result.name))
        RunItemState::finished(item, 2, result);
}

void FailoverDialog::onRunFinished()
{
    const QString clusterName = BidirectionalPlanner::clusterName(m_session);
    QString error;
    m_reportPath = ReportStore(m_reportDirectory)
                       .save(QStringLiteral("failover"), m_remoteCluster, FailoverReport::toJson(*m_run, clusterName),
                             FailoverReport::toMarkdown(*m_run, clusterName), &error);
    QString text;
    if (m_run->succeeded())
        text = tr("Failover from %1 complete: every index is a regular, writable index now.").arg(m_remoteCluster);
    else if (m_run->wasCancelled())
        text = tr("Stopped. Try again continues with what is left.");
    else
        text = tr("%n item(s) failed. Try again continues from where each index is.", nullptr, m_run->failedCount());
    text += QLatin1Char(' ') + RunReportFile::savedNote(m_reportPath, error); // the tooltip has the whole path
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setToolTip(QDir::toNativeSeparators(m_reportPath));
    updateButtons();
    emit runFinished(m_run->succeeded());
}

void FailoverDialog::updateButtons()
{
    const bool running = isRunning();
    const bool busy = running || m_planner;
    if (!m_run) { // the check is for the first run; "Try again" continues what it allowed
        std::optional<CcrPreflightRequest> preflight;
        if (m_plan && !m_plan->isEmpty()) {
            preflight = CcrPreflightRequest{CcrPreflightRequest::Action::Failover, m_remoteCluster, {}, {}};
            for (const FailoverPlan::Follower& follower : m_plan->followers)
                preflight->followerIndices << follower.name;
        }
        m_ui->preflightPanel->setRequest(preflight);
    }
    const bool ready = !busy && m_plan && !m_plan->isEmpty() && !m_run;
    m_ui->failoverButton->setEnabled(ready && m_ui->preflightPanel->allowsSubmit());
    m_ui->failoverButton->setToolTip(ready ? m_ui->preflightPanel->blockedReason() : QString());
    m_ui->retryButton->setEnabled(!busy && (!m_plan || (m_run && !m_run->succeeded())));
    m_ui->cancelRunButton->setEnabled(running);
    m_ui->exportButton->setEnabled(!busy && m_run);
    m_ui->closeButton->setEnabled(!running);
}

void FailoverDialog::reject()
{
    if (isRunning())
        return; // a failover is not left half-way by closing its window: Stop first
    QDialog::reject();
}

bool FailoverDialog::exportReport(const QString& path)
{
    if (!m_run)
        return false;
    const QString clusterName = BidirectionalPlanner::clusterName(m_session);
    return RunReportFile::write(this, path, FailoverReport::toMarkdown(*m_run, clusterName),
                                FailoverReport::toJson(*m_run, clusterName));
}

void FailoverDialog::chooseExportFile()
{
    const QString path =
        RunReportFile::choose(this, m_reportDirectory, QStringLiteral("failover-%1").arg(m_remoteCluster));
    if (!path.isEmpty())
        exportReport(path);
}

} // namespace duper::ui
