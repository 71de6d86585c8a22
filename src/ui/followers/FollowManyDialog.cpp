#include "ui/followers/FollowManyDialog.h"

#include "core/followers/FollowManyOperation.h"
#include "core/followers/FollowManyPlanner.h"
#include "core/session/ClusterSession.h"
#include "ui/common/PrivilegePreflightPanel.h"
#include "ui_FollowManyDialog.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidgetItem>
#include <QTimer>
#include <QTreeWidgetItem>

namespace duper::ui {

namespace {

constexpr int kCandidateRole = Qt::UserRole + 1; // row index into the plan's candidates

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace

FollowManyDialog::FollowManyDialog(duper::ClusterSession* session, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::FollowManyDialog), m_session(session),
      m_planner(new FollowManyPlanner(session->api(), this)), m_findTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->preflightPanel->setSessions(session);
    connect(m_ui->preflightPanel, &PrivilegePreflightPanel::stateChanged, this, &FollowManyDialog::updateButtons);
    m_planner->setObjectName(QStringLiteral("planner"));
    m_findTimer->setObjectName(QStringLiteral("findTimer"));
    m_findTimer->setSingleShot(true);
    m_findTimer->setInterval(kAutoFindDelayMs);

    m_ui->planTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->planTable->verticalHeader()->hide();
    m_ui->resultList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->parametersEditor->setVisible(false);
    m_ui->progressBar->setVisible(false);
    m_ui->resultLabel->setVisible(false);
    m_ui->resultList->setVisible(false);
    m_ui->retryButton->setVisible(false);

    connect(m_ui->advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->parametersEditor->setVisible(open);
        m_ui->advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->autoFollowCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->autoFollowNameEdit->setEnabled(on);
        if (on && m_ui->autoFollowNameEdit->text().isEmpty())
            m_ui->autoFollowNameEdit->setText(m_ui->remoteCombo->currentData().toString() + QStringLiteral("-") +
                                              splitList(m_ui->patternsEdit->text()).value(0).remove(QLatin1Char('*')) +
                                              QStringLiteral("pattern"));
        updateButtons();
    });
    connect(m_ui->autoFollowNameEdit, &QLineEdit::textChanged, this, &FollowManyDialog::updateButtons);
    connect(m_ui->parametersEditor, &FollowParametersEditor::changed, this, &FollowManyDialog::updateButtons);
    connect(m_ui->remoteCombo, &QComboBox::currentIndexChanged, this, &FollowManyDialog::scheduleFind);
    connect(m_ui->patternsEdit, &QLineEdit::textEdited, this, &FollowManyDialog::scheduleFind);
    connect(m_ui->exclusionsEdit, &QLineEdit::textEdited, this, &FollowManyDialog::scheduleFind);
    connect(m_ui->followerPatternEdit, &QLineEdit::textEdited, this, &FollowManyDialog::scheduleFind);
    connect(m_findTimer, &QTimer::timeout, this, &FollowManyDialog::findLeaderIndices);
    connect(m_ui->findButton, &QPushButton::clicked, this, &FollowManyDialog::findLeaderIndices);
    connect(m_planner, &FollowManyPlanner::finished, this, &FollowManyDialog::onPlanFinished);
    connect(m_ui->planTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == LeaderColumn)
            updateButtons();
    });
    connect(m_ui->followButton, &QPushButton::clicked, this, &FollowManyDialog::follow);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &FollowManyDialog::retryFailed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FollowManyDialog::cancelOrClose);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);

    connect(m_ui->remoteCombo, &RemoteClusterPicker::remotesLoaded, this, [this] {
        m_remotesLoaded = true;
        m_ui->formError->setText(m_ui->remoteCombo->stateMessage());
        scheduleFind();
        updateButtons();
    });
    connect(m_ui->remoteCombo, &RemoteClusterPicker::stateChanged, this, &FollowManyDialog::onRemotesState);
    m_ui->remoteCombo->setSession(session);
    updateButtons();
}

FollowManyDialog::~FollowManyDialog() = default;

void FollowManyDialog::setInitialPatterns(const QString& remote, const QStringList& leaderPatterns,
                                          const QStringList& exclusions, const QString& followerPattern)
{
    m_ui->patternsEdit->setText(leaderPatterns.join(QStringLiteral(", ")));
    m_ui->exclusionsEdit->setText(exclusions.join(QStringLiteral(", ")));
    m_ui->followerPatternEdit->setText(followerPattern.isEmpty() ? QStringLiteral("{{leader_index}}")
                                                                 : followerPattern);
    m_ui->remoteCombo->setPreferredRemote(remote);
    scheduleFind();
}

FollowManySpec FollowManyDialog::spec() const
{
    FollowManySpec spec;
    spec.remoteCluster = m_ui->remoteCombo->currentData().toString();
    spec.leaderIndexPatterns = splitList(m_ui->patternsEdit->text());
    spec.leaderIndexExclusionPatterns = splitList(m_ui->exclusionsEdit->text());
    const QString pattern = m_ui->followerPatternEdit->text().trimmed();
    // "{{leader_index}}" alone is the default: leave it out of the auto-follow pattern.
    spec.followIndexPattern = pattern == QLatin1String("{{leader_index}}") ? QString() : pattern;
    return spec;
}

QList<FollowManyCandidate> FollowManyDialog::checkedCandidates() const
{
    QList<FollowManyCandidate> result;
    if (!m_plan)
        return result;
    for (int row = 0; row < m_ui->planTable->rowCount(); ++row) {
        const QTableWidgetItem* item = m_ui->planTable->item(row, LeaderColumn);
        if (item && item->checkState() == Qt::Checked)
            result.append(m_plan->candidates().at(item->data(kCandidateRole).toInt()));
    }
    return result;
}

bool FollowManyDialog::isFinding() const
{
    return m_planner->isRunning();
}

bool FollowManyDialog::isFollowing() const
{
    return m_operation && m_operation->isRunning();
}

void FollowManyDialog::onRemotesState(RemoteClusterPicker::State state)
{
    if (state != RemoteClusterPicker::State::LoadFailed)
        return;
    m_remotesLoaded = true;
    m_ui->formError->setText(m_ui->remoteCombo->stateMessage());
    updateButtons();
}

QString FollowManyDialog::formProblem() const
{
    const FollowManySpec s = spec();
    if (s.remoteCluster.isEmpty())
        return tr("Choose a connected remote cluster.");
    if (s.leaderIndexPatterns.isEmpty())
        return tr("Enter at least one leader index pattern.");
    if (!m_ui->followerPatternEdit->text().contains(QLatin1String("{{leader_index}}")))
        return tr("The follower index name must contain {{leader_index}}, or every leader gets the same follower.");
    return {};
}

void FollowManyDialog::scheduleFind()
{
    if (m_operation || !m_remotesLoaded)
        return;
    if (formProblem().isEmpty())
        m_findTimer->start();
}

void FollowManyDialog::findLeaderIndices()
{
    m_findTimer->stop();
    if (m_operation)
        return;
    const QString problem = formProblem();
    m_ui->formError->setText(problem);
    if (!problem.isEmpty())
        return;
    m_ui->planLabel->setText(tr("Looking for leader indices…"));
    m_planner->start(spec());
    updateButtons();
}

void FollowManyDialog::onPlanFinished()
{
    m_plan = m_planner->plan();
    if (!m_plan) {
        m_ui->planTable->setRowCount(0);
        m_ui->planLabel->setText(tr("Could not list the leader indices: %1").arg(m_planner->error().userMessage()));
        updateButtons();
        return;
    }
    fillPlanTable();
    using State = FollowManyCandidate::State;
    const int total = int(m_plan->candidates().size());
    if (total == 0) {
        m_ui->planLabel->setText(tr("No leader index matches these patterns."));
    } else {
        QStringList parts{tr("%n will be followed", nullptr, m_plan->count(State::WillFollow))};
        if (const int n = m_plan->count(State::AlreadyFollowed))
            parts.append(tr("%n already followed", nullptr, n));
        if (const int n = m_plan->count(State::NameTaken))
            parts.append(tr("%n with a name already taken", nullptr, n));
        if (const int n = m_plan->count(State::InvalidName))
            parts.append(tr("%n with an invalid name", nullptr, n));
        if (const int n = m_plan->count(State::Excluded))
            parts.append(tr("%n excluded", nullptr, n));
        m_ui->planLabel->setText(tr("%n leader indices found: %1.", nullptr, total).arg(parts.join(tr(", "))));
    }
    updateButtons();
}

void FollowManyDialog::fillPlanTable()
{
    const QSignalBlocker blocker(m_ui->planTable);
    QTableWidget* table = m_ui->planTable;
    table->setSortingEnabled(false);
    table->setRowCount(int(m_plan->candidates().size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const FollowManyCandidate& candidate = m_plan->candidates().at(row);
        auto* leader = new QTableWidgetItem(
            candidate.isBackingIndex() ? tr("%1 (data stream %2)").arg(candidate.leaderIndex, candidate.dataStream)
                                       : candidate.leaderIndex);
        leader->setData(kCandidateRole, row);
        auto* follower = new QTableWidgetItem(candidate.followerIndex);
        auto* state = new QTableWidgetItem(FollowManyPlan::stateText(candidate.state));
        const Qt::ItemFlags flags = candidate.followable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
        leader->setFlags(candidate.followable() ? flags | Qt::ItemIsUserCheckable : flags);
        leader->setCheckState(candidate.followable() ? Qt::Checked : Qt::Unchecked);
        follower->setFlags(flags);
        state->setFlags(flags);
        if (!candidate.reason.isEmpty()) {
            for (QTableWidgetItem* item : {leader, follower, state})
                item->setToolTip(candidate.reason);
        }
        table->setItem(row, LeaderColumn, leader);
        table->setItem(row, FollowerColumn, follower);
        table->setItem(row, StateColumn, state);
    }
}

void FollowManyDialog::updateButtons()
{
    const bool running = isFollowing();
    const bool started = !m_operation.isNull();
    const int checked = int(checkedCandidates().size());
    const bool nameOk = !m_ui->autoFollowCheck->isChecked() || !m_ui->autoFollowNameEdit->text().trimmed().isEmpty();
    m_ui->followButton->setText(checked > 0 ? tr("Follow %n index(es)", nullptr, checked) : tr("Follow"));
    const bool ready = !started && !isFinding() && checked > 0 && nameOk && m_ui->parametersEditor->isValid();
    std::optional<CcrPreflightRequest> preflight;
    if (ready && m_plan) {
        preflight = CcrPreflightRequest{CcrPreflightRequest::Action::FollowMany, m_plan->spec().remoteCluster, {}, {}};
        for (const FollowManyCandidate& candidate : checkedCandidates()) {
            preflight->leaderIndices << candidate.leaderIndex;
            preflight->followerIndices << candidate.followerIndex;
        }
    }
    if (!started) // the check of what is being followed stays on screen
        m_ui->preflightPanel->setRequest(preflight);
    m_ui->followButton->setEnabled(ready && m_ui->preflightPanel->allowsSubmit());
    m_ui->followButton->setToolTip(ready ? m_ui->preflightPanel->blockedReason() : QString());
    m_ui->findButton->setEnabled(!started && m_remotesLoaded);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->remoteCombo), static_cast<QWidget*>(m_ui->patternsEdit),
                       static_cast<QWidget*>(m_ui->exclusionsEdit), static_cast<QWidget*>(m_ui->followerPatternEdit),
                       static_cast<QWidget*>(m_ui->planTable), static_cast<QWidget*>(m_ui->autoFollowCheck)})
        w->setEnabled(!started);
    m_ui->autoFollowNameEdit->setEnabled(!started && m_ui->autoFollowCheck->isChecked());
    m_ui->parametersEditor->setReadOnly(started);
    m_ui->cancelButton->setVisible(running || !started);
    m_ui->closeButton->setVisible(started && !running);
    const bool failures = started && !running && !m_operation->allSucceeded();
    m_ui->retryButton->setVisible(failures);
}

void FollowManyDialog::follow()
{
    if (m_operation || checkedCandidates().isEmpty() || !m_ui->parametersEditor->isValid())
        return;
    m_findTimer->stop();
    m_planner->cancel();
    m_operation = new FollowManyOperation(m_session->followerActions(), m_plan->spec(), checkedCandidates(),
                                          m_ui->parametersEditor->parameters(), this);
    m_operation->setObjectName(QStringLiteral("operation"));
    if (m_ui->autoFollowCheck->isChecked())
        m_operation->setAutoFollowPatternName(m_ui->autoFollowNameEdit->text());
    connect(m_operation, &FollowManyOperation::progress, this, &FollowManyDialog::onProgress);
    connect(m_operation, &FollowManyOperation::finished, this, &FollowManyDialog::onOperationFinished);
    startOperation(false);
}

void FollowManyDialog::retryFailed()
{
    if (!m_operation || m_operation->isRunning())
        return;
    startOperation(true);
}

void FollowManyDialog::startOperation(bool retry)
{
    m_ui->progressBar->setVisible(true);
    m_ui->progressBar->setRange(0, m_operation->total());
    m_ui->resultLabel->setText(tr("Following %n leader index(es)…", nullptr, m_operation->total()));
    m_ui->resultLabel->setVisible(true);
    m_ui->resultList->setVisible(false);
    retry ? m_operation->retryFailed() : m_operation->start();
    updateButtons();
}

void FollowManyDialog::onProgress(int done, int total)
{
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(done);
}

void FollowManyDialog::onOperationFinished()
{
    using Outcome = FollowManyResult::Outcome;
    QTreeWidget* list = m_ui->resultList;
    list->clear();
    // Failures first: they are what needs attention.
    QList<QTreeWidgetItem*> failed, followed;
    for (const FollowManyResult& result : m_operation->results()) {
        QString text;
        switch (result.outcome) {
        case Outcome::Followed:
            text = tr("Followed (leader %1)").arg(result.leaderIndex);
            break;
        case Outcome::Failed:
            text = tr("Failed: %1").arg(result.message);
            break;
        case Outcome::Pending:
            text = tr("Not started (cancelled)");
            break;
        }
        auto* item = new QTreeWidgetItem(QStringList{result.followerIndex, text});
        item->setToolTip(1, text);
        (result.succeeded() ? followed : failed).append(item);
    }
    list->addTopLevelItems(failed);
    list->addTopLevelItems(followed);
    if (m_operation->autoFollowPatternName().size() > 0) {
        QString text;
        switch (m_operation->patternState()) {
        case FollowManyOperation::PatternState::Created:
            text = tr("Auto-follow pattern created: new leader indices follow too");
            break;
        case FollowManyOperation::PatternState::Failed:
            text = tr("Auto-follow pattern not created: %1").arg(m_operation->patternError().userMessage());
            break;
        default:
            text = tr("Auto-follow pattern not created (cancelled)");
            break;
        }
        auto* item = new QTreeWidgetItem(QStringList{m_operation->autoFollowPatternName(), text});
        item->setToolTip(1, text);
        list->insertTopLevelItem(0, item);
    }
    list->setVisible(true);

    const int ok = m_operation->count(Outcome::Followed);
    const int notOk = m_operation->total() - ok;
    m_ui->resultLabel->setText(notOk == 0 ? tr("%n follower index(es) created.", nullptr, ok)
                                          : tr("%n follower index(es) created, %1 not.", nullptr, ok).arg(notOk));

    QStringList created;
    for (const QString& name : m_operation->followed()) {
        if (!m_reported.contains(name))
            created.append(name);
    }
    m_reported.append(created);
    updateButtons();
    if (!created.isEmpty())
        emit followersCreated(created);
}

void FollowManyDialog::cancelOrClose()
{
    if (isFollowing())
        m_operation->cancel();
    else
        reject();
}

} // namespace duper::ui
