#include "ui/remotes/RemoteClustersPage.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ShortcutToolTip.h"
#include "ui/remotes/RemoteClusterDialog.h"
#include "ui/remotes/RemoteClusterModel.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace duper::ui {

namespace {
const QString autoRefreshKey = QStringLiteral("remotes/autoRefreshMs");
constexpr int maxNamedFollowers = 10;

QAction* makeAction(QWidget* owner, const QString& name, const QKeySequence& shortcut)
{
    auto* action = new QAction(owner);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}
} // namespace

// The three answers of one refresh, collected as they arrive.
struct RemoteClustersPage::Pending
{
    quint64 generation = 0;
    int outstanding = 3;
    std::optional<RemoteInfoResponse> info;
    std::optional<ClusterSettingsResponse> settings;
    std::optional<FollowInfoResponse> followers;
    EsError error;
};

RemoteClustersPage::RemoteClustersPage(QSettings* settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_model(new RemoteClusterModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("remoteClustersPage"));
    m_proxy->setObjectName(QStringLiteral("remoteClusterProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RemoteClusterModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_timer->setObjectName(QStringLiteral("remoteClustersTimer"));
    buildUi();
    connectSignals();
    m_refreshControl->setIntervalMs(m_settings->value(autoRefreshKey, 30000).toInt());
    updateView();
    updateActions();
}

RemoteClustersPage::~RemoteClustersPage() = default;

void RemoteClustersPage::buildUi()
{
    m_addAction = makeAction(this, QStringLiteral("addRemoteClusterAction"), QKeySequence::New);
    m_editAction = makeAction(this, QStringLiteral("editRemoteClusterAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = makeAction(this, QStringLiteral("deleteRemoteClusterAction"), QKeySequence::Delete);
    m_refreshAction = makeAction(this, QStringLiteral("refreshRemoteClustersAction"), QKeySequence::Refresh);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("remoteClustersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_addAction);
    m_toolBar->addAction(m_editAction);
    m_toolBar->addAction(m_deleteAction);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("remoteSearchEdit"));

    m_search->setClearButtonEnabled(true);
    m_refreshControl = new AutoRefreshControl(this);
    m_refreshControl->setObjectName(QStringLiteral("remoteClustersRefreshControl"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_refreshControl);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("remoteClustersNotice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("remoteClusterTable"));
    // Texts that do not depend on the data; the rest follows the rows (updateView, updateActions, details).
    m_texts.add([this] {
        m_addAction->setText(tr("&Add remote cluster…"));
        m_editAction->setText(tr("&Edit…"));
        m_deleteAction->setText(tr("&Delete…"));
        m_refreshAction->setText(tr("&Refresh"));
        m_addAction->setToolTip(shortcutToolTip(tr("Add a remote cluster to this cluster"), m_addAction->shortcut()));
        m_refreshAction->setToolTip(shortcutToolTip(tr("Load the remote clusters again"), m_refreshAction->shortcut()));
        m_toolBar->setWindowTitle(tr("Remote cluster actions"));
        m_search->setPlaceholderText(tr("Search by name or address"));
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
    m_table->setColumnWidth(RemoteClusterModel::AddressesColumn, 200);

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

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("remoteClustersSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({720, 380}); // room for the details' sentence and labels

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("remoteClustersEmptyState"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("remoteClustersStack"));
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolBar);
    layout->addLayout(searchRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);
}

void RemoteClustersPage::connectSignals()
{
    connect(m_addAction, &QAction::triggered, this, &RemoteClustersPage::addRemoteCluster);
    connect(m_editAction, &QAction::triggered, this, &RemoteClustersPage::editRemoteCluster);
    connect(m_deleteAction, &QAction::triggered, this, &RemoteClustersPage::deleteRemoteCluster);
    connect(m_refreshAction, &QAction::triggered, this, &RemoteClustersPage::refresh);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refreshControl, &AutoRefreshControl::refreshRequested, this, &RemoteClustersPage::refresh);
    connect(m_refreshControl, &AutoRefreshControl::intervalChanged, this, [this](int ms) {
        m_settings->setValue(autoRefreshKey, ms);
        if (ms > 0 && m_api)
            m_timer->start(ms);
        else
            m_timer->stop();
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_refreshing)
            refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrentDetails();
        updateActions();
    });
    connect(m_table, &QTableView::activated, this, &RemoteClustersPage::editRemoteCluster);
    connect(m_empty, &EmptyStateWidget::buttonClicked, this, [this] {
        if (m_lastError.isError() && !m_loaded)
            refresh();
        else
            addRemoteCluster();
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
    QWidget::changeEvent(event);
}

void RemoteClustersPage::setSession(ClusterSession* session)
{
    ++m_generation; // answers for the previous connection are dropped
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_api = session ? session->api() : nullptr;
    if (session)
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    m_loaded = false;
    m_refreshing = false;
    m_lastError = {};
    m_justSaved.clear();
    m_model->applyRemotes({});
    setNotice({});
    m_timer->stop();
    if (m_api) {
        if (m_refreshControl->intervalMs() > 0)
            m_timer->start(m_refreshControl->intervalMs());
        refresh();
    }
    updateView();
    updateActions();
}

void RemoteClustersPage::refresh()
{
    if (!m_api)
        return;
    auto pending = std::make_shared<Pending>();
    pending->generation = ++m_generation;
    m_refreshing = true;
    m_refreshControl->setRefreshing(true);
    // followInfo's failure is not an error of the list: without it the rows say "unknown" under "Used by".
    auto done = [this, pending](const EsJob* job, bool essential) {
        if (essential && job->hasError() && !pending->error.isError())
            pending->error = job->error();
        if (--pending->outstanding == 0)
            finishRefresh(pending);
    };
    m_api->remoteInfo()->onFinished(this, [pending, done](RemoteInfoJob* job) {
        pending->info = job->takeResult();
        done(job, true);
    });
    m_api->clusterSettings()->onFinished(this, [pending, done](ClusterSettingsJob* job) {
        pending->settings = job->takeResult();
        done(job, true);
    });
    m_api->followInfo()->onFinished(this, [pending, done](FollowInfoJob* job) {
        pending->followers = job->takeResult();
        done(job, false);
    });
}

void RemoteClustersPage::finishRefresh(const std::shared_ptr<Pending>& pending)
{
    if (pending->generation != m_generation)
        return;
    m_refreshing = false;
    m_refreshControl->setRefreshing(false);
    if (!pending->info || !pending->settings) {
        m_lastError = pending->error;
        emit statusMessage(tr("Refreshing the remote clusters failed: %1").arg(m_lastError.userMessage()));
        if (m_loaded)
            setNotice(tr("The last refresh failed: %1 The list shows earlier data.").arg(m_lastError.userMessage()));
        updateView();
        emit refreshed();
        return;
    }
    m_lastError = {};
    m_loaded = true;
    m_refreshControl->setLastRefreshed(QDateTime::currentDateTime());
    applyRows(RemoteClusterRow::merge(*pending->info, *pending->settings,
                                      pending->followers ? &*pending->followers : nullptr));
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

bool RemoteClustersPage::isShowingTable() const
{
    return m_stack->currentWidget() == m_splitter;
}

void RemoteClustersPage::updateView()
{
    if (!m_api) {
        m_empty->setContent(tr("Not connected"), tr("Connect to a cluster to see its remote clusters."));
        m_stack->setCurrentWidget(m_empty);
    } else if (!m_loaded && m_lastError.isError()) {
        m_empty->setContent(tr("Could not load the remote clusters"), m_lastError.userMessage(), tr("Try again"));
        m_stack->setCurrentWidget(m_empty);
    } else if (!m_loaded) {
        m_empty->setContent(tr("Loading remote clusters…"), {});
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setContent(tr("No remote clusters"),
                            tr("No remote clusters: add the leader cluster as a remote cluster of this cluster, by "
                               "the transport address of one or more of its nodes (sniff) or of a proxy in front of "
                               "it. Follower indices replicate from leader indices through it."),
                            tr("Add remote cluster…"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_splitter);
    }
}

void RemoteClustersPage::updateActions()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    m_addAction->setEnabled(m_api != nullptr);
    m_refreshAction->setEnabled(m_api != nullptr);
    const bool editable = m_api && row && row->editable();
    m_editAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable);
    const QString why = row && !row->editable() ? tr("Defined in elasticsearch.yml: change it there.") : QString();
    m_editAction->setToolTip(
        why.isEmpty() ? shortcutToolTip(tr("Edit the selected remote cluster"), m_editAction->shortcut()) : why);
    m_deleteAction->setToolTip(
        why.isEmpty() ? shortcutToolTip(tr("Delete the selected remote cluster"), m_deleteAction->shortcut()) : why);
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
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, RemoteClusterModel::AliasColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

QString RemoteClustersPage::connectionSentence(const RemoteClusterRow& row)
{
    const bool proxy = row.mode == RemoteClusterMode::Proxy;
    if (row.connected)
        return proxy ? tr("“%1” is connected through %2 (%3 of %4 sockets open).")
                           .arg(row.alias, row.proxyAddress)
                           .arg(row.socketsConnected)
                           .arg(row.maxSocketConnections)
                     : tr("“%1” is connected (%2 of %3 nodes).")
                           .arg(row.alias)
                           .arg(row.nodesConnected)
                           .arg(row.maxNodeConnections);
    if (!row.inRemoteInfo)
        return tr("“%1” is saved, but Elasticsearch does not report a connection to it yet. Refresh in a moment.")
            .arg(row.alias);
    return tr("“%1” is saved but not connected: no cluster answered at %2. Check that the address is the transport "
              "port of the remote cluster (usually 9300, not the HTTP port 9200) and that this cluster can reach it.")
        .arg(row.alias, row.addresses());
}

QString RemoteClustersPage::deleteWarning(const RemoteClusterRow& row)
{
    QString text = tr("Delete the remote cluster “%1”? This cluster forgets how to reach it.").arg(row.alias);
    if (row.usedBy.isEmpty())
        return text;
    QStringList names = row.usedBy.mid(0, maxNamedFollowers);
    QString list = names.join(QStringLiteral(", "));
    const int more = int(row.usedBy.size()) - int(names.size());
    if (more > 0)
        list = tr("%1 and %2 more").arg(list, QString::number(more));
    // Multi-arg so a '%' in a follower name is never taken for a placeholder.
    const QString warning = row.usedBy.size() == 1
                                ? tr("1 follower index replicates through it and will stop replicating: %1.").arg(list)
                                : tr("%1 follower indices replicate through it and will stop replicating: %2.")
                                      .arg(QString::number(row.usedBy.size()), list);
    text += QStringLiteral("\n\n") + warning;
    return text;
}

void RemoteClustersPage::showCurrentDetails()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    if (!row) {
        m_details->setText(tr("Select a remote cluster to see its details."));
        return;
    }
    const bool proxy = row->mode == RemoteClusterMode::Proxy;
    QList<std::pair<QString, QString>> fields;
    fields << std::pair{tr("Name"), row->alias} << std::pair{tr("Status"), RemoteClusterModel::statusText(*row)}
           << std::pair{tr("Mode"), proxy ? tr("proxy") : tr("sniff")};
    if (proxy) {
        fields << std::pair{tr("Proxy address"), row->proxyAddress}
               << std::pair{tr("Server name"), row->serverName.isEmpty() ? tr("(none)") : row->serverName}
               << std::pair{tr("Sockets connected"),
                            tr("%1 of %2").arg(row->socketsConnected).arg(row->maxSocketConnections)};
    } else {
        fields << std::pair{tr("Seeds"), row->seeds.join(QLatin1Char('\n'))}
               << std::pair{tr("Nodes connected"),
                            tr("%1 of %2").arg(row->nodesConnected).arg(row->maxNodeConnections)};
    }
    fields << std::pair{tr("Skip unavailable"), row->skipUnavailable ? tr("yes") : tr("no")};
    if (!row->initialConnectTimeout.isEmpty())
        fields << std::pair{tr("Initial connect timeout"), row->initialConnectTimeout};
    fields << std::pair{tr("Security"), row->apiKeyCredentials ? tr("API key") : tr("TLS certificates")}
           << std::pair{tr("Stored"), RemoteClusterModel::sourceText(row->source)}
           << std::pair{tr("Used by"), row->usedBy.isEmpty() ? RemoteClusterModel::usedByText(*row)
                                                             : row->usedBy.join(QLatin1Char('\n'))};
    QString html = QStringLiteral("<p>") + connectionSentence(*row).toHtmlEscaped() + QStringLiteral("</p><table>");
    for (const auto& [label, value] : fields)
        html +=
            QStringLiteral("<tr><td valign=\"top\"><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void RemoteClustersPage::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

RemoteClusterDialog* RemoteClustersPage::addRemoteCluster()
{
    if (!m_api)
        return nullptr;
    QStringList aliases;
    for (const RemoteClusterRow& row : m_model->remotes())
        aliases << row.alias;
    return openRemoteDialog(aliases, std::nullopt);
}

RemoteClusterDialog* RemoteClustersPage::editRemoteCluster()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    if (!m_api || !row || !row->editable())
        return nullptr;
    return openRemoteDialog({}, row);
}

RemoteClusterDialog* RemoteClustersPage::openRemoteDialog(const QStringList& existingAliases,
                                                          const std::optional<RemoteClusterRow>& editing)
{
    auto* dialog = new RemoteClusterDialog(m_api, existingAliases, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (editing)
        dialog->setRemote(*editing);
    connect(dialog, &RemoteClusterDialog::remoteSaved, this, [this](const QString& alias) {
        m_justSaved = alias;
        emit statusMessage(tr("Remote cluster “%1” saved; checking its connection…").arg(alias));
        refresh();
    });
    dialog->open();
    return dialog;
}

QMessageBox* RemoteClustersPage::deleteRemoteCluster()
{
    const std::optional<RemoteClusterRow> row = currentRemote();
    if (!m_api || !row || !row->editable())
        return nullptr;
    auto* box = new QMessageBox(row->usedBy.isEmpty() ? QMessageBox::Question : QMessageBox::Warning,
                                tr("Delete remote cluster"), deleteWarning(*row), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteRemoteClusterBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, remote = *row](QAbstractButton* clicked) {
        if (clicked == confirm)
            removeRemote(remote);
    });
    box->open();
    return box;
}

void RemoteClustersPage::removeRemote(const RemoteClusterRow& row)
{
    if (!m_api)
        return;
    RemoteClusterSettings settings;
    settings.alias = row.alias;
    settings.remove = true;
    settings.persistent = row.source != RemoteClusterRow::Source::Transient;
    emit statusMessage(tr("Deleting remote cluster “%1”…").arg(row.alias));
    m_api->putRemoteCluster(settings)->onFinished(this, [this, alias = row.alias](ClusterSettingsJob* job) {
        if (job->hasError()) {
            const QString text =
                tr("Elasticsearch did not delete the remote cluster “%1”: %2").arg(alias, job->error().userMessage());
            setNotice(text);
            emit statusMessage(text);
            return;
        }
        emit statusMessage(tr("Remote cluster “%1” deleted.").arg(alias));
        refresh();
    });
}

} // namespace duper::ui
