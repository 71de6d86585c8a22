#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/security/ApiKeyRemoteSetupSpec.h"
#include "core/security/ApiKeyRemoteStep.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>
#include <memory>

namespace Ui {
class ApiKeyRemoteDialog;
}

namespace duper {
class ApiKeyRemoteSetup;
class ClusterSession;
class ClusterSessionOpener;
class SecretStore;
} // namespace duper

namespace duper::ui {

class ApiKeyRemoteStepList;
class CrossClusterKeyKeeper;
class KeystoreCommandTable;
class OtherClusterPicker;

// Adds a remote cluster secured by a cross-cluster API key to the current (follower) cluster, as a wizard in one
// window: (1) the leader's saved connection (opened through the given opener) and the alias; (2) the patterns the
// key may replicate (and search), its expiration, proxy or sniff mode and the address (empty: the leader's remote
// cluster server); then the run (core ApiKeyRemoteSetup): the key is created on the leader, kept in the keychain and
// shown once; the keystore command per follower node (skipped when the sandbox's emulator stores the key); reload,
// add and verify, each step with its state and, on failure, what went wrong. "Try again" runs again with the key
// already kept, so finished steps are reported as already done. The window does not close while a request runs.
class ApiKeyRemoteDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        LeaderPage,
        AccessPage,
        RunPage,
        KeystorePage
    };

    // `follower` must outlive the dialog; `opener` is taken over; `secrets` (may be null: the key then lives only in
    // the dialog) must outlive it.
    ApiKeyRemoteDialog(ClusterSession* follower, const QList<ConnectionProfile>& connections,
                       ClusterSessionOpener* opener, SecretStore* secrets, QWidget* parent = nullptr);
    ~ApiKeyRemoteDialog() override;

    Page page() const;
    // A request is in flight (opening the leader, reading the keychain, a set-up step): the window stays open.
    bool isRunning() const;
    const ApiKeyRemoteSetup* setup() const { return m_setup.get(); }
    // Who stores the key in the follower nodes' keystores (Auto: the emulator on Duper's sandbox).
    void setCredential(ApiKeyRemoteSetupSpec::Credential credential) { m_credential = credential; }
    // How often and how far apart the connection is checked at the end (tests shorten it).
    void setVerifyTiming(int attempts, int intervalMs);

public slots:
    void next();
    void back();
    // Runs the set-up again after a failure, with the key already kept.
    void retry();
    void reject() override;

signals:
    // The set-up finished; `alias` connects (succeeded) or not.
    void setupFinished(const QString& alias, bool succeeded);

private:
    void showPage(Page page);
    void updateButtons();
    ApiKeyRemoteSetupSpec specFromForm() const;
    void setStatus(const QString& text);
    void startRun();
    void readKeptKey();
    void startSetup(const QString& existingKey);
    void onStepChanged(duper::ApiKeyRemoteStep step);
    void onKeystoreCommandsReady();
    void onFinished(bool succeeded);

    QScopedPointer<Ui::ApiKeyRemoteDialog> m_ui;
    ClusterSession* m_follower;
    OtherClusterPicker* m_picker = nullptr;
    std::unique_ptr<ApiKeyRemoteStepList> m_steps;
    std::unique_ptr<KeystoreCommandTable> m_commands;
    std::unique_ptr<ApiKeyRemoteSetup> m_setup;
    std::unique_ptr<CrossClusterKeyKeeper> m_keeper; // the key of the alias, once created or read (a secret)
    ApiKeyRemoteSetupSpec::Credential m_credential = ApiKeyRemoteSetupSpec::Credential::Auto;
    int m_verifyAttempts = 0; // 0 = the spec's default
    int m_verifyIntervalMs = 0;
    bool m_busy = false;    // opening the leader or reading the keychain
    bool m_replace = false; // the user agreed to switch a connected alias
};

} // namespace duper::ui
