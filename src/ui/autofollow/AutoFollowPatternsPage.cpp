#include "ui/autofollow/AutoFollowPatternsPage.h"

#include "core/autofollow/AutoFollowRefresher.h"
#include "core/session/ClusterSession.h"
#include "ui/autofollow/AutoFollowPageActions.h"
#include "ui/autofollow/AutoFollowPatternDetails.h"
#include "ui/autofollow/AutoFollowPatternDialog.h"
#include "ui/autofollow/AutoFollowPatternFilterProxyModel.h"
#include "ui/autofollow/AutoFollowPatternModel.h"
#include "ui/autofollow/AutoFollowPatternTable.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ListPageFrame.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace duper::ui {

namespace {
const QString autoRefreshKey = QStringLiteral("autoFollow/autoRefreshMs");
const QString splitterKey = QStringLiteral("autoFollow/splitter");
} // namespace

AutoFollowPatternsPage::AutoFollowPatternsPage(QSettings* settings, QWidget* parent)
    : ListPageFrame(parent), m_settings(settings), m_model(new AutoFollowPatternModel(this)),
      m_proxy(new AutoFollowPatternFilterProxyModel(this))
{
    setObjectName(QStringLiteral("autoFollowPatternsPage"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    keepIntervalIn(m_settings, autoRefreshKey, 30000);
    connectSignals();
    updateView();
    updateActions();
}

void AutoFollowPatternsPage::buildUi()
{
    m_actions = std::make_unique<AutoFollowPageActions>(this, toolBar(), m_texts);

    searchEdit()->setObjectName(QStringLiteral("autoFollowSearch"));
    m_texts.add(
        [search = searchEdit()] { search->setPlaceholderText(tr("Search by name, remote cluster or pattern")); });
    countLabel()->setObjectName(QStringLiteral("autoFollowCount"));
    refreshControl()->setObjectName(QStringLiteral("autoFollowRefreshControl"));
    banner()->setObjectName(QStringLiteral("autoFollowBanner"));

    m_table = AutoFollowPatternTable::create(this, m_proxy, m_texts);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("autoFollowDetails"));
    m_details->setOpenLinks(false);
    splitter()->setObjectName(QStringLiteral("autoFollowSplitter"));
    setContent(m_table, m_details, 640, 380);
    keepSplitterIn(m_settings, splitterKey);

    auto* emptyPanel = new QWidget(this);
    emptyPanel->setObjectName(QStringLiteral("autoFollowEmptyPanel"));
    emptyState()->setObjectName(QStringLiteral("autoFollowEmptyState"));
    m_followMany =
        m_texts.text(new QPushButton(emptyPanel), [] { return tr("Follow existing indices with “Follow many…”"); });
    m_followMany->setObjectName(QStringLiteral("autoFollowFollowManyButton"));
    auto* emptyLayout = new QVBoxLayout(emptyPanel);
    emptyLayout->addWidget(emptyState(), 1);
    emptyLayout->addWidget(m_followMany, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    setEmptyPanel(emptyPanel);
    stack()->setObjectName(QStringLiteral("autoFollowStack"));
}

void AutoFollowPatternsPage::connectSignals()
{
    connect(searchEdit(), &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateView();
    });
    connect(refreshControl(), &AutoRefreshControl::refreshRequested, this, &AutoFollowPatternsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AutoFollowPatternsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AutoFollowPatternsPage::showCurrentDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showCurrentDetails();
        updateActions();
    });
    connect(m_table, &QTableView::activated, this, [this] { editPattern(); });
    connect(emptyState(), &EmptyStateWidget::buttonClicked, this, [this] {
        if (m_lastError && !m_loaded)
            refresh();
        else
            createPattern();
    });
    connect(m_followMany, &QPushButton::clicked, this, &AutoFollowPatternsPage::followManyRequested);
    connect(m_actions->create, &QAction::triggered, this, &AutoFollowPatternsPage::createPattern);
    connect(m_actions->edit, &QAction::triggered, this, &AutoFollowPatternsPage::editPattern);
    connect(m_actions->duplicate, &QAction::triggered, this, &AutoFollowPatternsPage::duplicatePattern);
    connect(m_actions->pause, &QAction::triggered, this, &AutoFollowPatternsPage::pauseSelected);
    connect(m_actions->resume, &QAction::triggered, this, &AutoFollowPatternsPage::resumeSelected);
    connect(m_actions->remove, &QAction::triggered, this, &AutoFollowPatternsPage::deleteSelected);
    connect(m_actions->refresh, &QAction::triggered, this, &AutoFollowPatternsPage::refresh);
}

void AutoFollowPatternsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_model->retranslate();
        updateView();
        showCurrentDetails();
    }
    ListPageFrame::changeEvent(event);
}

void AutoFollowPatternsPage::setSession(ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_refresher = session ? session->autoFollowRefresher() : nullptr;
    m_loaded = false;
    m_lastError = {};
    m_model->clear();
    showRefresher(m_refresher); // the page sets the pace of the refresher it shows
    if (m_refresher) {
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        connect(m_refresher, &AutoFollowRefresher::snapshotReady, this, &AutoFollowPatternsPage::onSnapshot);
        connect(m_refresher, &AutoFollowRefresher::refreshFailed, this, &AutoFollowPatternsPage::onRefreshFailed);
        // Another view of the same session may have read the patterns already: show them while refreshing.
        if (const auto snapshot = m_refresher->snapshot()) {
            m_loaded = true;
            m_model->applySnapshot(*snapshot);
        }
        m_refresher->refresh();
    }
    updateView();
    updateActions();
}

void AutoFollowPatternsPage::refresh()
{
    if (m_refresher)
        m_refresher->refresh(); // one in flight may predate a change just made: the refresher runs another
}

bool AutoFollowPatternsPage::isRefreshing() const
{
    return m_refresher && m_refresher->isRefreshing();
}

void AutoFollowPatternsPage::onSnapshot(const std::shared_ptr<const AutoFollowSnapshot>& snapshot)
{
    m_lastError = {};
    m_loaded = true;
    m_model->applySnapshot(*snapshot);
    refreshControl()->setLastRefreshed(m_refresher->lastRefreshed());
    finishRound();
}

void AutoFollowPatternsPage::onRefreshFailed(const EsError& error)
{
    m_lastError = error;
    emit statusMessage(tr("Refreshing the auto-follow patterns failed: %1").arg(error.userMessage()));
    finishRound();
}

void AutoFollowPatternsPage::finishRound()
{
    refreshControl()->setRefreshing(false);
    updateView();
    if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0) {
        selectPattern(m_pendingSelection);
        m_pendingSelection.clear();
    }
    showCurrentDetails();
    updateActions();
    emit refreshed();
}

void AutoFollowPatternsPage::updateView()
{
    const bool empty = m_model->rowCount() == 0;
    QString banner;
    const bool connected = m_refresher != nullptr;
    if (!connected) {
        emptyState()->setContent(tr("Not connected"), tr("Choose a connection to see its auto-follow patterns."));
    } else if (!m_loaded && m_lastError) {
        emptyState()->setContent(tr("The auto-follow patterns could not be loaded"), m_lastError.userMessage(),
                                 tr("Try again"));
    } else if (!m_loaded) {
        emptyState()->setContent(tr("Loading auto-follow patterns…"), QString());
    } else {
        emptyState()->setContent(
            tr("Create your first auto-follow pattern"),
            tr("An auto-follow pattern makes this cluster follow every new index on a remote cluster whose name "
               "matches, as soon as it is created. Indices that already exist when the pattern is created are not "
               "followed: use “Follow many…” for those."),
            tr("Create auto-follow pattern"));
        if (m_lastError)
            banner = tr("The last refresh failed: %1").arg(m_lastError.userMessage());
    }
    m_followMany->setVisible(connected && m_loaded && empty);
    if (m_loaded && !empty)
        showTable();
    else
        showEmptyState();
    setBannerText(banner);
    setCountText(m_proxy->rowCount() == m_model->rowCount()
                     ? tr("%n pattern(s)", nullptr, m_model->rowCount())
                     : tr("%1 of %n pattern(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

QStringList AutoFollowPatternsPage::selectedNames() const
{
    QList<QPair<int, QString>> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows(AutoFollowPatternModel::NameColumn))
        rows << qMakePair(index.row(), index.data(AutoFollowPatternModel::NameRole).toString());
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (const auto& row : rows)
        names << row.second;
    return names;
}

QString AutoFollowPatternsPage::currentName() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AutoFollowPatternModel::NameRole).toString() : QString();
}

void AutoFollowPatternsPage::selectPattern(const QString& name)
{
    const int sourceRow = m_model->rowOf(name);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, AutoFollowPatternModel::NameColumn));
    if (!index.isValid()) {
        searchEdit()->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, AutoFollowPatternModel::NameColumn));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void AutoFollowPatternsPage::updateActions()
{
    const QStringList names = selectedNames();
    bool anyActive = false;
    bool anyPaused = false;
    for (const QString& name : names) {
        if (const auto* row = m_model->rowNamed(name))
            (row->pattern.active ? anyActive : anyPaused) = true;
    }
    m_actions->update(m_session != nullptr, names.size(), anyActive, anyPaused);
}

void AutoFollowPatternsPage::showCurrentDetails()
{
    m_details->setHtml(AutoFollowPatternDetails::html(m_model->rowNamed(currentName())));
}

AutoFollowPatternDialog* AutoFollowPatternsPage::openDialog(int mode, const AutoFollowPattern& pattern)
{
    if (!m_session)
        return nullptr;
    auto* dialog =
        new AutoFollowPatternDialog(m_session, static_cast<AutoFollowPatternDialog::Mode>(mode), pattern, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AutoFollowPatternDialog::patternSaved, this, [this](const QString& name) {
        m_pendingSelection = name;
        emit statusMessage(tr("Auto-follow pattern “%1” saved.").arg(name));
        refresh();
    });
    dialog->open();
    return dialog;
}

AutoFollowPatternDialog* AutoFollowPatternsPage::createPattern()
{
    return openDialog(int(AutoFollowPatternDialog::Mode::Create), {});
}

AutoFollowPatternDialog* AutoFollowPatternsPage::editPattern()
{
    const QStringList names = selectedNames();
    const auto* row = names.size() == 1 ? m_model->rowNamed(names.first()) : nullptr;
    return row ? openDialog(int(AutoFollowPatternDialog::Mode::Edit), row->pattern) : nullptr;
}

AutoFollowPatternDialog* AutoFollowPatternsPage::duplicatePattern()
{
    const QStringList names = selectedNames();
    const auto* row = names.size() == 1 ? m_model->rowNamed(names.first()) : nullptr;
    return row ? openDialog(int(AutoFollowPatternDialog::Mode::Duplicate), row->pattern) : nullptr;
}

void AutoFollowPatternsPage::pauseSelected()
{
    QStringList names;
    for (const QString& name : selectedNames())
        if (const auto* row = m_model->rowNamed(name); row && row->pattern.active)
            names << name;
    confirmAndRun(Operation::Pause, names);
}

void AutoFollowPatternsPage::resumeSelected()
{
    QStringList names;
    for (const QString& name : selectedNames())
        if (const auto* row = m_model->rowNamed(name); row && !row->pattern.active)
            names << name;
    confirmAndRun(Operation::Resume, names);
}

void AutoFollowPatternsPage::deleteSelected()
{
    confirmAndRun(Operation::Delete, selectedNames());
}

void AutoFollowPatternsPage::confirmAndRun(Operation operation, const QStringList& names)
{
    if (!m_session)
        return;
    const QPointer<ClusterSession> session = m_session;
    AutoFollowBulkFlow::confirmAndRun(
        this, m_session->autoFollowActions(), operation, names,
        [this, session](const QString& text) {
            if (session == m_session) // answers for a previous connection are not reported
                emit statusMessage(text);
        },
        [this] { refresh(); });
}

} // namespace duper::ui
