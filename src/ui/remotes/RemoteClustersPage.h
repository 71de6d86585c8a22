#pragma once

#include "core/es/EsError.h"
#include "core/remotes/RemoteClusterRow.h"
#include "core/remotes/RemoteClusterSnapshot.h"
#include "ui/common/ListPageFrame.h"
#include "ui/common/Retranslator.h"
#include "ui/remotes/RemoteClusterPageActions.h"

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
class QTableView;

namespace duper {
class ClusterSession;
class RemoteClusterActions;
class RemoteClusterRefresher;
} // namespace duper

namespace duper::ui {

class AutoRefreshControl;
class EmptyStateWidget;
class FailoverDialog;
class RemoteClusterDialog;
class RemoteClusterEditFlow;
class RemoteClusterModel;
class RemoteSecurityChoiceDialog;

// The Remote clusters tab: toolbar (add, edit, delete, refresh), search, the table (the rows of the session's
// RemoteClusterRefresher, applied in place), the details of the selected remote, and an empty state that leads to
// adding the leader cluster. Adding, editing and deleting go through the session's RemoteClusterActions.
class RemoteClustersPage : public ListPageFrame
{
    Q_OBJECT

public:
    // `settings` (shared app settings, must outlive the page) holds the auto-refresh interval.
    explicit RemoteClustersPage(QSettings* settings, QWidget* parent = nullptr);

    // `session` may be null (no connection); the page follows it until it is replaced or destroyed.
    void setSession(duper::ClusterSession* session);
    duper::ClusterSession* session() const;

    RemoteClusterModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLabel* detailsLabel() const { return m_details; }
    QLabel* noticeLabel() const { return banner(); }
    QAction* addRemoteAction() const { return m_pageActions->add; }
    QAction* editRemoteAction() const { return m_pageActions->edit; }
    QAction* deleteRemoteAction() const { return m_pageActions->remove; }
    QAction* refreshRemotesAction() const { return m_pageActions->refresh; }
    QAction* failoverAction() const { return m_pageActions->failOver; }
    QAction* migrateRemoteAction() const { return m_pageActions->migrate; }
    // The remote of the current row, if any.
    std::optional<duper::RemoteClusterRow> currentRemote() const;
    void selectRemote(const QString& alias);

    // How the page words a remote's connection state in one sentence (RemoteClusterTexts).
    static QString connectionSentence(const duper::RemoteClusterRow& row);
    // The confirmation text for deleting `row` (names up to 10 followers that would stop replicating).
    static QString deleteWarning(const duper::RemoteClusterRow& row);

public slots:
    void refresh();
    // "Add remote cluster…": asks for the security model first (non-modal, deleted on close); the API key leads to
    // apiKeyRemoteRequested(), the certificate to addRemoteCluster(). Null while not connected.
    RemoteSecurityChoiceDialog* chooseSecurityModel();
    // The add dialog of a remote secured by certificates.
    RemoteClusterDialog* addRemoteCluster();
    // A remote was added or changed elsewhere (e.g. by the API-key wizard): reload and report its connection.
    void showSavedRemote(const QString& alias);
    RemoteClusterDialog* editRemoteCluster();
    // Asks to confirm deleting the current remote; returns the (open, non-modal) question or null.
    QMessageBox* deleteRemoteCluster();
    // Opens the failover window for the current remote (the plan is its dry run); null without one.
    FailoverDialog* failOver();
    // "Migrate to API key…": asks the window to open the migration of the current remote (certificates only); false
    // when there is none to migrate.
    bool migrateToApiKey();

signals:
    // Short feedback for the window's status bar.
    void statusMessage(const QString& text);
    // A refresh was applied to the model (or failed).
    void refreshed();
    // The user chose to add a remote secured by a cross-cluster API key (the window opens the wizard).
    void apiKeyRemoteRequested();
    // The user chose to migrate the certificate-based remote `alias` to an API key (the window opens the dialog).
    void apiKeyMigrationRequested(const QString& alias);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void connectSignals();
    void onRefreshFailed(const duper::EsError& error);
    void onSnapshot(const std::shared_ptr<const duper::RemoteClusterSnapshot>& snapshot);
    void applyRows(const QList<duper::RemoteClusterRow>& rows);
    bool connected() const { return !m_refresher.isNull(); }
    void updateView();
    void updateActions();
    void showCurrentDetails();
    void setNotice(const QString& text);

    Retranslator m_texts;
    QSettings* m_settings;
    QPointer<duper::ClusterSession> m_session;
    QPointer<duper::RemoteClusterRefresher> m_refresher; // the session's
    QPointer<duper::RemoteClusterActions> m_actions;     // the session's
    bool m_loaded = false;
    duper::EsError m_lastError;
    QString m_justSaved; // alias whose connection state to report after the next refresh

    RemoteClusterModel* m_model;
    QSortFilterProxyModel* m_proxy;
    RemoteClusterEditFlow* m_editFlow;
    std::unique_ptr<RemoteClusterPageActions> m_pageActions;
    QTableView* m_table = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace duper::ui
