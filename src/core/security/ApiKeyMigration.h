#pragma once

#include "core/security/ApiKeyMigrationPlan.h"
#include "core/security/ApiKeyMigrationStateStore.h"
#include "core/security/ApiKeyMigrationStep.h"
#include "core/security/ApiKeyRemoteSetup.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <array>
#include <optional>

namespace duper {

class BatchRunner;

// Migrates one certificate-based remote cluster alias of the follower cluster to a cross-cluster API key in place,
// in Elastic's order (ApiKeyMigrationStep): create the key (or reuse the caller's), pause the plan's active
// auto-follow patterns and followers, switch the alias to the leader's remote cluster server with the credential
// (ApiKeyRemoteSetup, replacing the connected alias), resume exactly what was paused, verify. When the switch or the
// verification fails it rolls back: the saved settings are written back as they were (keys the old settings lacked
// are cleared) and what it paused is resumed.
//
// Resumable: before pausing it keeps the plan's state (previous settings, what it pauses) in the store; a new plan
// reads it back, so a second run resumes what the first paused and ApiKeyRemoteSetup finds the alias already
// switched. The state is removed once the migration succeeded or was rolled back. The key is a secret: it reaches
// only keepKey and the setup, never a detail, the state or the report.
class ApiKeyMigration : public QObject
{
    Q_OBJECT

public:
    // `setup` carries how the key is made (replication, search, name) or which is reused (existingKey), and how the
    // credential reaches the nodes; its alias is the plan's. `leader` may be null when the key and address are given.
    ApiKeyMigration(ClusterSession* leader, ClusterSession* follower, ApiKeyMigrationPlan plan,
                    ApiKeyRemoteSetupSpec setup, ApiKeyMigrationStateStore store, QObject* parent = nullptr);
    ~ApiKeyMigration() override;

    void setKeepKey(ApiKeyRemoteSetup::KeepKey keepKey) { m_keepKey = std::move(keepKey); }
    void start();
    // The user ran the keystore command on every node (during Switch): the run goes on.
    void keystoreDone();
    // Stops after the request in flight, without rolling back: the kept state lets a new run continue.
    void cancel();

    const ApiKeyMigrationPlan& plan() const { return m_plan; }
    const ApiKeyRemoteStepStatus& status(ApiKeyMigrationStep step) const { return m_steps[std::size_t(step)]; }
    // The Switch's set-up once it started (its steps, keystore commands, target); null before.
    const ApiKeyRemoteSetup* setup() const { return m_setup; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const;
    bool rolledBack() const { return status(ApiKeyMigrationStep::Rollback).state == ApiKeyRemoteStepState::Done; }
    // The first failed step before the rollback.
    std::optional<ApiKeyMigrationStep> failedStep() const;
    // The plan and every step, for --json and reports; no secret.
    QJsonObject toJson() const;

signals:
    void stepChanged(duper::ApiKeyMigrationStep step);
    // The Switch's set-up is about to start: follow its steps and its keystore wait (keystoreCommandsReady, then
    // keystoreDone() on it or on this migration) there.
    void switchStarted(duper::ApiKeyRemoteSetup* setup);
    void finished(bool succeeded);

private:
    void createKey();
    void pause();
    void switchAlias();
    void resume();
    void verify();
    void rollback();
    void restoreSettings();
    void resumeAfterRollback();
    // Runs pause or resume on patterns, then followers; `done` gets the names that failed, with Elasticsearch's words.
    void runBoth(BatchRunner* patterns, std::function<BatchRunner*()> followers,
                 std::function<void(QStringList failures)> done);
    void set(ApiKeyMigrationStep step, ApiKeyRemoteStepState state, const QString& detail = {});
    void fail(ApiKeyMigrationStep step, const QString& error, const EsError& cause = {});
    void finish();

    QPointer<ClusterSession> m_leader;
    QPointer<ClusterSession> m_follower;
    ApiKeyMigrationPlan m_plan;
    ApiKeyRemoteSetupSpec m_spec;
    ApiKeyMigrationStateStore m_store;
    ApiKeyRemoteSetup::KeepKey m_keepKey;
    std::array<ApiKeyRemoteStepStatus, kApiKeyMigrationStepCount> m_steps;
    QPointer<ApiKeyRemoteSetup> m_setup;
    QPointer<BatchRunner> m_batch;
    QString m_key; // the encoded key in use (secret)
    bool m_pauseStarted = false;
    bool m_switchTried = false;
    bool m_resumed = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace duper
