#include "ui/remotes/RemoteClustersPage.h"

#include "core/es/EsJob.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/remotes/RemoteClusterRefresher.h"
#include "core/session/ClusterSession.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ListPageFrame.h"
#include "ui/dr/FailoverDialog.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClusterEditFlow.h"
#include "ui/remotes/RemoteClusterModel.h"
#include "ui/remotes/RemoteClusterPageActions.h"
#include "ui/remotes/RemoteClusterTexts.h"
#include "ui/remotes/RemoteSecurityChoiceDialog.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace duper::ui {

namespace {
const QString autoRefreshKey = QStringLiteral("remotes/autoRefreshMs");
} // namespace

RemoteClustersPage::RemoteClustersPage(QSettings* settings, QWidget* parent)
    : ListPageFrame(parent), m_settings(settings), m_model(new RemoteClusterModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_editFlow(new RemoteClusterEditFlow(this))
{
    setObjectName(QStringLiteral("remoteClustersPage"));
    m_proxy->setObjectName(QStringLiteral("remoteClusterProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RemoteClusterModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    connectSignals();
    keepIntervalIn(m_settings, autoRefreshKey, 30000);
    updateView();
    updateActions();
}

void RemoteClustersPage::buildUi()
{
    m_pageActions = std::make_unique<RemoteClusterPageActions>(this, m_texts);
    searchEdit()->setObjectName(QStringLiteral("remoteSearchEdit"));
    refreshControl()->setObjectName(QStringLiteral("remoteClustersRefreshControl"));
    noticeLabel()->setObjectName(QStringLiteral("remoteClustersNotice"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("remoteClusterTable"));
    // Texts that do not depend on the data; the rest follows the rows (updateView, updateActions, details).
    m_texts.add([this] {
        searchEdit()->setPlaceholderText(tr("Search by name or address"));
        m_table->setAccessibleName(tr("Remote clusters"));
    });
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RemoteClusterModel::AliasColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(RemoteClusterModel::AliasColumn, 140);
    m_table->setColumnWidth(RemoteClusterModel::StatusColumn, 130);
    // "sniff"/"proxy" and "API key"/"Certificate" are short: narrow columns keep Addresses in view.
    m_table->setColumnWidth(RemoteClusterModel::ModeColumn, 70);
    m_table->setColumnWidth(RemoteClusterModel::SecurityColumn, 95);
    m_table->setColumnWidth(RemoteClusterModel::AddressesColumn, 200);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_pageActions->edit, m_pageActions->remove, m_pageActions->migrate, m_pageActions->failOver});

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("remoteClusterDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(8);
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("remoteClusterDetailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_details);

    splitter()->setObjectName(QStringLiteral("remoteClustersSplitter"));
    setContent(m_table, detailsScroll, 720, 380); // room for the details' sentence and labels
    emptyState()->setObjectName(QStringLiteral("remoteClustersEmptyState"));
    stack()->setObjectName(QStringLiteral("remoteClustersStack"));
}

void RemoteClustersPage::connectSignals()
{
    connect(m_pageActions->add, &QAction::triggered, this, &RemoteClustersPage::chooseSecurityModel);
    connect(m_pageActions->edit, &QAction::triggered, this, &RemoteClustersPage::editRemoteCluster);
    connect(m_pageActions->remove, &QAction::triggered, this, &RemoteClustersPage::deleteRemoteCluster);
    connect(m_pageActions->refresh, &QAction::triggered, this, &RemoteClustersPage::refresh);
    connect(m_pageActions->failOver, &QAction::triggered, this, &RemoteClustersPage::failOver);
    connect(m_pageActions->migrate, &QAction::triggered, this, &RemoteClustersPage::migrateToApiKey);
    connect(searchEdit(), &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(refreshControl(), &AutoRefreshControl::refreshRequested, this, &RemoteClustersPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrentDetails();
        updateActions();
    });
    connect(m_table, &QTableView::activated, this, &RemoteClustersPage::editRemoteCluster);
    connect(m_editFlow, &RemoteClusterEditFlow::statusMessage, this, &RemoteClustersPage::statusMessage);
    connect(m_editFlow, &RemoteClusterEditFlow::remoteSaved, this, &RemoteClustersPage::showSavedRemote);
    connect(m_editFlow, &RemoteClusterEditFlow::remoteDeleted, this, &RemoteClustersPage::refresh);
    connect(m_editFlow, &RemoteClusterEditFlow::deleteFailed, this, [this](const QString& message) {
        setNotice(message);
        emit statusMessage(message);
    });
    connect(emptyState(), &EmptyStateWidget::buttonClicked, this, [this] {
        if (m_lastError.isError() && !m_loaded)
            refresh();
        else
            chooseSecurityModel();
    });
}

void RemoteClustersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_model->retranslate();
        updateView();
        updateActions();
        showCurrentDetails();
    }
    ListPageFrame::changeEvent(event);
}

void RemoteClustersPage::setSession(ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_refresher = session ? session->remoteClusterRefresher() : nullptr;
    m_actions = session ? session->remoteClusterActions() : nullptr;
    m_editFlow->setActions(m_actions);
    m_loaded = false;
    m_lastError = {};
    m_justSaved.clear();
    m_model->applyRemotes({});
    setNotice({});
    showRefresher(m_refresher); // the previous connection's list is no longer shown
    if (session)
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    if (m_refresher) {
        connect(m_refresher, &RemoteClusterRefresher::snapshotReady, this, &RemoteClustersPage::onSnapshot);
        connect(m_refresher, &RemoteClusterRefresher::refreshFailed, this, &RemoteClustersPage::onRefreshFailed);
        if (const auto snapshot = m_refresher->snapshot()) { // shown at once, then brought up to date
            m_loaded = true;
            refreshControl()->setLastRefreshed(m_refresher->lastRefreshed());
            applyRows(snapshot->rows);
        }
        refresh();
    }
    updateView();
    updateActions();
}

void RemoteClustersPage::refresh()
{
    if (m_refresher)
        m_refresher->refresh();
}

void RemoteClustersPage::onRefreshFailed(const EsError& error)
{
    refreshControl()->setRefreshing(false);
    m_lastError = error;
    emit statusMessage(tr("Refreshing the remote clusters failed: %1").arg(m_lastError.userMessage()));
    if (m_loaded)
        setNotice(tr("The last refresh failed: %1 The list shows earlier data.").arg(m_lastError.userMessage()));
    updateView();
    emit refreshed();
}

void RemoteClustersPage::onSnapshot(const std::shared_ptr<const RemoteClusterSnapshot>& snapshot)
{
    m_lastError = {};
    m_loaded = true;
    refreshControl()->setLastRefreshed(m_refresher ? m_refresher->lastRefreshed() : QDateTime::currentDateTime());
    applyRows(snapshot->rows);
    emit refreshed();
}

void RemoteClustersPage::applyRows(const QList<RemoteClusterRow>& rows)
{
    m_model->applyRemotes(rows);
    QString notice;
    if (!m_justSaved.isEmpty()) {
        const int row = m_model->rowOf(m_justSaved);
        if (row >= 0) {
            notice = connectionSentence(*m_model->rowAt(row));
            emit statusMessage(notice);
            updateView();
            selectRemote(m_justSaved);
        }
        m_justSaved.clear();
    }
    setNotice(notice);
    updateView();
    showCurrentDetails();
    updateActions();
}

void RemoteClustersPage::updateView()
{
    EmptyStateWidget* empty = emptyState();
    if (!connected()) {
        empty->setContent(tr("Not connected"), tr("Connect to a cluster to see its remote clusters."));
    } else if (!m_loaded && m_lastError.isError()) {
        empty->setContent(tr("Could not load the remote clusters"), m_lastError.userMessage(), tr("Try again"));
    } else if (!m_loaded) {
        empty->setContent(tr("Loading remote clusters…"), {});
    } else if (m_model->rowCount() == 0) {
        empty->setContent(tr("No remote clusters"),
                          tr("No remote clusters: add the leader cluster as a remote cluster of this cluster, by "
                             "the transport address of one or more of its nodes (sniff) or of a proxy in front of "
                             "it. Follower indices replicate from leader indices through it."),
                          tr("Add remote cluster…"));
    } else {
        showTable();
        return;
    }
    showEmptyState();
}

void RemoteClustersPage::updateActions()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    m_pageActions->update(connected(), row ? &*row : nullptr);
}

FailoverDialog* RemoteClustersPage::failOver()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    if (!m_session || !row)
        return nullptr;
    FailoverDialog* dialog = FailoverDialog::open(m_session, row->alias, this);
    connect(dialog, &FailoverDialog::runFinished, this, &RemoteClustersPage::refresh);
    return dialog;
}

bool RemoteClustersPage::migrateToApiKey()
{
    updateActions();
    const std::optional<RemoteClusterRow> row = currentRemote();
    if (!row || !m_pageActions->migrate->isEnabled())
        return false;
    emit apiKeyMigrationRequested(row->alias);
    return true;
}

std::optional<RemoteClusterRow> RemoteClustersPage::currentRemote() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    if (const RemoteClusterRow* row = m_model->rowAt(m_proxy->mapToSource(current).row()))
        return *row;
    return std::nullopt;
}

void RemoteClustersPage::selectRemote(const QString& alias)
{
    const int sourceRow = m_model->rowOf(alias);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, RemoteClusterModel::AliasColumn));
    if (!index.isValid()) { // hidden by the search
        searchEdit()->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, RemoteClusterModel::AliasColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString RemoteClustersPage::connectionSentence(const RemoteClusterRow& row)
{
    return RemoteClusterTexts::connectionSentence(row);
}

QString RemoteClustersPage::deleteWarning(const RemoteClusterRow& row)
{
    return RemoteClusterTexts::deleteWarning(row);
}

void RemoteClustersPage::showCurrentDetails()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    m_details->setText(row ? RemoteClusterTexts::detailsHtml(*row) : RemoteClusterTexts::noSelection());
}

void RemoteClustersPage::setNotice(const QString& text)
{
    setBannerText(text);
}

ClusterSession* RemoteClustersPage::session() const
{
    return m_session;
}

void RemoteClustersPage::showSavedRemote(const QString& alias)
{
    m_justSaved = alias;
    emit statusMessage(tr("Remote cluster “%1” saved; checking its connection…").arg(alias));
    refresh();
}

RemoteSecurityChoiceDialog* RemoteClustersPage::chooseSecurityModel()
{
    if (!connected())
        return nullptr;
    auto* dialog = new RemoteSecurityChoiceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoteSecurityChoiceDialog::chosen, this, [this](RemoteSecurityChoiceDialog::Model model) {
        if (model == RemoteSecurityChoiceDialog::Model::ApiKey)
            emit apiKeyRemoteRequested();
        else
            addRemoteCluster();
    });
    dialog->open();
    return dialog;
}

RemoteClusterDialog* RemoteClustersPage::addRemoteCluster()
{
    if (!connected())
        return nullptr;
    QStringList aliases;
    for (const RemoteClusterRow& row : m_model->remotes())
        aliases << row.alias;
    return m_editFlow->openDialog(aliases, std::nullopt);
}

RemoteClusterDialog* RemoteClustersPage::editRemoteCluster()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    if (!connected() || !row || !row->editable())
        return nullptr;
    return m_editFlow->openDialog({}, row);
}

QMessageBox* RemoteClustersPage::deleteRemoteCluster()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    if (!connected() || !row || !row->editable())
        return nullptr;
    return m_editFlow->confirmDelete(*row);
}

} // namespace duper::ui
