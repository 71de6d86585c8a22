#pragma once

#include "core/dr/ReplicationTopology.h"
#include "core/dr/SavedReport.h"
#include "core/es/EsError.h"

#include <QPointer>
#include <QScopedPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QSettings;
class QTableView;
class QTreeWidget;

namespace Ui {
class DisasterRecoveryPage;
}

namespace duper {
class ClusterSession;
class ReplicationTopologyRefresher;
} // namespace duper

namespace duper::ui {

class AutoRefreshControl;
class EmptyStateWidget;
class FailoverDialog;
class ReplicationTopologyModel;

// The Disaster recovery tab: what the connected cluster replicates from each remote cluster (core
// ReplicationTopologyRefresher: connection, followers by state, auto-follow patterns, replicated data streams), the
// procedures ("Fail over from <alias>…" for the selected remote, "Fail back…" and "Set up bi-directional
// replication…", which the window opens as they need a second cluster), and the reports earlier runs saved (core
// ReportStore) with Open, Show folder and Export. It refreshes when shown, on its refresh action (F5) and every
// auto-refresh interval.
class DisasterRecoveryPage : public QWidget
{
    Q_OBJECT

public:
    // `settings` (shared app settings, must outlive the page) holds the auto-refresh interval; `reportDirectory`
    // empty = ReportStore's default folder.
    explicit DisasterRecoveryPage(QSettings* settings, QWidget* parent = nullptr, QString reportDirectory = {});
    ~DisasterRecoveryPage() override;

    // `session` may be null (no connection); the page follows it until it is replaced or destroyed.
    void setSession(duper::ClusterSession* session);
    duper::ClusterSession* session() const;

    ReplicationTopologyModel* model() const { return m_model; }
    QTableView* topologyTable() const;
    QTreeWidget* reportsTree() const;
    EmptyStateWidget* emptyState() const { return m_empty; }
    QAction* refreshAction() const { return m_refreshAction; }
    QAction* failOverAction() const { return m_failOverAction; }
    const QList<duper::SavedReport>& reports() const { return m_reports; }
    QString reportDirectory() const { return m_reportDirectory; }
    // The alias of the selected row; empty without one.
    QString currentAlias() const;
    void selectRemote(const QString& alias);

public slots:
    void refresh();
    // Reads the report folder again.
    void reloadReports();
    // Opens the failover window for the selected remote; null without one.
    FailoverDialog* failOver();
    // Copies the selected report's Markdown (.md) or JSON (any other suffix) to `path`; false after saying why.
    bool exportReport(const QString& path);

signals:
    // Short feedback for the window's status bar.
    void statusMessage(const QString& text);
    // A refresh was applied to the table (or failed).
    void refreshed();
    // "Set up bi-directional replication…": the window opens the wizard (it needs the saved connections).
    void bidirectionalSetupRequested();
    // "Fail back…": the window opens the failback wizard (it needs the saved connections, to pick the promoted one).
    void failbackRequested();
    // The empty state's way on: the Remote clusters tab, where a leader cluster is added.
    void remoteClustersRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void connectSignals();
    void retranslate();
    void onTopology(const std::shared_ptr<const duper::ReplicationTopology>& topology);
    void onRefreshFailed(const duper::EsError& error);
    void updateView();
    void updateActions();
    void showReports();
    std::optional<duper::SavedReport> currentReport() const;
    void openReport();
    void showFolder();
    void askToExport(bool markdown);

    QScopedPointer<Ui::DisasterRecoveryPage> m_ui;
    QSettings* m_settings;
    QString m_reportDirectory;
    QPointer<duper::ClusterSession> m_session;
    duper::ReplicationTopologyRefresher* m_refresher; // the page's own: only this tab shows the topology
    ReplicationTopologyModel* m_model;
    AutoRefreshControl* m_refreshControl;
    EmptyStateWidget* m_empty;
    QAction* m_refreshAction;
    QAction* m_failOverAction;
    bool m_loaded = false;
    duper::EsError m_lastError;
    QList<duper::SavedReport> m_reports;
};

} // namespace duper::ui
