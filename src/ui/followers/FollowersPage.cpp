#include "ui/followers/FollowersPage.h"

#include "core/followers/FollowerFormLookups.h"
#include "core/followers/FollowerRefresher.h"
#include "core/followers/RememberedParameters.h"
#include "core/session/ClusterSession.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/followers/ConsistencyCheckView.h"
#include "ui/followers/CreateFollowerDialog.h"
#include "ui/followers/FollowManyDialog.h"
#include "ui/followers/FollowerActionController.h"
#include "ui/followers/FollowerActionSet.h"
#include "ui/followers/FollowerDetailsPanel.h"
#include "ui/followers/FollowerFilterBar.h"
#include "ui/followers/FollowerFilterProxyModel.h"
#include "ui/followers/FollowerHistoryBinding.h"
#include "ui/followers/FollowerTable.h"
#include "ui/followers/FollowerTableModel.h"
#include "ui/followers/FollowerTableSelection.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>

namespace duper::ui {

namespace {
const QString autoRefreshKey = QStringLiteral("followers/autoRefreshMs");
const QString splitterKey = QStringLiteral("followers/splitter");
} // namespace

FollowersPage::FollowersPage(QSettings* settings, QWidget* parent)
    : ListPageFrame(parent), m_settings(settings), m_idleRefresher(new FollowerRefresher(this)),
      m_model(new FollowerTableModel(this)), m_proxy(new FollowerFilterProxyModel(this)),
      m_actions(new FollowerActionSet(this))
{
    setObjectName(QStringLiteral("followersPage"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    keepIntervalIn(m_settings, autoRefreshKey, 10000);
    retranslate();
    connectActions();
    attachRefresher(m_idleRefresher);
    updateView();
}

FollowersPage::~FollowersPage() = default;

void FollowersPage::setHistoryStore(HistoryStore* store)
{
    m_history->setStore(store);
}

void FollowersPage::buildUi()
{
    toolBar()->setObjectName(QStringLiteral("followersToolBar"));
    toolBar()->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addToToolBar(toolBar());
    m_actions->attachTo(this);

    m_filterBar = new FollowerFilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("followerFilterBar"));
    setSearchBar(m_filterBar, m_filterBar->searchField());
    refreshControl()->setObjectName(QStringLiteral("followersRefreshControl"));
    banner()->setObjectName(QStringLiteral("followersBanner"));

    m_table = FollowerTable::create(this, m_proxy);
    m_details = new FollowerDetailsPanel(this);
    m_history = new FollowerHistoryBinding(m_model, m_table, m_details->historyView(), this);
    m_details->setObjectName(QStringLiteral("followerDetailsPanel"));
    m_selection = std::make_unique<FollowerTableSelection>(m_model, m_proxy, m_table, m_filterBar);

    splitter()->setObjectName(QStringLiteral("followersSplitter"));
    // The table gets most of the width, and of any width added, so Lag, Ops/s and Last read stay in view; the
    // details panel is narrower and can be dragged shut (and open again) at the splitter.
    setContent(m_table, m_details, 940, 340);
    splitter()->setStretchFactor(0, 4);
    splitter()->setStretchFactor(1, 1);
    splitter()->setCollapsible(0, false);
    splitter()->setCollapsible(1, true);
    keepSplitterIn(m_settings, splitterKey);
    emptyState()->setObjectName(QStringLiteral("followersEmptyState"));
    stack()->setObjectName(QStringLiteral("followersStack"));
    setTabOrder(m_filterBar->stateCombo(), m_table);
    setTabOrder(m_table, m_details);
}

void FollowersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ListPageFrame::changeEvent(event);
}

void FollowersPage::retranslate()
{
    toolBar()->setWindowTitle(tr("Follower index actions"));
    m_table->setAccessibleName(tr("Follower indices"));
    m_actions->retranslate();
    m_model->retranslate();
    updateView();
    showCurrentDetails();
}

void FollowersPage::connectActions()
{
    connect(m_filterBar, &FollowerFilterBar::searchTextChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_filterBar, &FollowerFilterBar::stateFilterChanged, this, [this](std::optional<FollowerState> state) {
        m_proxy->setStateFilter(state);
        updateCount();
    });
    connect(refreshControl(), &AutoRefreshControl::refreshRequested, this, &FollowersPage::refresh);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowersPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowersPage::showCurrentDetails);
    connect(m_model, &FollowerTableModel::checkedNamesChanged, this, &FollowersPage::updateActions);
    connect(m_table, &QTableView::activated, this, [this] { m_actions->details()->trigger(); });
    connect(m_table, &QTableView::customContextMenuRequested, this,
            [this](const QPoint& position) { FollowerTable::showContextMenu(m_table, m_actions, position); });
    connect(emptyState(), &EmptyStateWidget::buttonClicked, this, [this] {
        switch (m_status.action) {
        case FollowerListStatus::Action::Create:
            createFollower();
            break;
        case FollowerListStatus::Action::Retry:
            setSession(m_session);
            break;
        case FollowerListStatus::Action::RemoteClusters:
            emit remoteClustersRequested();
            break;
        case FollowerListStatus::Action::None:
            break;
        }
    });

    connect(m_actions->refresh(), &QAction::triggered, this, &FollowersPage::refresh);
    connect(m_actions->create(), &QAction::triggered, this, &FollowersPage::createFollower);
    connect(m_actions->followMany(), &QAction::triggered, this, [this] { followMany(); });
    connect(m_actions->details(), &QAction::triggered, this, [this] {
        if (const auto row = m_selection->currentRow()) {
            m_details->showFollower(&*row);
            m_details->setFocus();
        }
    });
    connect(m_actions->pause(), &QAction::triggered, this, [this] {
        if (m_controller)
            m_controller->pause(targetRows());
    });
    connect(m_actions->resume(), &QAction::triggered, this, [this] {
        if (m_controller)
            m_controller->resume(targetRows());
    });
    connect(m_actions->edit(), &QAction::triggered, this, [this] {
        const QList<FollowerRow> rows = targetRows();
        if (m_controller && rows.size() == 1)
            m_controller->edit(rows.first());
    });
    connect(m_actions->unfollow(), &QAction::triggered, this, [this] {
        if (m_controller)
            m_controller->unfollow(targetRows());
    });
    connect(m_actions->recreate(), &QAction::triggered, this, [this] {
        const QList<FollowerRow> rows = targetRows();
        if (m_controller && rows.size() == 1)
            m_controller->recreate(rows.first());
    });
    connect(m_actions->copyRequest(), &QAction::triggered, this, [this] {
        const QList<FollowerRow> rows = targetRows();
        if (m_controller && m_session && rows.size() == 1)
            m_controller->copyRequest(rows.first(), FollowerFormLookups(m_api).baseUrl());
    });

    connect(m_details, &FollowerDetailsPanel::recreateRequested, this, [this](const QString& name) {
        if (const auto row = m_selection->rowNamed(name); row && m_controller)
            m_controller->recreate(*row);
    });
    connect(m_details, &FollowerDetailsPanel::resumeRequested, this, [this](const QString& name) {
        if (const auto row = m_selection->rowNamed(name); row && m_controller)
            m_controller->resume({*row});
    });
    connect(m_details, &FollowerDetailsPanel::editRequested, this, [this](const QString& name) {
        if (const auto row = m_selection->rowNamed(name); row && m_controller)
            m_controller->edit(*row);
    });
}

ClusterSession* FollowersPage::session() const
{
    return m_session;
}

void FollowersPage::attachRefresher(FollowerRefresher* refresher)
{
    showRefresher(refresher); // a session no longer shown is not polled
    m_refresher = refresher;
    connect(refresher, &FollowerRefresher::snapshotReady, this, &FollowersPage::onSnapshot);
    connect(refresher, &FollowerRefresher::refreshFailed, this, &FollowersPage::onRefreshFailed);
}

void FollowersPage::setSession(ClusterSession* session)
{
    delete m_controller;
    m_controller = nullptr;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_api = session ? session->api() : nullptr;
    m_memory = session ? session->rememberedParameters() : nullptr;
    if (session)
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    m_access.reset();
    m_model->applySnapshot(std::make_shared<const FollowerSnapshot>());
    m_model->clearChecked();
    m_details->showFollower(nullptr);
    m_details->consistencyView()->setFollowerSession(session);
    m_history->setConnectionId(session ? session->connectionId() : QString());
    attachRefresher(session ? session->followerRefresher() : m_idleRefresher);

    if (session) {
        m_controller = new FollowerActionController(session->followerActions(), this, this);
        m_controller->setPauseResumeConfirmationsEnabled(m_confirmations);
        connect(m_controller, &FollowerActionController::followersChanged, refresher(), &FollowerRefresher::refresh);
        connect(m_controller, &FollowerActionController::statusMessage, this, &FollowersPage::statusMessage);
        // Only this session's latest check reports (the session supersedes older ones; the old session is
        // disconnected above).
        connect(session, &ClusterSession::accessChanged, this, &FollowersPage::onAccess);
        session->checkAccess();
        refresher()->refresh();
    }
    updateView();
    updateActions();
}

void FollowersPage::refresh()
{
    refresher()->refresh();
}

CreateFollowerDialog* FollowersPage::createFollower()
{
    if (!m_api)
        return nullptr;
    auto* dialog = new CreateFollowerDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateFollowerDialog::followerCreated, this, [this](const QString& name) {
        m_pendingSelection = name;
        emit statusMessage(tr("Follower index “%1” created; waiting for it to become active…").arg(name));
        refresher()->watchUntilActive(name);
    });
    dialog->open();
    return dialog;
}

FollowManyDialog* FollowersPage::followMany(const QString& remote, const QStringList& leaderPatterns,
                                            const QStringList& exclusions, const QString& followerPattern)
{
    if (!m_api)
        return nullptr;
    auto* dialog = new FollowManyDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!leaderPatterns.isEmpty())
        dialog->setInitialPatterns(remote, leaderPatterns, exclusions, followerPattern);
    connect(dialog, &FollowManyDialog::followersCreated, this, [this](const QStringList& names) {
        emit statusMessage(names.size() == 1 ? tr("Now following 1 more leader index")
                                             : tr("Now following %1 more leader indices").arg(names.size()));
        refresher()->refresh();
    });
    dialog->open();
    return dialog;
}

void FollowersPage::onSnapshot(const std::shared_ptr<const FollowerSnapshot>& snapshot)
{
    m_model->applySnapshot(snapshot);
    if (m_memory) {
        // Remember what Elasticsearch reports now: after a pause it reports nothing, and the user may want it back.
        for (const FollowerRow& row : snapshot->rows)
            if (row.hasParameters)
                m_memory->remember(row.name, row.parameters);
    }
    refreshControl()->setLastRefreshed(refresher()->lastRefreshed());
    if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0) {
        updateView();
        selectFollower(m_pendingSelection);
        m_pendingSelection.clear();
    }
    updateView();
    showCurrentDetails();
    updateActions();
    emit snapshotApplied(snapshot->rows);
}

void FollowersPage::setPauseResumeConfirmationsEnabled(bool enabled)
{
    m_confirmations = enabled;
    if (m_controller)
        m_controller->setPauseResumeConfirmationsEnabled(enabled);
}

void FollowersPage::setDefaultRefreshIntervalMs(int ms)
{
    if (m_settings->contains(autoRefreshKey))
        return;                                     // the user picked one on this page: that choice wins
    const QSignalBlocker blocker(refreshControl()); // a default is not a choice: nothing stored
    refreshControl()->setIntervalMs(ms);
    refresher()->setInterval(refreshControl()->intervalMs());
}

void FollowersPage::onRefreshFailed(const EsError& error)
{
    refreshControl()->setRefreshing(false);
    refreshControl()->setLastRefreshed(refresher()->lastRefreshed());
    emit statusMessage(tr("Refreshing the follower indices failed: %1").arg(error.userMessage()));
    updateView();
}

void FollowersPage::onAccess(const CcrAccess& access)
{
    m_access = access;
    updateView();
}

void FollowersPage::updateView()
{
    const std::shared_ptr<const FollowerSnapshot> snapshot = refresher()->snapshot();
    m_status = FollowerListStatus::decide(m_api != nullptr, m_access, snapshot ? int(snapshot->rows.size()) : -1,
                                          refresher()->lastError());
    if (m_status.kind == FollowerListStatus::Kind::Table) {
        showTable();
    } else {
        emptyState()->setContent(m_status.title, m_status.text, m_status.buttonText);
        showEmptyState();
    }
    updateBanner();
    updateCount();
}

void FollowersPage::updateBanner()
{
    QStringList lines;
    const EsError& error = refresher()->lastError();
    if (error.isError() && refresher()->snapshot()) {
        lines << tr("The last refresh failed: %1 The list shows the data of %2.")
                     .arg(error.userMessage(),
                          refresher()->lastRefreshed().time().toString(QStringLiteral("HH:mm:ss")));
    }
    if (m_access && m_access->lacks(QStringLiteral("manage_ccr")) && isShowingTable()) {
        lines << tr("You can look but not change: the user lacks the cluster privilege “manage_ccr”, which "
                    "creating, pausing, resuming and unfollowing follower indices need.");
    }
    setBannerText(lines.join(QLatin1Char('\n')));
}

void FollowersPage::updateCount()
{
    m_filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
}

QList<FollowerRow> FollowersPage::targetRows() const
{
    return m_selection->targetRows();
}

void FollowersPage::selectFollower(const QString& name)
{
    m_selection->select(name);
}

void FollowersPage::updateActions()
{
    m_actions->updateFor(targetRows(), m_api != nullptr);
}

void FollowersPage::showCurrentDetails()
{
    m_details->showFollower(m_selection->current());
}

} // namespace duper::ui
