#include "ui/fleet/FleetPage.h"

#include "core/fleet/FleetService.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/fleet/FleetModel.h"
#include "ui/fleet/FleetProxyModel.h"
#include "ui/fleet/FleetTopologyView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace duper::ui {

namespace {
const QString intervalKey = QStringLiteral("fleet/autoRefreshMs");
// Saved only once the user has dragged the splitter (the old key held every exit's sizes, the default ones too).
const QString splitterKey = QStringLiteral("fleet/splitterSetByUser");
// A table taller than this many rows scrolls; the map keeps the rest.
constexpr int kRowsFitted = 8;
constexpr int kDefaultIntervalMs = 30000;
} // namespace

FleetPage::FleetPage(FleetService* service, QSettings* settings, QWidget* parent)
    : QWidget(parent), m_service(service), m_settings(settings), m_model(new FleetModel(this)),
      m_proxy(new FleetProxyModel(this))
{
    setObjectName(QStringLiteral("fleetPage"));
    m_proxy->setObjectName(QStringLiteral("fleetProxy"));
    m_proxy->setSourceModel(m_model);
    buildUi();

    m_mapTimer.setSingleShot(true);
    m_mapTimer.setInterval(0);
    connect(&m_mapTimer, &QTimer::timeout, this, &FleetPage::updateMap);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, m_model, &FleetModel::updateAges);

    connect(m_service, &FleetService::rowChanged, this, &FleetPage::onRow);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FleetPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FleetPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FleetPage::updateCount);
    connect(m_refreshControl, &AutoRefreshControl::refreshRequested, this, &FleetPage::refresh);
    connect(m_refreshControl, &AutoRefreshControl::intervalChanged, this, [this](int ms) {
        if (m_settings)
            m_settings->setValue(intervalKey, ms);
        if (isVisible())
            m_service->setInterval(ms);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit clusterRequested(index.data(FleetModel::ConnectionIdRole).toString());
    });
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (const QString id = currentConnectionId(); !id.isEmpty())
            emit clusterRequested(id);
    });
    connect(m_retryAction, &QAction::triggered, this, [this] {
        const QString id = currentConnectionId();
        if (id.isEmpty())
            return;
        m_model->setRefreshing(id, true);
        m_service->reopen(id); // asks for a missing secret again
    });
    connect(m_map, &FleetTopologyView::clusterActivated, this, &FleetPage::clusterRequested);
    connect(m_map, &FleetTopologyView::followersRequested, this, &FleetPage::followersRequested);

    m_refreshControl->setIntervalMs(m_settings ? m_settings->value(intervalKey, kDefaultIntervalMs).toInt()
                                               : kDefaultIntervalMs);
    if (m_settings && m_settings->contains(splitterKey))
        m_userSizedSplitter = m_splitter->restoreState(m_settings->value(splitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSizedSplitter = true; });
    setConnections(m_service->connections());
}

FleetPage::~FleetPage()
{
    if (m_settings && m_userSizedSplitter)
        m_settings->setValue(splitterKey, m_splitter->saveState());
}

void FleetPage::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fleetSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("fleetCountLabel"));
    m_refreshControl = new AutoRefreshControl(this);
    m_refreshControl->setObjectName(QStringLiteral("fleetRefreshControl"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    searchRow->addWidget(m_refreshControl);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetModel::ConnectionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("fleetOpenClusterAction"));
    m_retryAction = new QAction(this);
    m_retryAction->setObjectName(QStringLiteral("fleetRetryAction"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The keyboard's way to what the map's arrows offer: a remote's followers.
    m_followersMenu = new QMenu(this);
    m_followersMenu->setObjectName(QStringLiteral("fleetFollowersMenu"));
    connect(m_followersMenu, &QMenu::aboutToShow, this, &FleetPage::fillFollowersMenu);
    m_table->addActions({m_openAction, m_followersMenu->menuAction(), m_retryAction});

    m_map = new FleetTopologyView(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("fleetSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_map);
    // The map takes what the window gains; fitTableToRows() gives the table what its rows need.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 400});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);

    m_texts.add([this] {
        m_search->setPlaceholderText(tr("Search by connection, cluster, status or remote"));
        m_table->setAccessibleName(tr("Saved clusters"));
        m_map->setAccessibleName(tr("Replication topology"));
        m_map->setToolTip(tr("Double-click a cluster to open it; right-click an arrow for its followers"));
        m_openAction->setText(tr("Open this cluster"));
        m_followersMenu->setTitle(tr("Followers of a remote"));
        m_retryAction->setText(tr("Connect again"));
        m_retryAction->setToolTip(tr("Open the connection again, asking for a missing secret"));
    });
}

void FleetPage::setConnections(const QList<ConnectionProfile>& profiles)
{
    if (profiles != m_service->connections())
        m_service->setConnections(profiles);
    m_model->setRows(m_service->rows());
    m_sizedColumns = false;
    updateMap();
    updateCount();
    fitTableToRows();
    if (isVisible())
        refresh(); // the new ones need their first answer
}

void FleetPage::refresh()
{
    const QList<FleetRow> rows = m_service->rows();
    for (const FleetRow& row : rows)
        m_model->setRefreshing(row.connectionId, true);
    m_refreshControl->setRefreshing(!rows.isEmpty());
    m_refreshedOnce = true;
    m_service->refreshAll();
}

void FleetPage::onRow(const FleetRow& row)
{
    m_model->updateRow(row);
    m_refreshControl->setLastRefreshed(QDateTime::currentDateTime());
    bool anyRefreshing = false;
    for (const FleetRow& each : m_service->rows())
        anyRefreshing = anyRefreshing || m_model->isRefreshing(each.connectionId);
    m_refreshControl->setRefreshing(anyRefreshing);
    if (!anyRefreshing && !m_sizedColumns) {
        m_sizedColumns = true; // once per fleet: later the user's widths stay
        m_table->resizeColumnsToContents();
        fitTableToRows(); // the columns decide whether a horizontal scroll bar takes a row's room
    }
    m_mapTimer.start();
}

void FleetPage::updateMap()
{
    m_map->setTopology(m_service->topology(), m_service->rows());
}

void FleetPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n clusters", nullptr, total)
                                    : tr("%1 of %n clusters", nullptr, total).arg(shown));
}

void FleetPage::fillFollowersMenu()
{
    m_followersMenu->clear();
    const QString id = currentConnectionId();
    const FleetRow* row = m_model->rowAt(m_model->rowOf(id));
    if (!row || row->remotes.isEmpty()) {
        m_followersMenu->addAction(tr("This cluster follows no remote"))->setEnabled(false);
        return;
    }
    for (const QString& alias : row->remotes)
        connect(m_followersMenu->addAction(alias), &QAction::triggered, this,
                [this, id, alias] { emit followersRequested(id, alias); });
}

QString FleetPage::currentConnectionId() const
{
    return m_table->currentIndex().data(FleetModel::ConnectionIdRole).toString();
}

void FleetPage::fitTableToRows()
{
    const int room = m_splitter->height() - m_splitter->handleWidth();
    if (m_userSizedSplitter || room <= 0)
        return;
    const QHeaderView* header = m_table->horizontalHeader();
    int height = 2 * m_table->frameWidth() + header->sizeHint().height();
    const int rows = std::min(m_proxy->rowCount(), kRowsFitted);
    for (int row = 0; row < rows; ++row)
        height += m_table->rowHeight(row);
    if (rows == 0)
        height += m_table->verticalHeader()->defaultSectionSize(); // room for the first cluster
    if (header->length() > m_table->width() - 2 * m_table->frameWidth())
        height += m_table->horizontalScrollBar()->sizeHint().height();
    // Half the room at most: the map needs it more than the table needs its last rows.
    const int tableHeight = std::min(height, room / 2);
    m_splitter->setSizes({tableHeight, room - tableHeight});
}

void FleetPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event); // the layout has given the splitter its new size already
    fitTableToRows();
}

void FleetPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_service->setInterval(m_refreshControl->intervalMs());
    m_ageTimer.start();
    if (!m_refreshedOnce)
        refresh();
}

void FleetPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_service->setInterval(0); // nobody looks: no requests to the whole fleet in the background
    m_ageTimer.stop();
}

void FleetPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_model->retranslate();
        updateCount();
    }
    QWidget::changeEvent(event);
}

} // namespace duper::ui
