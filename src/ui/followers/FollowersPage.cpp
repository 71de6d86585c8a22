#include "ui/followers/FollowersPage.h"

#include "core/es/EsClient.h"
#include "core/followers/CcrAccessCheck.h"
#include "core/followers/FollowerRefresher.h"
#include "core/followers/RememberedParameters.h"
#include "core/session/ClusterSession.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/followers/CreateFollowerDialog.h"
#include "ui/followers/FollowManyDialog.h"
#include "ui/followers/FollowerActionController.h"
#include "ui/followers/FollowerActionSet.h"
#include "ui/followers/FollowerDetailsPanel.h"
#include "ui/followers/FollowerFilterBar.h"
#include "ui/followers/FollowerFilterProxyModel.h"
#include "ui/followers/FollowerListStatus.h"
#include "ui/followers/FollowerTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace duper::ui {

namespace {
const QString autoRefreshKey = QStringLiteral("followers/autoRefreshMs");
const QString splitterKey = QStringLiteral("followers/splitter");
} // namespace

FollowersPage::FollowersPage(QSettings* settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_idleRefresher(new FollowerRefresher(this)),
      m_model(new FollowerTableModel(this)), m_proxy(new FollowerFilterProxyModel(this)),
      m_actions(new FollowerActionSet(this))
{
    setObjectName(QStringLiteral("followersPage"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    retranslate();
    connectActions();
    attachRefresher(m_idleRefresher);
    const int interval = m_settings->value(autoRefreshKey, 10000).toInt();
    m_refreshControl->setIntervalMs(interval);
    refresher()->setInterval(m_refreshControl->intervalMs());
    updateView();
}

FollowersPage::~FollowersPage()
{
    m_settings->setValue(splitterKey, m_splitter->saveState());
    if (m_refresher)
        m_refresher->disconnect(this);
}

void FollowersPage::buildUi()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("followersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->addToToolBar(m_toolBar);
    m_actions->attachTo(this);

    m_filterBar = new FollowerFilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("followerFilterBar"));
    m_refreshControl = new AutoRefreshControl(this);
    m_refreshControl->setObjectName(QStringLiteral("followersRefreshControl"));

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterBar, 1);
    filterRow->addWidget(m_refreshControl);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("followersBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("followerTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FollowerTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through thousands of rows cheap (no per-row size hints).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(FollowerTableModel::SelectedColumn, 28);
    m_table->setColumnWidth(FollowerTableModel::NameColumn, 220);
    m_table->setColumnWidth(FollowerTableModel::LeaderIndexColumn, 200);

    m_details = new FollowerDetailsPanel(this);
    m_details->setObjectName(QStringLiteral("followerDetailsPanel"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("followersSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings->value(splitterKey).toByteArray()))
        m_splitter->setSizes({640, 420});

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("followersEmptyState"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("followersStack"));
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_filterBar->stateCombo(), m_table);
    setTabOrder(m_table, m_details);
}

void FollowersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FollowersPage::retranslate()
{
    m_toolBar->setWindowTitle(tr("Follower index actions"));
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
    connect(m_refreshControl, &AutoRefreshControl::refreshRequested, this, &FollowersPage::refresh);
    connect(m_refreshControl, &AutoRefreshControl::intervalChanged, this, [this](int ms) {
        m_settings->setValue(autoRefreshKey, ms);
        refresher()->setInterval(ms);
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowersPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowersPage::showCurrentDetails);
    connect(m_model, &FollowerTableModel::checkedNamesChanged, this, &FollowersPage::updateActions);
    connect(m_table, &QTableView::activated, this, [this] { m_actions->details()->trigger(); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &FollowersPage::showContextMenu);
    connect(m_empty, &EmptyStateWidget::buttonClicked, this, [this] {
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
        if (const auto row = currentRow()) {
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
            m_controller->copyRequest(rows.first(), m_session->client()->endpoint().baseUrl);
    });

    connect(m_details, &FollowerDetailsPanel::recreateRequested, this, [this](const QString& name) {
        if (const auto row = rowNamed(name); row && m_controller)
            m_controller->recreate(*row);
    });
    connect(m_details, &FollowerDetailsPanel::resumeRequested, this, [this](const QString& name) {
        if (const auto row = rowNamed(name); row && m_controller)
            m_controller->resume({*row});
    });
    connect(m_details, &FollowerDetailsPanel::editRequested, this, [this](const QString& name) {
        if (const auto row = rowNamed(name); row && m_controller)
            m_controller->edit(*row);
    });
}

ClusterSession* FollowersPage::session() const
{
    return m_session;
}

void FollowersPage::attachRefresher(FollowerRefresher* refresher)
{
    if (m_refresher && m_refresher != refresher) {
        m_refresher->disconnect(this);
        m_refresher->setInterval(0); // a session no longer shown is not polled
    }
    m_refresher = refresher;
    connect(refresher, &FollowerRefresher::refreshStarted, this, [this] { m_refreshControl->setRefreshing(true); });
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
    ++m_accessGeneration;
    m_model->applySnapshot(std::make_shared<const FollowerSnapshot>());
    m_model->clearChecked();
    m_details->showFollower(nullptr);
    attachRefresher(session ? session->followerRefresher() : m_idleRefresher);

    if (session) {
        m_controller = new FollowerActionController(session->followerActions(), this, this);
        m_controller->setPauseResumeConfirmationsEnabled(m_confirmations);
        connect(m_controller, &FollowerActionController::followersChanged, refresher(), &FollowerRefresher::refresh);
        connect(m_controller, &FollowerActionController::statusMessage, this, &FollowersPage::statusMessage);
        const quint64 generation = m_accessGeneration;
        auto* check = new CcrAccessCheck(m_api, this);
        connect(check, &CcrAccessCheck::finished, this, [this, generation](const CcrAccess& access) {
            if (generation == m_accessGeneration)
                onAccess(access);
        });
        refresher()->setInterval(m_refreshControl->intervalMs());
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
    m_refreshControl->setLastRefreshed(refresher()->lastRefreshed());
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
    const QSignalBlocker blocker(m_refreshControl); // a default is not a choice: nothing stored
    m_refreshControl->setIntervalMs(ms);
    refresher()->setInterval(m_refreshControl->intervalMs());
}

void FollowersPage::onRefreshFailed(const EsError& error)
{
    m_refreshControl->setRefreshing(false);
    m_refreshControl->setLastRefreshed(refresher()->lastRefreshed());
    emit statusMessage(tr("Refreshing the follower indices failed: %1").arg(error.userMessage()));
    updateView();
}

void FollowersPage::onAccess(const CcrAccess& access)
{
    m_access = access;
    updateView();
}

bool FollowersPage::isShowingTable() const
{
    return m_stack->currentWidget() == m_splitter;
}

void FollowersPage::updateView()
{
    const std::shared_ptr<const FollowerSnapshot> snapshot = refresher()->snapshot();
    m_status = FollowerListStatus::decide(m_api != nullptr, m_access, snapshot ? int(snapshot->rows.size()) : -1,
                                          refresher()->lastError());
    if (m_status.kind == FollowerListStatus::Kind::Table) {
        m_stack->setCurrentWidget(m_splitter);
    } else {
        m_empty->setContent(m_status.title, m_status.text, m_status.buttonText);
        m_stack->setCurrentWidget(m_empty);
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
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->setVisible(!lines.isEmpty());
}

void FollowersPage::updateCount()
{
    m_filterBar->setCounts(m_proxy->rowCount(), m_model->rowCount());
}

QList<FollowerRow> FollowersPage::targetRows() const
{
    QList<FollowerRow> rows;
    const QStringList checked = m_model->checkedNames();
    if (!checked.isEmpty()) {
        for (const QString& name : checked)
            if (const FollowerRow* row = m_model->rowAt(m_model->rowOf(name)))
                rows << *row;
        return rows;
    }
    const QModelIndexList selected = m_table->selectionModel()->selectedRows(FollowerTableModel::NameColumn);
    for (const QModelIndex& index : selected)
        if (const FollowerRow* row = m_model->rowAt(m_proxy->mapToSource(index).row()))
            rows << *row;
    return rows;
}

std::optional<FollowerRow> FollowersPage::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    if (const FollowerRow* row = m_model->rowAt(m_proxy->mapToSource(current).row()))
        return *row;
    return std::nullopt;
}

std::optional<FollowerRow> FollowersPage::rowNamed(const QString& name) const
{
    if (const FollowerRow* row = m_model->rowAt(m_model->rowOf(name)))
        return *row;
    return std::nullopt;
}

void FollowersPage::selectFollower(const QString& name)
{
    const int sourceRow = m_model->rowOf(name);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, FollowerTableModel::NameColumn));
    if (!index.isValid()) { // hidden by the search or the status filter
        m_filterBar->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, FollowerTableModel::NameColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void FollowersPage::updateActions()
{
    m_actions->updateFor(targetRows(), m_api != nullptr);
}

void FollowersPage::showCurrentDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const FollowerRow* row = current.isValid() ? m_model->rowAt(m_proxy->mapToSource(current).row()) : nullptr;
    m_details->showFollower(row);
}

void FollowersPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("followerContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_actions->addRowActionsTo(menu);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace duper::ui
