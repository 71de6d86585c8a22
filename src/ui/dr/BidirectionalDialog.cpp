#include "ui/dr/BidirectionalDialog.h"

#include "core/dr/BidirectionalPlanner.h"
#include "core/dr/BidirectionalReport.h"
#include "core/dr/BidirectionalRun.h"
#include "core/dr/ReportStore.h"
#include "core/session/ClusterSession.h"
#include "ui/dr/OtherClusterPicker.h"
#include "ui/dr/RunReportFile.h"
#include "ui_BidirectionalDialog.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace duper::ui {

namespace {

// "logs-*, metrics-*" → {"logs-*", "metrics-*"}
QStringList leaderPatterns(const QString& text)
{
    QStringList patterns;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            patterns.append(part.trimmed());
    return patterns;
}

QString aliasKey(const QString& alias)
{
    return QStringLiteral("alias/") + alias;
}

QString patternKey(const QString& pattern)
{
    return QStringLiteral("pattern/") + pattern;
}

} // namespace

BidirectionalDialog::BidirectionalDialog(ClusterSession* session, const QList<ConnectionProfile>& connections,
                                         ClusterSessionOpener* opener, QWidget* parent, QString reportDirectory)
    : TwoClusterDialog(session, std::move(reportDirectory), parent), m_ui(new Ui::BidirectionalDialog)
{
    m_ui->setupUi(this);
    setUpForm(m_ui->otherClusterCombo, m_ui->progressBar, m_ui->statusLabel, connections, opener);
    const QString here = BidirectionalPlanner::clusterName(session);
    setWindowTitle(tr("Bi-directional replication with %1").arg(here));
    m_ui->introLabel->setText(
        tr("Both clusters replicate to each other: each gets an auto-follow pattern that follows the other one. "
           "Follower indices are named <i>index</i>-replicated_from_<i>alias</i>, and replicated copies are never "
           "followed back, so nothing loops. Pick the other cluster, then <b>Plan</b>: nothing changes before you "
           "confirm."));
    m_ui->otherAliasEdit->setText(OtherClusterPicker::suggestedAlias(session->profile().name));
    m_ui->patternsEdit->setText(QStringLiteral("logs-*"));
    m_ui->planView->header()->setStretchLastSection(true);
    m_ui->planView->setColumnWidth(0, 130);
    m_ui->planView->setColumnWidth(1, 250);
    m_ui->planView->setColumnWidth(2, 300);
    m_ui->setUpButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(m_picker, &OtherClusterPicker::changed, this, &BidirectionalDialog::otherClusterChanged);
    connect(m_ui->planButton, &QPushButton::clicked, this, [this] { replan(false); });
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &BidirectionalDialog::askToSetUp);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { replan(m_run != nullptr); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BidirectionalDialog::reject);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = RunReportFile::choose(this, m_reportDirectory,
                                                   QStringLiteral("bidirectional-%1").arg(m_run->plan().local.alias));
        if (!path.isEmpty())
            exportReport(path);
    });
    otherClusterChanged();
    if (m_picker->isEmpty())
        setStatus(tr("Save a connection to the other cluster first (File → Connections)."));
}

BidirectionalDialog::~BidirectionalDialog()
{
    if (m_run)
        m_run->disconnect(this);
}

bool BidirectionalDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

QTreeWidgetItem* BidirectionalDialog::itemFor(const QString& kind, const QString& name) const
{
    return m_items.value(kind + QLatin1Char('/') + name);
}

void BidirectionalDialog::otherClusterChanged()
{
    // Another cluster: its plan and run no longer apply (the picker drops its session).
    delete m_run;
    m_plan.reset();
    m_items.clear();
    m_ui->planView->clear();
    m_ui->localAliasEdit->setText(OtherClusterPicker::suggestedAlias(m_ui->otherClusterCombo->currentText()));
    setStatus({});
    updateButtons();
}

QString BidirectionalDialog::planProblem() const
{
    if (m_ui->otherClusterCombo->currentIndex() < 0)
        return tr("Pick the other cluster.");
    if (m_ui->localAliasEdit->text().trimmed().isEmpty() || m_ui->otherAliasEdit->text().trimmed().isEmpty())
        return tr("Give both remote cluster aliases.");
    if (m_ui->localAliasEdit->text().trimmed() == m_ui->otherAliasEdit->text().trimmed())
        return tr("Give each cluster its own alias for the other.");
    if (leaderPatterns(m_ui->patternsEdit->text()).isEmpty())
        return tr("Give the leader indices to replicate.");
    return {};
}

void BidirectionalDialog::startPlanner()
{
    setStatus(tr("Reading both clusters…"));
    const QStringList patterns = leaderPatterns(m_ui->patternsEdit->text());
    m_planner = new BidirectionalPlanner(
        m_session, m_picker->session(),
        {m_ui->localAliasEdit->text().trimmed(), m_ui->otherAliasEdit->text().trimmed(), patterns}, this);
    connect(m_planner, &BidirectionalPlanner::finished, this, [this] {
        BidirectionalPlanner* planner = m_planner;
        m_planner = nullptr;
        planner->deleteLater();
        if (!planner->plan()) {
            planRead(tr("Could not read %1: %2").arg(planner->errorCluster(), planner->error().userMessage()));
            return;
        }
        m_plan = planner->plan();
        showPlan();
        if (planRead({}) && !m_plan->isDone() && !m_plan->hasConflict())
            run();
    });
    updateButtons();
    m_planner->start();
}

void BidirectionalDialog::showPlan()
{
    m_items.clear();
    m_ui->planView->clear();
    for (const BidirectionalPlan::Side& side : m_plan->sides()) {
        QString aliasState;
        switch (side.aliasState) {
        case BidirectionalPlan::AliasState::Connected:
            aliasState = tr("Connected");
            break;
        case BidirectionalPlan::AliasState::Disconnected:
            aliasState = tr("Not connected; will point at %1").arg(side.otherCluster);
            break;
        case BidirectionalPlan::AliasState::Missing:
            aliasState = tr("Will be added");
            break;
        }
        auto* alias = new QTreeWidgetItem(
            m_ui->planView, {side.cluster, tr("Remote cluster %1").arg(side.alias),
                             side.needsAlias() ? tr("Seeds: %1").arg(side.seeds.join(QStringLiteral(", ")))
                                               : tr("Points at %1").arg(side.otherCluster),
                             aliasState});
        m_items.insert(aliasKey(side.alias), alias);
        QString patternState;
        switch (side.patternState) {
        case BidirectionalPlan::PatternState::Create:
            patternState = tr("Will be created");
            break;
        case BidirectionalPlan::PatternState::Present:
            patternState = tr("Exists already");
            break;
        case BidirectionalPlan::PatternState::Conflict:
            patternState = tr("Conflict: %1").arg(side.conflict);
            break;
        }
        auto* pattern = new QTreeWidgetItem(
            m_ui->planView,
            {side.cluster, tr("Auto-follow pattern %1").arg(side.pattern.name),
             tr("%1 → %2, except %3")
                 .arg(side.pattern.leaderIndexPatterns.join(QStringLiteral(", ")), side.pattern.followIndexPattern,
                      side.pattern.leaderIndexExclusionPatterns.join(QStringLiteral(", "))),
             patternState});
        for (int column = 0; column < 4; ++column)
            pattern->setToolTip(column, pattern->text(column));
        if (side.patternState == BidirectionalPlan::PatternState::Conflict)
            pattern->setIcon(3, style()->standardIcon(QStyle::SP_MessageBoxCritical));
        m_items.insert(patternKey(side.pattern.name), pattern);
    }
    for (int column = 0; column < 3; ++column) // steps and details are long: show them whole
        m_ui->planView->resizeColumnToContents(column);
    if (m_plan->hasConflict())
        setStatus(tr("A different auto-follow pattern has the same name: delete or rename it, then Try again."));
    else if (m_plan->isDone())
        setStatus(tr("Both clusters replicate to each other already: there is nothing to set up."));
    else
        setStatus(tr("Nothing has changed yet. Set up… asks before changing both clusters."));
    updateButtons();
}

QMessageBox* BidirectionalDialog::askToSetUp()
{
    if (!m_plan || m_plan->isDone() || m_plan->hasConflict() || isRunning())
        return nullptr;
    auto* box = new QMessageBox(
        QMessageBox::Warning, windowTitle(),
        tr("Set up bi-directional replication between %1 and %2?").arg(m_plan->local.cluster, m_plan->other.cluster),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmSetUpBox"));
    box->setInformativeText(tr("Both clusters get an auto-follow pattern, and missing remote clusters are added. New "
                               "matching indices then replicate to the other cluster."));
    QPushButton* confirm = box->addButton(tr("Set up"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmSetUpButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(confirm, &QPushButton::clicked, this, &BidirectionalDialog::run);
    box->open();
    return box;
}

void BidirectionalDialog::run()
{
    if (!m_plan || !m_picker->session() || isRunning())
        return;
    delete m_run;
    m_run = new BidirectionalRun(m_session, m_picker->session(), *m_plan, this);
    m_ui->progressBar->setRange(0, 0);
    connect(m_run, &BidirectionalRun::phaseStarted, this, [this](BidirectionalPlan::Phase phase, int) {
        setStatus(bidirectionalPhaseTitle(phase) + QStringLiteral("…"));
    });
    connect(m_run, &BidirectionalRun::itemFinished, this, &BidirectionalDialog::onItemFinished);
    connect(m_run, &BidirectionalRun::finished, this, &BidirectionalDialog::onRunFinished);
    m_run->start();
    updateButtons();
}

void BidirectionalDialog::onItemFinished(BidirectionalPlan::Phase phase, const BatchItemResult& result)
{
    QTreeWidgetItem* item =
        m_items.value(phase == BidirectionalPlan::Phase::AddAliases ? aliasKey(result.name) : patternKey(result.name));
    if (!item)
        return;
    const QStyle::StandardPixmap icon = result.failed() ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogApplyButton;
    item->setIcon(3, style()->standardIcon(icon));
    QString text;
    if (result.failed())
        text = tr("Failed: %1").arg(result.message);
    else if (phase == BidirectionalPlan::Phase::AddAliases)
        text = tr("Added");
    else if (phase == BidirectionalPlan::Phase::CreatePatterns)
        text = tr("Created");
    else
        text = tr("Read back as planned");
    item->setText(3, text);
    item->setToolTip(3, text);
}

void BidirectionalDialog::onRunFinished()
{
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    QString saveError;
    m_reportPath = ReportStore(m_reportDirectory)
                       .save(QStringLiteral("bidirectional"), m_run->plan().local.alias,
                             BidirectionalReport::toJson(*m_run), BidirectionalReport::toMarkdown(*m_run), &saveError);
    const QString saved = RunReportFile::savedNote(m_reportPath, saveError);
    if (m_run->succeeded())
        setStatus(tr("Done: %1 and %2 replicate to each other.").arg(m_plan->local.cluster, m_plan->other.cluster) +
                  QLatin1Char(' ') + saved);
    else
        setStatus(tr("%n step(s) failed. Try again continues with what is left.", nullptr, m_run->failedCount()) +
                  QLatin1Char(' ') + saved);
    m_ui->statusLabel->setToolTip(QDir::toNativeSeparators(m_reportPath));
    updateButtons();
    emit runFinished(m_run->succeeded());
}

void BidirectionalDialog::updateButtons()
{
    const bool busy = isRunning() || m_planner || m_picker->isOpening();
    const bool canPick = !busy && !m_picker->isEmpty();
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->otherClusterCombo), static_cast<QWidget*>(m_ui->localAliasEdit),
                            static_cast<QWidget*>(m_ui->otherAliasEdit), static_cast<QWidget*>(m_ui->patternsEdit),
                            static_cast<QWidget*>(m_ui->planButton)})
        widget->setEnabled(canPick);
    m_ui->setUpButton->setEnabled(!busy && m_plan && !m_plan->isDone() && !m_plan->hasConflict() && !m_run);
    m_ui->retryButton->setEnabled(!busy && m_plan && (m_plan->hasConflict() || (m_run && !m_run->succeeded())));
    m_ui->exportButton->setEnabled(!busy && m_run);
    m_ui->closeButton->setEnabled(!isRunning());
}

bool BidirectionalDialog::exportReport(const QString& path)
{
    return m_run && RunReportFile::write(this, path, BidirectionalReport::toMarkdown(*m_run),
                                         BidirectionalReport::toJson(*m_run));
}

} // namespace duper::ui
