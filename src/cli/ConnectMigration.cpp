#include "cli/ConnectMigration.h"

#include "cli/CommandContext.h"
#include "cli/ConnectProgress.h"
#include "cli/ConnectionResolver.h"
#include "cli/DrCommandFlow.h"
#include "cli/ExitCode.h"
#include "core/security/CrossClusterKeySecret.h"

#include <QCoreApplication>

namespace duper::cli {

namespace {

QString names(const QStringList& list)
{
    return list.isEmpty() ? QCoreApplication::translate("duper::cli::ConnectMigration", "none")
                          : list.join(QStringLiteral(", "));
}

} // namespace

ConnectMigration::ConnectMigration(CommandContext& context, ApiKeyRemoteSetupSpec spec, bool showKey)
    : QObject(&context), m_context(context), m_spec(std::move(spec)), m_showKey(showKey)
{
    if (showKey)
        m_shownKey = m_spec.existingKey;
}

void ConnectMigration::start()
{
    m_planner = new ApiKeyMigrationPlanner(m_context.session(), m_spec.alias, ApiKeyMigrationStateStore(), this);
    connect(m_planner, &ApiKeyMigrationPlanner::finished, this, &ConnectMigration::planned);
    m_planner->start();
}

void ConnectMigration::planned()
{
    if (!m_planner->plan())
        return m_context.fail(m_planner->error(), m_planner->errorWhat());
    const ApiKeyMigrationPlan plan = *m_planner->plan();
    const bool dryRun = DrCommandFlow::dryRun(m_context);
    if (!plan.problems.isEmpty()) {
        if (!DrCommandFlow::printPlanJson(m_context, plan.toJson(), QStringLiteral("connect"), dryRun, true))
            for (const QString& problem : plan.problems)
                m_context.output().error(problem);
        return m_context.finish(int(ExitCode::Refused));
    }
    if (!plan.alreadyMigrated && m_spec.existingKey.isEmpty() && m_spec.replication.isEmpty() &&
        m_spec.search.isEmpty())
        return m_context.usageError({tr("--replication is required to create a key (no key is kept in the "
                                        "keychain for remote cluster %1)")
                                         .arg(plan.alias)});
    printPlan(plan, dryRun);
    if (dryRun)
        return m_context.finish(int(ExitCode::Success));
    if (plan.alreadyMigrated ||
        DrCommandFlow::confirmed(m_context,
                                 tr("the migration pauses followers and switches remote cluster %1: give --yes "
                                    "to run it without a terminal (or --dry-run to see the plan)")
                                     .arg(plan.alias),
                                 tr("Migrate remote cluster %1 to a cross-cluster API key?").arg(plan.alias)))
        run(plan);
}

void ConnectMigration::printPlan(const ApiKeyMigrationPlan& plan, bool dryRun)
{
    if (DrCommandFlow::printPlanJson(m_context, plan.toJson(), QStringLiteral("connect"), dryRun, dryRun))
        return;
    if (plan.alreadyMigrated) {
        m_context.output().line(tr("Remote cluster %1 already connects with a cross-cluster API key.").arg(plan.alias));
        return;
    }
    const QString key = m_spec.existingKey.isEmpty()
                            ? tr("a new key on the leader for %1").arg(m_spec.replication.join(QStringLiteral(", ")))
                            : tr("the key kept for the alias");
    QList<QPair<QString, QString>> steps{
        {ApiKeyMigrationStepText::title(ApiKeyMigrationStep::CreateKey), key},
        {ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Pause),
         tr("followers: %1; auto-follow patterns: %2").arg(names(plan.followersToPause), names(plan.patternsToPause))},
        {ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Switch),
         m_spec.proxyAddress.isEmpty() && m_spec.seeds.isEmpty()
             ? tr("to the leader's remote cluster server, with the key in every node's keystore")
             : tr("to %1, with the key in every node's keystore")
                   .arg(m_spec.proxyAddress.isEmpty() ? m_spec.seeds.join(QStringLiteral(", ")) : m_spec.proxyAddress)},
        {ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Resume),
         tr("followers: %1; auto-follow patterns: %2")
             .arg(names(plan.followersToResume()), names(plan.patternsToResume()))},
        {ApiKeyMigrationStepText::title(ApiKeyMigrationStep::Verify),
         tr("connected with cluster_credentials, the followers active")}};
    DrCommandFlow::printSteps(m_context,
                              tr("Migrate remote cluster %1 (now %2) to a cross-cluster API key:")
                                  .arg(plan.alias, ApiKeyMigrationPlan::describe(plan.previous)),
                              steps, false);
    if (plan.resumed)
        m_context.output().line(tr("An earlier run stopped half-way: this one goes on from where it is."));
    if (!plan.leftPaused.isEmpty())
        m_context.output().line(tr("Left paused (they were paused before): %1").arg(names(plan.leftPaused)));
    m_context.output().line(tr("If the switch or the check fails, the settings above are put back and what was "
                               "paused is resumed."));
    if (dryRun)
        m_context.output().line(tr("Dry run: nothing was changed."));
}

void ConnectMigration::run(const ApiKeyMigrationPlan& plan)
{
    m_migration = new ApiKeyMigration(m_context.leaderSession(), m_context.session(), plan, m_spec,
                                      ApiKeyMigrationStateStore(), this);
    connect(m_migration, &ApiKeyMigration::stepChanged, this, &ConnectMigration::stepChanged);
    connect(m_migration, &ApiKeyMigration::switchStarted, this, &ConnectMigration::switchStarted);
    connect(m_migration, &ApiKeyMigration::finished, this, &ConnectMigration::finished);
    const QString alias = plan.alias;
    m_migration->setKeepKey([this, alias](const CreatedApiKey& key, auto done) {
        if (m_showKey)
            m_shownKey = key.encoded;
        m_context.resolver().secrets().write(
            CrossClusterKeySecret::ownerId(alias), CrossClusterKeySecret::kind, key.encoded, this,
            [done, key](const SecretResult& result) {
                done(result.ok() ? QString()
                                 : tr("the keychain could not keep it (%1): a new run will create another key")
                                       .arg(result.message));
            });
    });
    m_migration->start();
}

void ConnectMigration::stepChanged(ApiKeyMigrationStep step)
{
    const ApiKeyRemoteStepStatus& status = m_migration->status(step);
    const bool ended = status.state == ApiKeyRemoteStepState::Done ||
                       status.state == ApiKeyRemoteStepState::AlreadyDone ||
                       status.state == ApiKeyRemoteStepState::Failed;
    if (m_context.json() || !ended)
        return;
    QString text = QStringLiteral("[%1/%2] %3: %4")
                       .arg(int(step) + 1)
                       .arg(kApiKeyMigrationStepCount)
                       .arg(ApiKeyMigrationStepText::title(step), ApiKeyRemoteStepText::state(status.state));
    if (!status.detail.isEmpty() && status.state != ApiKeyRemoteStepState::Failed)
        text += QStringLiteral(" (") + status.detail + QLatin1Char(')');
    m_context.output().line(text);
    if (status.state == ApiKeyRemoteStepState::Failed)
        m_context.output().error(status.error);
}

void ConnectMigration::switchStarted(ApiKeyRemoteSetup* setup)
{
    auto* progress = new ConnectProgress(m_context, *setup, this);
    progress->setEmbedded(true);
    if (m_showKey)
        progress->setShownKey(m_shownKey);
}

int ConnectMigration::exitCode() const
{
    if (m_migration->succeeded())
        return int(ExitCode::Success);
    const auto failed = m_migration->failedStep();
    if (!failed)
        return int(ExitCode::Refused);
    const int code = exitCodeFor(m_migration->status(*failed).esError);
    return code == int(ExitCode::Unreachable) || code == int(ExitCode::AuthFailed) ? code : int(ExitCode::Refused);
}

void ConnectMigration::finished(bool succeeded)
{
    if (m_context.json()) {
        QJsonObject report = m_migration->toJson();
        report.insert(QStringLiteral("command"), QStringLiteral("connect"));
        report.insert(QStringLiteral("dry_run"), false);
        m_context.output().printJson(report);
    } else if (succeeded) {
        m_context.output().line(tr("Remote cluster %1 now connects with a cross-cluster API key.").arg(m_spec.alias));
    } else if (m_migration->rolledBack()) {
        m_context.output().note(tr("Rolled back: fix the failure above, then run the same command again."));
    } else if (m_migration->status(ApiKeyMigrationStep::Rollback).state == ApiKeyRemoteStepState::Failed) {
        m_context.output().note(tr("The rollback failed: run the same command again to go on."));
    }
    m_context.finish(exitCode());
}

} // namespace duper::cli
