#pragma once

#include "core/es/EsError.h"
#include "core/remotes/RemoteClusterRow.h"
#include "ui/common/Retranslator.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace duper {
class CcrApi;
class ClusterSession;
} // namespace duper

namespace duper::ui {

class AutoRefreshControl;
class EmptyStateWidget;
class RemoteClusterDialog;
class RemoteClusterModel;

// The Remote clusters tab: toolbar (add, edit, delete, refresh), search, the table (GET /_remote/info merged with
// GET /_cluster/settings and the followers that use each remote, fetched in parallel and applied in place), the
// details of the selected remote, and an empty state that leads to adding the leader cluster.
class RemoteClustersPage : public QWidget
{
    Q_OBJECT

public:
    // `settings` (shared app settings, must outlive the page) holds the auto-refresh interval.
    explicit RemoteClustersPage(QSettings* settings, QWidget* parent = nullptr);
    ~RemoteClustersPage() override;

    // `session` may be null (no connection); the page follows it until it is replaced or destroyed.
    void setSession(duper::ClusterSession* session);

    RemoteClusterModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    EmptyStateWidget* emptyState() const { return m_empty; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* noticeLabel() const { return m_notice; }
    QLineEdit* searchEdit() const { return m_search; }
    AutoRefreshControl* refreshControl() const { return m_refreshControl; }
    QAction* addRemoteAction() const { return m_addAction; }
    QAction* editRemoteAction() const { return m_editAction; }
    QAction* deleteRemoteAction() const { return m_deleteAction; }
    QAction* refreshRemotesAction() const { return m_refreshAction; }
    bool isShowingTable() const;
    // The remote of the current row, if any.
    std::optional<duper::RemoteClusterRow> currentRemote() const;
    void selectRemote(const QString& alias);

    // How the page words a remote's connection state in one sentence.
    static QString connectionSentence(const duper::RemoteClusterRow& row);
    // The confirmation text for deleting `row` (names up to 10 followers that would stop replicating).
    static QString deleteWarning(const duper::RemoteClusterRow& row);

public slots:
    void refresh();
    RemoteClusterDialog* addRemoteCluster();
    RemoteClusterDialog* editRemoteCluster();
    // Asks to confirm deleting the current remote; returns the (open, non-modal) question or null.
    QMessageBox* deleteRemoteCluster();

signals:
    // Short feedback for the window's status bar.
    void statusMessage(const QString& text);
    // A refresh was applied to the model (or failed).
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Add (editing empty) or edit; a saved remote is selected and its connection reported after the refresh.
    RemoteClusterDialog* openRemoteDialog(const QStringList& existingAliases,
                                          const std::optional<duper::RemoteClusterRow>& editing);
    struct Pending;
    void buildUi();
    void connectSignals();
    void finishRefresh(const std::shared_ptr<Pending>& pending);
    void applyRows(const QList<duper::RemoteClusterRow>& rows);
    void updateView();
    void updateActions();
    void showCurrentDetails();
    void setNotice(const QString& text);
    void removeRemote(const duper::RemoteClusterRow& row);

    Retranslator m_texts;
    QSettings* m_settings;
    QPointer<duper::ClusterSession> m_session;
    duper::CcrApi* m_api = nullptr; // the session's
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_refreshing = false;
    duper::EsError m_lastError;
    QString m_justSaved; // alias whose connection state to report after the next refresh

    RemoteClusterModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_timer;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QToolBar* m_toolBar = nullptr;
    QLineEdit* m_search = nullptr;
    AutoRefreshControl* m_refreshControl = nullptr;
    QLabel* m_notice = nullptr;
    QStackedWidget* m_stack = nullptr;
    EmptyStateWidget* m_empty = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace duper::ui
