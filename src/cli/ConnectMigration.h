#pragma once

#include "core/security/ApiKeyMigration.h"
#include "core/security/ApiKeyMigrationPlanner.h"

#include <QObject>
#include <QString>

namespace duper::cli {

class CommandContext;

// `duper connect --migrate-to-api-key`: plans the migration of a certificate remote to a cross-cluster API key (core's
// ApiKeyMigrationPlanner), prints the plan (and stops there with --dry-run), asks (or takes --yes), then runs
// ApiKeyMigration printing each step — the switch's own steps through an embedded ConnectProgress — and ends with 0
// when it succeeded, 1 when it was refused or rolled back, 3 or 4 when a cluster could not be reached or refused the
// credentials.
class ConnectMigration : public QObject
{
    Q_OBJECT

public:
    // `spec` carries the key (existingKey) or how to make one, and how the credential reaches the nodes; the sessions
    // of `context` (follower and leader) are open. Lives as a child of the context.
    ConnectMigration(CommandContext& context, ApiKeyRemoteSetupSpec spec, bool showKey);

    void start();

private:
    void planned();
    void printPlan(const ApiKeyMigrationPlan& plan, bool dryRun);
    void run(const ApiKeyMigrationPlan& plan);
    void stepChanged(ApiKeyMigrationStep step);
    void switchStarted(ApiKeyRemoteSetup* setup);
    void finished(bool succeeded);
    int exitCode() const;

    CommandContext& m_context;
    ApiKeyRemoteSetupSpec m_spec;
    bool m_showKey = false;
    QString m_shownKey;
    ApiKeyMigrationPlanner* m_planner = nullptr;
    ApiKeyMigration* m_migration = nullptr;
};

} // namespace duper::cli
