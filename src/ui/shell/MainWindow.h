#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/SessionSecretCache.h"
#include "core/session/ClusterSession.h"
#include "sandbox/SandboxOptions.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QStackedWidget;
class QToolBar;

namespace duper {
class AppPreferences;
class ClusterSessionOpener;
class ConnectionStore;
class EsClient;
class HistoryRecorder;
class HistoryStore;
class SecretStore;
class TranslationLoader;
} // namespace duper

namespace duper::ui {

class AlertCenter;
class BidirectionalDialog;
class DrWizardLauncher;
class FailbackDialog;
class CcrPage;
class ClusterStatusLabel;
class SecretPromptDialog;
class ConnectionListModel;
class ConnectionManagerDialog;
class ConnectionSelector;
class ErrorNotifier;
class FleetLauncher;
class MainWindowMenus;
class PreferencesDialog;
class SandboxLauncher;
class SandboxMenu;
class WelcomePage;

// The app shell: a connection selector in the toolbar, the cluster's status line, and the central area (the
// welcome page until a connection exists; the CCR page's place afterwards). Restores the last used connection.
// Menus: File (connections, refresh, quit), Edit → Preferences…, Help → About. Every text is set again in
// retranslate() when the language changes. Followers that stop replicating while the window is in the background
// are announced by an ErrorNotifier; the alert rules' episodes by an AlertCenter (Alerts tab, notifications).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Everything injected must outlive the window. `sandboxOptions` is what "Try the sandbox" starts. `translations`
    // is the application's loader (Preferences → Language switches it); when null the window makes its own.
    // Preferences are read from and written to the store's settings. `history` (may be null: none kept) records
    // the current connection's follower refreshes; when it switches itself off a HistoryNotice says why.
    MainWindow(ConnectionStore* store, SecretStore* secrets, QNetworkAccessManager* network,
               sandbox::SandboxOptions sandboxOptions, TranslationLoader* translations = nullptr,
               HistoryStore* history = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConnectionSelector* connectionSelector() const { return m_selector; }
    ClusterStatusLabel* statusLabel() const { return m_status; }
    WelcomePage* welcomePage() const { return m_welcome; }
    CcrPage* ccrPage() const { return m_ccrPage; }
    bool isShowingWelcome() const;
    // The session of the current connection, null when none.
    ClusterSession* session() const { return m_session; }
    // The current session's client, null when none.
    EsClient* client() const;
    QString currentProfileId() const { return m_currentId; }
    SandboxLauncher* sandboxLauncher() const { return m_sandbox; }
    AppPreferences* preferences() const { return m_preferences.get(); }
    TranslationLoader* translationLoader() const { return m_translations; }
    ErrorNotifier* errorNotifier() const { return m_notifier; }
    AlertCenter* alertCenter() const { return m_alerts; }
    HistoryRecorder* historyRecorder() const { return m_historyRecorder; }
    // The Fleet page and its toolbar entry (every saved cluster at once).
    FleetLauncher* fleetLauncher() const { return m_fleet; }

public slots:
    ConnectionManagerDialog* openConnectionManager();
    void startSandbox();
    // The bi-directional replication wizard between the current cluster and another saved connection.
    BidirectionalDialog* setUpBidirectional();
    // The failback wizard: the current cluster follows a promoted one picked from the saved connections.
    FailbackDialog* failBack();
    PreferencesDialog* openPreferences();
    void showAbout();
    // Applies the stored preferences that are not the language: confirmations, the default auto-refresh, history
    // retention and, when `includingProxy`, the network proxy.
    void applyPreferences(bool includingProxy = true);

signals:
    void connectionChanged(const QString& profileId);

protected:
    // Saves the window's geometry and state for the next start.
    void closeEvent(QCloseEvent* event) override;
    // QEvent::LanguageChange → retranslate().
    void changeEvent(QEvent* event) override;

private:
    void connectMenus();
    // Connects the window to the CCR page's tabs once they are built (CcrPage::pagesBuilt).
    void wireCcrPages();
    // Confirmations and the default auto-refresh of the Follower indices tab.
    void applyFollowerPreferences();
    // Sets every text of the window's own: title, menus, actions (with their shortcuts in tool and status tips),
    // toolbar. Used by the constructor and on every language change.
    void retranslate();
    void reloadProfiles();
    void selectAndConnect(const QString& id);
    void connectTo(const QString& id);
    void onSessionOpened(ClusterSession* session);
    void onOpenFailed(const QString& message);
    void dropSession();
    void onProfilesChanged();

    ConnectionStore* m_store;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    sandbox::SandboxOptions m_sandboxOptions;
    SessionSecretCache m_sessionSecrets;
    SecretPromptDialog* m_secretPrompt;
    ClusterSessionOpener* m_opener;
    ConnectionListModel* m_model;
    ConnectionSelector* m_selector;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    CcrPage* m_ccrPage;
    ClusterStatusLabel* m_status;
    TranslationLoader* m_translations;
    std::unique_ptr<AppPreferences> m_preferences;
    ErrorNotifier* m_notifier;
    AlertCenter* m_alerts; // the Alerts tab, its watcher and notifications
    HistoryStore* m_history;
    HistoryRecorder* m_historyRecorder = nullptr;
    DrWizardLauncher* m_drWizards = nullptr; // the DR wizards that open a second cluster
    FleetLauncher* m_fleet = nullptr;
    std::unique_ptr<MainWindowMenus> m_menus;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QPointer<ClusterSession> m_session;
    SandboxLauncher* m_sandbox = nullptr;
    SandboxMenu* m_sandboxMenu = nullptr;
    QString m_currentId;
    ConnectionProfile m_currentProfile;
};

} // namespace duper::ui
