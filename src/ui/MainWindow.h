#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/connections/SessionSecretCache.h"
#include "core/es/EsClient.h"
#include "sandbox/SandboxOptions.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QNetworkAccessManager;
class QStackedWidget;

namespace duper {
class ConnectionStore;
class SecretStore;
} // namespace duper

namespace duper::ui {

class CcrPage;
class ClusterStatusLabel;
class ConnectionListModel;
class ConnectionManagerDialog;
class ConnectionSelector;
class SandboxLauncher;
class WelcomePage;

// The app shell: a connection selector in the toolbar, the cluster's status line, and the central area (the
// welcome page until a connection exists; the CCR page's place afterwards). Restores the last used connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Everything injected must outlive the window. `sandboxOptions` is what "Try the sandbox" starts.
    MainWindow(ConnectionStore* store, SecretStore* secrets, QNetworkAccessManager* network,
               sandbox::SandboxOptions sandboxOptions, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConnectionSelector* connectionSelector() const { return m_selector; }
    ClusterStatusLabel* statusLabel() const { return m_status; }
    WelcomePage* welcomePage() const { return m_welcome; }
    CcrPage* ccrPage() const { return m_ccrPage; }
    bool isShowingWelcome() const;
    // The client of the current connection, null when none.
    EsClient* client() const { return m_client; }
    QString currentProfileId() const { return m_currentId; }
    SandboxLauncher* sandboxLauncher() const { return m_sandbox; }

public slots:
    ConnectionManagerDialog* openConnectionManager();
    void startSandbox();

signals:
    void connectionChanged(const QString& profileId);

protected:
    // Saves the window's geometry and state for the next start.
    void closeEvent(QCloseEvent* event) override;

private:
    void setupToolBar();
    void reloadProfiles();
    void selectAndConnect(const QString& id);
    void connectTo(const QString& id);
    void askSecret(const ConnectionProfile& profile, const QString& reason);
    void connectWith(const ConnectionProfile& profile, const QString& secret);
    void onProfilesChanged();

    ConnectionStore* m_store;
    SecretStore* m_secrets;
    QNetworkAccessManager* m_network;
    sandbox::SandboxOptions m_sandboxOptions;
    SessionSecretCache m_sessionSecrets;
    ConnectionListModel* m_model;
    ConnectionSelector* m_selector;
    QStackedWidget* m_stack;
    WelcomePage* m_welcome;
    CcrPage* m_ccrPage;
    ClusterStatusLabel* m_status;
    QPointer<EsClient> m_client;
    SandboxLauncher* m_sandbox = nullptr;
    QString m_currentId;
    ConnectionProfile m_currentProfile;
};

} // namespace duper::ui
