#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/security/ApiKeyMigrationPlan.h"
#include "core/security/ApiKeyMigrationStateStore.h"
#include "core/security/ApiKeyMigrationStep.h"
#include "core/security/ApiKeyRemoteSetupSpec.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>
#include <memory>
#include <optional>

namespace Ui {
class ApiKeyMigrationDialog;
}

namespace duper {
class ApiKeyMigration;
class ApiKeyMigrationPlanner;
class ApiKeyRemoteSetup;
class ClusterSession;
class ClusterSessionOpener;
class SecretStore;
} // namespace duper

namespace duper::ui {

class ApiKeyMigrationStepList;
class CrossClusterKeyKeeper;
class KeystoreCommandTable;
class OtherClusterPicker;

// Migrates one certificate-based remote cluster of the current (follower) cluster to a cross-cluster API key in place
// (core ApiKeyMigration), in one window: (1) the leader's saved connection and the patterns the key may replicate
// (and search), prefilled from the plan's leader indices; (2) the dry run: the plan in words (ApiKeyMigrationTexts)
// and "Start migration"; (3) the run, each step with its state and details, the key shown once, the keystore command
// per node with Copy and "Done, I ran it on every node" (the sandbox's emulator stores the key itself); (4) the
// result: succeeded, failed and rolled back (with what was restored), or stopped, and "Run again", which plans again
// and goes on from the state the core kept. The window does not close while a request runs; Stop ends the run cleanly.
class ApiKeyMigrationDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page
    {
        SetupPage,
        PlanPage,
        RunPage,
        KeystorePage
    };

    // `follower` must outlive the dialog; `opener` is taken over; `secrets` (may be null: the key then lives only in
    // the dialog) must outlive it. The plan is read at once (read-only) to prefill the form.
    ApiKeyMigrationDialog(ClusterSession* follower, const QString& alias, const QList<ConnectionProfile>& connections,
                          ClusterSessionOpener* opener, SecretStore* secrets, QWidget* parent = nullptr);
    ~ApiKeyMigrationDialog() override;

    Page page() const;
    const QString& alias() const { return m_alias; }
    // A request is in flight (planning, the keychain, opening the leader, a step): the window stays open.
    bool isRunning() const;
    const ApiKeyMigration* migration() const { return m_migration.get(); }
    // The plan of the last dry run (or of the prefill); nullopt before.
    const std::optional<ApiKeyMigrationPlan>& plan() const { return m_plan; }
    // Where the state of an unfinished run is kept (tests use a folder of their own); before any run.
    void setStateStore(const ApiKeyMigrationStateStore& store) { m_store = store; }
    // Who stores the key in the follower nodes' keystores (Auto: the emulator on Duper's sandbox).
    void setCredential(ApiKeyRemoteSetupSpec::Credential credential) { m_credential = credential; }
    // How often and how far apart the switched alias is checked (tests shorten it).
    void setVerifyTiming(int attempts, int intervalMs);

public slots:
    void next();
    void back();
    // Plans again and runs: after a failure, a rollback or a stop, it goes on from the kept state.
    void runAgain();
    // Ends the run after the request in flight, without rolling back.
    void stop();
    void reject() override;

signals:
    // The plan of the current form was read: on the plan page (dry run) or in the form (prefill).
    void planned();
    // A run finished; `alias` now connects with the key (succeeded) or not.
    void migrationFinished(const QString& alias, bool succeeded);

private:
    enum class After
    {
        Prefill,
        DryRun,
        Run
    };
    enum class Busy
    {
        No,
        Planning,
        ReadingKey,
        OpeningLeader
    };

    void showPage(Page page);
    void updateButtons();
    void setStatus(const QString& text);
    ApiKeyRemoteSetupSpec specFromForm() const;
    void startPlan(After after);
    void onPlanned(After after);
    void readKeptKey(After after);
    void keyRead(After after);
    void startRun();
    void startMigration();
    void onStepChanged(duper::ApiKeyMigrationStep step);
    void onSwitchStarted(duper::ApiKeyRemoteSetup* setup);
    void onKeystoreCommandsReady();
    void onFinished(bool succeeded);

    QScopedPointer<Ui::ApiKeyMigrationDialog> m_ui;
    ClusterSession* m_follower;
    QString m_alias;
    ApiKeyMigrationStateStore m_store;
    OtherClusterPicker* m_picker = nullptr;
    std::unique_ptr<ApiKeyMigrationStepList> m_steps;
    std::unique_ptr<KeystoreCommandTable> m_commands;
    std::unique_ptr<CrossClusterKeyKeeper> m_keeper;
    QPointer<ApiKeyMigrationPlanner> m_planner;
    std::optional<ApiKeyMigrationPlan> m_plan;
    std::unique_ptr<ApiKeyMigration> m_migration;
    QPointer<ApiKeyRemoteSetup> m_setup; // the migration's, during and after the Switch
    ApiKeyRemoteSetupSpec::Credential m_credential = ApiKeyRemoteSetupSpec::Credential::Auto;
    int m_verifyAttempts = 0; // 0 = the spec's default
    int m_verifyIntervalMs = 0;
    QString m_keptKey; // the key the next run reuses (a secret); empty = it creates one
    Busy m_busy = Busy::No;
    bool m_stopped = false;
};

} // namespace duper::ui
