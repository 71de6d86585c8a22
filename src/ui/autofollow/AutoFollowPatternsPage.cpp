#include "ui/autofollow/AutoFollowPatternsPage.h"

#include "core/ccr/CcrApi.h"
#include "core/es/EsClient.h"
#include "core/session/ClusterSession.h"
#include "ui/autofollow/AutoFollowPatternDialog.h"
#include "ui/autofollow/AutoFollowPatternFilterProxyModel.h"
#include "ui/autofollow/AutoFollowPatternModel.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ShortcutToolTip.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>
#include <utility>

namespace duper::ui {

namespace {
const QString autoRefreshKey = QStringLiteral("autoFollow/autoRefreshMs");
const QString splitterKey = QStringLiteral("autoFollow/splitter");

QString htmlList(const QStringList& items)
{
    if (items.isEmpty())
        return QStringLiteral("—");
    QStringList escaped;
    for (const QString& item : items)
        escaped << item.toHtmlEscaped();
    return escaped.join(QStringLiteral(", "));
}
} // namespace

AutoFollowPatternsPage::AutoFollowPatternsPage(QSettings* settings, QWidget* parent)
    : QWidget(parent), m_settings(settings), m_model(new AutoFollowPatternModel(this)),
      m_proxy(new AutoFollowPatternFilterProxyModel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("autoFollowPatternsPage"));
    m_proxy->setSourceModel(m_model);
    buildUi();
    m_refreshControl->setIntervalMs(m_settings->value(autoRefreshKey, 30000).toInt());
    m_timer->setInterval(m_refreshControl->intervalMs());
    connect(m_timer, &QTimer::timeout, this, &AutoFollowPatternsPage::refresh);
    updateView();
    updateActions();
}

AutoFollowPatternsPage::~AutoFollowPatternsPage()
{
    m_settings->setValue(splitterKey, m_splitter->saveState());
}

QAction* AutoFollowPatternsPage::makeAction(const QString& objectName, std::function<QString()> text,
                                            std::function<QString()> toolTip, const QKeySequence& shortcut)
{
    auto* action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    m_texts.add([action, text = std::move(text), toolTip = std::move(toolTip), shortcut] {
        action->setText(text());
        action->setToolTip(shortcutToolTip(toolTip(), shortcut));
    });
    // Like the Follower indices tab: each tab's shortcuts work only while focus is inside it.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void AutoFollowPatternsPage::buildUi()
{
    m_create = makeAction(
        QStringLiteral("createPatternAction"), [] { return tr("Create pattern…"); },
        [] { return tr("Create an auto-follow pattern"); }, QKeySequence(Qt::CTRL | Qt::Key_N));
    m_edit = makeAction(
        QStringLiteral("editPatternAction"), [] { return tr("Edit…"); }, [] { return tr("Edit the selected pattern"); },
        QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicate = makeAction(
        QStringLiteral("duplicatePatternAction"), [] { return tr("Duplicate…"); },
        [] { return tr("Create a new pattern from the selected one"); }, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_pause = makeAction(
        QStringLiteral("pausePatternAction"), [] { return tr("Pause"); },
        [] { return tr("Stop following new leader indices (existing followers keep replicating)"); },
        QKeySequence(Qt::CTRL | Qt::Key_P));
    m_resume = makeAction(
        QStringLiteral("resumePatternAction"), [] { return tr("Resume"); },
        [] { return tr("Follow new leader indices again"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_delete = makeAction(
        QStringLiteral("deletePatternAction"), [] { return tr("Delete…"); },
        [] { return tr("Delete the selected patterns (existing followers keep replicating)"); },
        QKeySequence(Qt::Key_Delete));
    m_refresh = makeAction(
        QStringLiteral("refreshPatternsAction"), [] { return tr("Refresh"); }, [] { return tr("Reload the patterns"); },
        QKeySequence(Qt::Key_F5));

    m_toolBar = new QToolBar(this);
    m_texts.add([toolBar = m_toolBar] { toolBar->setWindowTitle(tr("Auto-follow pattern actions")); });
    m_toolBar->setObjectName(QStringLiteral("autoFollowToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action : {m_create, m_edit, m_duplicate, m_pause, m_resume, m_delete})
        m_toolBar->addAction(action);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("autoFollowSearch"));
    m_texts.add([search = m_search] { search->setPlaceholderText(tr("Search by name, remote cluster or pattern")); });
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("autoFollowCount"));
    m_refreshControl = new AutoRefreshControl(this);
    m_refreshControl->setObjectName(QStringLiteral("autoFollowRefreshControl"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_count);
    filterRow->addWidget(m_refreshControl);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("autoFollowBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("autoFollowTable"));
    m_texts.add([table = m_table] { table->setAccessibleName(tr("Auto-follow patterns")); });
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AutoFollowPatternModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Narrow fixed columns so the recent errors stay in view at common widths.
    m_table->setColumnWidth(AutoFollowPatternModel::NameColumn, 150);
    m_table->setColumnWidth(AutoFollowPatternModel::StatusColumn, 70);
    m_table->setColumnWidth(AutoFollowPatternModel::RemoteClusterColumn, 100);
    m_table->setColumnWidth(AutoFollowPatternModel::LeaderPatternsColumn, 130);
    m_table->setColumnWidth(AutoFollowPatternModel::ExclusionPatternsColumn, 110);
    m_table->setColumnWidth(AutoFollowPatternModel::FollowerPatternColumn, 160);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("autoFollowDetails"));
    m_details->setOpenLinks(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("autoFollowSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings->value(splitterKey).toByteArray()))
        m_splitter->setSizes({640, 380});

    m_emptyPanel = new QWidget(this);
    m_emptyPanel->setObjectName(QStringLiteral("autoFollowEmptyPanel"));
    m_empty = new EmptyStateWidget(m_emptyPanel);
    m_empty->setObjectName(QStringLiteral("autoFollowEmptyState"));
    auto* followMany =
        m_texts.text(new QPushButton(m_emptyPanel), [] { return tr("Follow existing indices with “Follow many…”"); });
    followMany->setObjectName(QStringLiteral("autoFollowFollowManyButton"));
    auto* emptyLayout = new QVBoxLayout(m_emptyPanel);
    emptyLayout->addWidget(m_empty, 1);
    emptyLayout->addWidget(followMany, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("autoFollowStack"));
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyPanel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolBar);
    layout->addLayout(filterRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        updateView();
    });
    connect(m_refreshControl, &AutoRefreshControl::refreshRequested, this, &AutoFollowPatternsPage::refresh);
    connect(m_refreshControl, &AutoRefreshControl::intervalChanged, this, [this](int ms) {
        m_settings->setValue(autoRefreshKey, ms);
        m_timer->setInterval(ms);
        if (ms > 0 && m_api)
            m_timer->start();
        else
            m_timer->stop();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AutoFollowPatternsPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AutoFollowPatternsPage::showCurrentDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showCurrentDetails();
        updateActions();
    });
    connect(m_table, &QTableView::activated, this, [this] { editPattern(); });
    connect(m_empty, &EmptyStateWidget::buttonClicked, this, [this] {
        if (m_lastError && !m_loaded)
            refresh();
        else
            createPattern();
    });
    connect(followMany, &QPushButton::clicked, this, &AutoFollowPatternsPage::followManyRequested);
    connect(m_create, &QAction::triggered, this, &AutoFollowPatternsPage::createPattern);
    connect(m_edit, &QAction::triggered, this, &AutoFollowPatternsPage::editPattern);
    connect(m_duplicate, &QAction::triggered, this, &AutoFollowPatternsPage::duplicatePattern);
    connect(m_pause, &QAction::triggered, this, &AutoFollowPatternsPage::pauseSelected);
    connect(m_resume, &QAction::triggered, this, &AutoFollowPatternsPage::resumeSelected);
    connect(m_delete, &QAction::triggered, this, &AutoFollowPatternsPage::deleteSelected);
    connect(m_refresh, &QAction::triggered, this, &AutoFollowPatternsPage::refresh);
}

void AutoFollowPatternsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        m_model->retranslate();
        updateView();
        showCurrentDetails();
    }
    QWidget::changeEvent(event);
}

void AutoFollowPatternsPage::setSession(ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_api = session ? session->api() : nullptr;
    if (session)
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    ++m_generation; // answers for the previous connection are ignored
    m_pendingCalls = 0;
    m_refreshAgain = false;
    m_loaded = false;
    m_lastError = {};
    m_model->clear();
    m_timer->stop();
    if (m_api) {
        if (m_refreshControl->intervalMs() > 0)
            m_timer->start();
        refresh();
    }
    updateView();
    updateActions();
}

void AutoFollowPatternsPage::refresh()
{
    if (!m_api)
        return;
    if (m_pendingCalls > 0) {
        m_refreshAgain = true; // the round in flight may predate a change the caller just made
        return;
    }
    const quint64 generation = m_generation;
    m_pendingCalls = 2;
    m_roundPatterns.clear();
    m_roundStats = {};
    m_roundError = {};
    m_refreshControl->setRefreshing(true);
    // Both calls in parallel; the stats only add the recent errors, so their failure does not fail the round.
    m_api->autoFollowPatterns()->onFinished(this, [this, generation](AutoFollowPatternsJob* job) {
        if (generation != m_generation)
            return;
        if (job->hasError())
            m_roundError = job->error();
        else
            m_roundPatterns = job->result()->patterns;
        finishRound();
    });
    m_api->ccrStats()->onFinished(this, [this, generation](CcrStatsJob* job) {
        if (generation != m_generation)
            return;
        if (!job->hasError())
            m_roundStats = job->result()->autoFollowStats;
        finishRound();
    });
}

void AutoFollowPatternsPage::finishRound()
{
    if (--m_pendingCalls > 0)
        return;
    m_refreshControl->setRefreshing(false);
    m_lastError = m_roundError;
    if (m_roundError) {
        emit statusMessage(tr("Refreshing the auto-follow patterns failed: %1").arg(m_roundError.userMessage()));
    } else {
        m_loaded = true;
        m_model->applyPatterns(m_roundPatterns, m_roundStats);
        m_refreshControl->setLastRefreshed(QDateTime::currentDateTime());
    }
    updateView();
    if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0) {
        selectPattern(m_pendingSelection);
        m_pendingSelection.clear();
    }
    showCurrentDetails();
    updateActions();
    emit refreshed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

bool AutoFollowPatternsPage::isShowingTable() const
{
    return m_stack->currentWidget() == m_splitter;
}

void AutoFollowPatternsPage::updateView()
{
    const bool empty = m_model->rowCount() == 0;
    QString banner;
    if (!m_api) {
        m_empty->setContent(tr("Not connected"), tr("Choose a connection to see its auto-follow patterns."));
    } else if (!m_loaded && m_lastError) {
        m_empty->setContent(tr("The auto-follow patterns could not be loaded"), m_lastError.userMessage(),
                            tr("Try again"));
    } else if (!m_loaded) {
        m_empty->setContent(tr("Loading auto-follow patterns…"), QString());
    } else {
        m_empty->setContent(
            tr("Create your first auto-follow pattern"),
            tr("An auto-follow pattern makes this cluster follow every new index on a remote cluster whose name "
               "matches, as soon as it is created. Indices that already exist when the pattern is created are not "
               "followed: use “Follow many…” for those."),
            tr("Create auto-follow pattern"));
        if (m_lastError)
            banner = tr("The last refresh failed: %1").arg(m_lastError.userMessage());
    }
    m_emptyPanel->findChild<QPushButton*>(QStringLiteral("autoFollowFollowManyButton"))
        ->setVisible(m_api && m_loaded && empty);
    m_stack->setCurrentWidget(m_loaded && !empty ? static_cast<QWidget*>(m_splitter) : m_emptyPanel);
    m_banner->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
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
        m_search->clear();
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
    const bool connected = m_api != nullptr;
    m_create->setEnabled(connected);
    m_edit->setEnabled(connected && names.size() == 1);
    m_duplicate->setEnabled(connected && names.size() == 1);
    m_pause->setEnabled(connected && anyActive);
    m_resume->setEnabled(connected && anyPaused);
    m_delete->setEnabled(connected && !names.isEmpty());
    m_refresh->setEnabled(connected);
}

void AutoFollowPatternsPage::showCurrentDetails()
{
    const auto* row = m_model->rowNamed(currentName());
    if (!row) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a pattern to see its details.")));
        return;
    }
    const AutoFollowPattern& p = row->pattern;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(p.name.toHtmlEscaped());
    auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    line(tr("Status"), AutoFollowPatternModel::statusText(p.active).toHtmlEscaped());
    line(tr("Remote cluster"), p.remoteCluster.toHtmlEscaped());
    line(tr("Leader patterns"), htmlList(p.leaderIndexPatterns));
    line(tr("Exclusion patterns"), htmlList(p.leaderIndexExclusionPatterns));
    line(tr("Follower index pattern"), AutoFollowPatternModel::followerPatternText(p).toHtmlEscaped());
    const QJsonObject parameters = p.parameters.toJson();
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        line(it.key(), it.value().toVariant().toString().toHtmlEscaped());
    for (auto it = p.settings.begin(); it != p.settings.end(); ++it)
        line(it.key(), it.value().toVariant().toString().toHtmlEscaped());
    if (parameters.isEmpty())
        line(tr("Follow settings"), tr("Elasticsearch's defaults").toHtmlEscaped());
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Recent errors").toHtmlEscaped());
    if (row->errors.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<ul>");
        for (const AutoFollowError& error : row->errors)
            html +=
                QStringLiteral("<li>%1 — <b>%2</b>: %3</li>")
                    .arg(QLocale()
                             .toString(QDateTime::fromMSecsSinceEpoch(error.timestamp), QLocale::ShortFormat)
                             .toHtmlEscaped(),
                         error.leaderIndex.toHtmlEscaped(), error.autoFollowException.deepestReason().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

AutoFollowPatternDialog* AutoFollowPatternsPage::openDialog(int mode, const AutoFollowPattern& pattern)
{
    if (!m_api)
        return nullptr;
    auto* dialog = new AutoFollowPatternDialog(m_api, static_cast<AutoFollowPatternDialog::Mode>(mode), pattern, this);
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
    if (!m_api || names.isEmpty())
        return;
    // Pausing or resuming one pattern is easily undone: no question then (as in Kibana).
    if (operation != Operation::Delete && names.size() == 1) {
        run(operation, names);
        return;
    }
    QString question;
    QString button;
    switch (operation) {
    case Operation::Pause:
        question = tr("Pause %n auto-follow pattern(s)? They stop following new leader indices; existing followers "
                      "keep replicating.",
                      nullptr, int(names.size()));
        button = tr("Pause");
        break;
    case Operation::Resume:
        question = tr("Resume %n auto-follow pattern(s)?", nullptr, int(names.size()));
        button = tr("Resume");
        break;
    case Operation::Delete:
        question = tr("Delete %n auto-follow pattern(s)? New leader indices will no longer be followed; existing "
                      "follower indices keep replicating.",
                      nullptr, int(names.size()));
        button = tr("Delete");
        break;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Auto-follow patterns"), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("autoFollowConfirmBox"));
    box->setInformativeText(names.join(QLatin1Char('\n')));
    QPushButton* confirm = box->addButton(button, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("autoFollowConfirmButton"));
    box->setDefaultButton(operation == Operation::Delete ? qobject_cast<QPushButton*>(box->button(QMessageBox::Cancel))
                                                         : confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, operation, names, confirm](QAbstractButton* clicked) {
        if (clicked == confirm)
            run(operation, names);
    });
    box->open();
}

void AutoFollowPatternsPage::run(Operation operation, const QStringList& names)
{
    struct Progress
    {
        int remaining = 0;
        QStringList succeeded;
        QStringList failed;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = int(names.size());
    const quint64 generation = m_generation;
    for (const QString& name : names) {
        AcknowledgedJob* job = operation == Operation::Pause    ? m_api->pauseAutoFollowPattern(name)
                               : operation == Operation::Resume ? m_api->resumeAutoFollowPattern(name)
                                                                : m_api->deleteAutoFollowPattern(name);
        job->onFinished(this, [this, progress, name, operation, generation](AcknowledgedJob* finished) {
            if (finished->hasError())
                progress->failed << tr("%1: %2").arg(name, finished->error().userMessage());
            else
                progress->succeeded << name;
            if (--progress->remaining > 0 || generation != m_generation)
                return;
            const QString done = operation == Operation::Pause    ? tr("paused")
                                 : operation == Operation::Resume ? tr("resumed")
                                                                  : tr("deleted");
            emit statusMessage(
                progress->failed.isEmpty()
                    ? tr("%n auto-follow pattern(s) %1.", nullptr, int(progress->succeeded.size())).arg(done)
                    : tr("%1 of %2 auto-follow patterns %3.")
                          .arg(progress->succeeded.size())
                          .arg(progress->succeeded.size() + progress->failed.size())
                          .arg(done));
            if (!progress->failed.isEmpty() || progress->succeeded.size() > 1) {
                QStringList lines;
                for (const QString& ok : progress->succeeded)
                    lines << tr("✓ %1: %2").arg(ok, done);
                for (const QString& failure : progress->failed)
                    lines << tr("✗ %1").arg(failure);
                auto* box = new QMessageBox(
                    progress->failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Auto-follow patterns"),
                    progress->failed.isEmpty() ? tr("All done.") : tr("Some patterns could not be changed."),
                    QMessageBox::Close, this);
                box->setObjectName(QStringLiteral("autoFollowResultBox"));
                box->setInformativeText(lines.join(QLatin1Char('\n')));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            refresh();
        });
    }
}

} // namespace duper::ui
