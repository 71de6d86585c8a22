#include "ui/dr/DisasterRecoveryPage.h"

#include "core/dr/ReplicationTopologyRefresher.h"
#include "core/dr/ReportStore.h"
#include "core/session/ClusterSession.h"
#include "ui/common/AutoRefreshControl.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/PageAction.h"
#include "ui/common/ShortcutToolTip.h"
#include "ui/dr/FailoverDialog.h"
#include "ui/dr/ReplicationTopologyModel.h"
#include "ui_DisasterRecoveryPage.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSettings>
#include <QStyle>
#include <QUrl>

namespace duper::ui {

namespace {

const QString autoRefreshKey = QStringLiteral("dr/autoRefreshMs");

QString actionText(const QString& action)
{
    if (action == QLatin1String("failover"))
        return DisasterRecoveryPage::tr("Failover");
    if (action == QLatin1String("failback"))
        return DisasterRecoveryPage::tr("Failback");
    if (action == QLatin1String("switch_back"))
        return DisasterRecoveryPage::tr("Switch back");
    return action; // a procedure this version does not know by name
}

} // namespace

DisasterRecoveryPage::DisasterRecoveryPage(QSettings* settings, QWidget* parent, QString reportDirectory)
    : QWidget(parent), m_ui(new Ui::DisasterRecoveryPage), m_settings(settings),
      m_reportDirectory(reportDirectory.isEmpty() ? ReportStore::defaultDirectory() : std::move(reportDirectory)),
      m_refresher(new ReplicationTopologyRefresher(this)), m_model(new ReplicationTopologyModel(this)),
      m_refreshControl(new AutoRefreshControl(this)), m_empty(new EmptyStateWidget(this)),
      m_refreshAction(makePageAction(this, QStringLiteral("refreshDisasterRecoveryAction"), QKeySequence::Refresh)),
      m_failOverAction(new QAction(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("disasterRecoveryPage"));
    m_refreshControl->setObjectName(QStringLiteral("disasterRecoveryRefreshControl"));
    m_ui->refreshControlLayout->addWidget(m_refreshControl);
    m_empty->setObjectName(QStringLiteral("disasterRecoveryEmptyState"));
    m_ui->topologyEmptyLayout->addWidget(m_empty);
    m_ui->noticeLabel->hide();

    m_failOverAction->setObjectName(QStringLiteral("failOverAction"));
    m_ui->failOverButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_ui->openReportButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_ui->showFolderButton->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));

    QTableView* table = m_ui->topologyTable;
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    QHeaderView* reportsHeader = m_ui->reportsTree->header();
    reportsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    reportsHeader->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({3000, 2000}); // scaled to the height it gets: room for a few reports from the start

    m_refreshControl->setIntervalMs(m_settings->value(autoRefreshKey, 30000).toInt());
    connectSignals();
    retranslate();
    updateView();
    showReports();
}

DisasterRecoveryPage::~DisasterRecoveryPage() = default;

QTableView* DisasterRecoveryPage::topologyTable() const
{
    return m_ui->topologyTable;
}

QTreeWidget* DisasterRecoveryPage::reportsTree() const
{
    return m_ui->reportsTree;
}

void DisasterRecoveryPage::connectSignals()
{
    connect(m_refreshAction, &QAction::triggered, this, &DisasterRecoveryPage::refresh);
    connect(m_failOverAction, &QAction::triggered, this, &DisasterRecoveryPage::failOver);
    connect(m_ui->failOverButton, &QPushButton::clicked, m_failOverAction, &QAction::trigger);
    connect(m_ui->bidirectionalButton, &QPushButton::clicked, this, &DisasterRecoveryPage::bidirectionalSetupRequested);
    connect(m_ui->failbackButton, &QPushButton::clicked, this, &DisasterRecoveryPage::failbackRequested);
    connect(m_refreshControl, &AutoRefreshControl::refreshRequested, this, &DisasterRecoveryPage::refresh);
    connect(m_refreshControl, &AutoRefreshControl::intervalChanged, this, [this](int ms) {
        m_settings->setValue(autoRefreshKey, ms);
        m_refresher->setInterval(m_session ? ms : 0);
    });
    connect(m_refresher, &ReplicationTopologyRefresher::refreshStarted, this,
            [this] { m_refreshControl->setRefreshing(true); });
    connect(m_refresher, &ReplicationTopologyRefresher::topologyReady, this, &DisasterRecoveryPage::onTopology);
    connect(m_refresher, &ReplicationTopologyRefresher::refreshFailed, this, &DisasterRecoveryPage::onRefreshFailed);
    connect(m_ui->topologyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DisasterRecoveryPage::updateActions);
    connect(m_empty, &EmptyStateWidget::buttonClicked, this, [this] {
        if (m_lastError.isError() && !m_loaded)
            refresh();
        else
            emit remoteClustersRequested();
    });
    connect(m_ui->reportsTree, &QTreeWidget::currentItemChanged, this, &DisasterRecoveryPage::updateActions);
    connect(m_ui->reportsTree, &QTreeWidget::itemActivated, this, &DisasterRecoveryPage::openReport);
    connect(m_ui->openReportButton, &QPushButton::clicked, this, &DisasterRecoveryPage::openReport);
    connect(m_ui->showFolderButton, &QPushButton::clicked, this, &DisasterRecoveryPage::showFolder);
    connect(m_ui->exportMarkdownButton, &QPushButton::clicked, this, [this] { askToExport(true); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this, [this] { askToExport(false); });
}

ClusterSession* DisasterRecoveryPage::session() const
{
    return m_session;
}

void DisasterRecoveryPage::setSession(ClusterSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    m_refresher->setApi(session ? session->api() : nullptr);
    m_refresher->setInterval(session ? m_refreshControl->intervalMs() : 0);
    m_loaded = false;
    m_lastError = {};
    m_model->setTopology({});
    m_refreshControl->setRefreshing(false);
    m_refreshControl->setLastRefreshed({});
    if (session) {
        // The refresher holds the session's api: let go of it before the session is gone.
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        if (isVisible())
            refresh();
    }
    updateView();
}

void DisasterRecoveryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    reloadReports();
}

void DisasterRecoveryPage::refresh()
{
    m_refresher->refresh();
}

void DisasterRecoveryPage::onTopology(const std::shared_ptr<const ReplicationTopology>& topology)
{
    const QString selected = currentAlias();
    m_loaded = true;
    m_lastError = {};
    m_model->setTopology(*topology);
    if (!selected.isEmpty())
        selectRemote(selected);
    if (currentAlias().isEmpty() && m_model->rowCount() > 0)
        m_ui->topologyTable->selectRow(0);
    m_refreshControl->setRefreshing(false);
    m_refreshControl->setLastRefreshed(m_refresher->lastRefreshed());
    QStringList notes;
    if (!topology->errorsKnown)
        notes << tr("The follower statistics could not be read: followers with errors are counted as active.");
    m_ui->noticeLabel->setText(notes.join(QLatin1Char(' ')));
    m_ui->noticeLabel->setVisible(!notes.isEmpty());
    updateView();
    emit refreshed();
}

void DisasterRecoveryPage::onRefreshFailed(const EsError& error)
{
    m_lastError = error;
    m_refreshControl->setRefreshing(false);
    m_ui->noticeLabel->setText(
        m_loaded ? tr("The last refresh failed: %1 The table shows earlier data.").arg(error.userMessage())
                 : error.userMessage());
    m_ui->noticeLabel->show();
    updateView();
    emit statusMessage(tr("Could not read the replication topology: %1").arg(error.userMessage()));
    emit refreshed();
}

void DisasterRecoveryPage::updateView()
{
    const bool showTable = m_session && m_loaded && m_model->rowCount() > 0;
    if (!m_session) {
        m_empty->setContent(tr("Not connected"), tr("Connect to a cluster to see what it replicates."));
    } else if (!m_loaded && m_lastError.isError()) {
        m_empty->setContent(tr("Cannot read the replication topology"), m_lastError.userMessage(), tr("&Try again"));
    } else if (!m_loaded) {
        m_empty->setContent(tr("Loading…"), tr("Reading the remote clusters, follower indices, auto-follow patterns "
                                               "and data streams of this cluster."));
    } else {
        m_empty->setContent(tr("This cluster replicates nothing yet"),
                            tr("It has no remote clusters, follower indices or auto-follow patterns. To protect data "
                               "against the loss of a cluster, add that cluster on the Remote clusters tab and follow "
                               "its indices; failing over from it then starts here."),
                            tr("Go to &Remote clusters"));
    }
    m_ui->topologyStack->setCurrentWidget(showTable ? static_cast<QWidget*>(m_ui->topologyTable)
                                                    : m_ui->topologyEmptyPage);
    updateActions();
}

void DisasterRecoveryPage::updateActions()
{
    const QString alias = currentAlias();
    m_failOverAction->setEnabled(m_session && !alias.isEmpty());
    m_failOverAction->setText(alias.isEmpty() ? tr("Fail o&ver…") : tr("Fail o&ver from %1…").arg(alias));
    m_ui->failOverButton->setText(m_failOverAction->text());
    m_ui->failOverButton->setEnabled(m_failOverAction->isEnabled());
    m_ui->bidirectionalButton->setEnabled(m_session);
    m_ui->failbackButton->setEnabled(m_session);
    const bool report = currentReport().has_value();
    m_ui->openReportButton->setEnabled(report);
    m_ui->exportMarkdownButton->setEnabled(report && !currentReport()->markdownPath.isEmpty());
    m_ui->exportJsonButton->setEnabled(report);
}

QString DisasterRecoveryPage::currentAlias() const
{
    const QModelIndex current = m_ui->topologyTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ReplicationTopologyModel::AliasRole).toString() : QString();
}

void DisasterRecoveryPage::selectRemote(const QString& alias)
{
    const int row = m_model->rowOf(alias);
    if (row >= 0)
        m_ui->topologyTable->selectRow(row);
}

FailoverDialog* DisasterRecoveryPage::failOver()
{
    FailoverDialog* dialog = FailoverDialog::open(m_session, currentAlias(), this, m_reportDirectory);
    if (dialog) {
        connect(dialog, &FailoverDialog::runFinished, this, [this] {
            refresh();
            reloadReports();
        });
    }
    return dialog;
}

void DisasterRecoveryPage::reloadReports()
{
    m_reports = ReportStore(m_reportDirectory).list();
    showReports();
}

void DisasterRecoveryPage::showReports()
{
    QTreeWidget* tree = m_ui->reportsTree;
    const QString selected = currentReport() ? currentReport()->jsonPath : QString();
    tree->clear();
    for (const SavedReport& report : std::as_const(m_reports)) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, QLocale().toString(report.finishedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, actionText(report.action));
        item->setText(2, report.subject);
        item->setText(3, report.cluster);
        // Words first; the icon repeats them for a quick scan.
        switch (report.result) {
        case SavedReport::Result::Succeeded:
            item->setIcon(4, style()->standardIcon(QStyle::SP_DialogApplyButton));
            item->setText(4, tr("Succeeded"));
            break;
        case SavedReport::Result::Failed:
            item->setIcon(4, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setText(4, tr("Failed (%n items)", nullptr, report.failed));
            break;
        case SavedReport::Result::Cancelled:
            item->setIcon(4, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setText(4, tr("Stopped"));
            break;
        case SavedReport::Result::Unknown:
            item->setText(4, tr("Unknown"));
            break;
        }
        item->setData(0, Qt::UserRole, report.jsonPath);
        item->setToolTip(0, QDir::toNativeSeparators(report.jsonPath));
        if (report.jsonPath == selected)
            tree->setCurrentItem(item);
    }
    if (!tree->currentItem() && tree->topLevelItemCount() > 0)
        tree->setCurrentItem(tree->topLevelItem(0));
    const QString folder = QDir::toNativeSeparators(m_reportDirectory);
    m_ui->reportsEmptyLabel->setText(m_reports.isEmpty()
                                         ? tr("No reports yet. Every failover saves one in %1.").arg(folder)
                                         : tr("Reports of earlier runs, newest first, from %1.").arg(folder));
    tree->setVisible(!m_reports.isEmpty());
    updateActions();
}

std::optional<SavedReport> DisasterRecoveryPage::currentReport() const
{
    const QTreeWidgetItem* item = m_ui->reportsTree->currentItem();
    if (!item)
        return std::nullopt;
    const QString path = item->data(0, Qt::UserRole).toString();
    for (const SavedReport& report : m_reports) {
        if (report.jsonPath == path)
            return report;
    }
    return std::nullopt;
}

void DisasterRecoveryPage::openReport()
{
    const std::optional<SavedReport> report = currentReport();
    if (!report)
        return;
    const QString path = report->markdownPath.isEmpty() ? report->jsonPath : report->markdownPath;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        emit statusMessage(tr("No application opens %1.").arg(QDir::toNativeSeparators(path)));
}

void DisasterRecoveryPage::showFolder()
{
    QDir().mkpath(m_reportDirectory);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_reportDirectory)))
        emit statusMessage(tr("Cannot show the folder %1.").arg(QDir::toNativeSeparators(m_reportDirectory)));
}

void DisasterRecoveryPage::askToExport(bool markdown)
{
    const std::optional<SavedReport> report = currentReport();
    if (!report)
        return;
    const QString name =
        QFileInfo(report->jsonPath).completeBaseName() + (markdown ? QStringLiteral(".md") : QStringLiteral(".json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), QDir::home().filePath(name),
                                                      markdown ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportReport(path);
}

bool DisasterRecoveryPage::exportReport(const QString& path)
{
    const std::optional<SavedReport> report = currentReport();
    if (!report)
        return false;
    const bool markdown = path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive);
    const QString source = markdown ? report->markdownPath : report->jsonPath;
    // QFile::copy does not overwrite; the file dialog asked already.
    if (QFile::exists(path))
        QFile::remove(path);
    QString message;
    const bool ok = !source.isEmpty() && QFile::copy(source, path);
    message = ok ? tr("Report exported to %1.").arg(QDir::toNativeSeparators(path))
                 : tr("Cannot export the report to %1.").arg(QDir::toNativeSeparators(path));
    m_ui->noticeLabel->setVisible(!ok);
    if (!ok)
        m_ui->noticeLabel->setText(message);
    emit statusMessage(message);
    return ok;
}

void DisasterRecoveryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DisasterRecoveryPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setToolTip(
        shortcutToolTip(tr("Read the replication topology again"), m_refreshAction->shortcut()));
    m_model->retranslate();
    updateView();
    showReports();
}

} // namespace duper::ui
