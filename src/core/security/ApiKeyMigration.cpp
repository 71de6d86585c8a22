#include "core/security/ApiKeyMigration.h"

#include "core/autofollow/AutoFollowActions.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/followers/FollowerActions.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/security/SecurityApi.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <memory>

namespace duper {

namespace {

using Step = ApiKeyMigrationStep;
using State = ApiKeyRemoteStepState;

QString because(const QString& what, const EsError& error)
{
    return what + QStringLiteral(": ") + error.userMessage();
}

// The two counts of a pause or resume each get their own plural form ("1 follower and 3 auto-follow patterns").
QString followersText(qsizetype count)
{
    return QCoreApplication::translate("duper::ApiKeyMigration", "%n follower(s)", nullptr, int(count));
}

QString patternsText(qsizetype count)
{
    return QCoreApplication::translate("duper::ApiKeyMigration", "%n auto-follow pattern(s)", nullptr, int(count));
}

} // namespace

ApiKeyMigration::ApiKeyMigration(ClusterSession* leader, ClusterSession* follower, ApiKeyMigrationPlan plan,
                                 ApiKeyRemoteSetupSpec setup, ApiKeyMigrationStateStore store, QObject* parent)
    : QObject(parent), m_leader(leader), m_follower(follower), m_plan(std::move(plan)), m_spec(std::move(setup)),
      m_store(std::move(store))
{
    m_spec.alias = m_plan.alias;
}

ApiKeyMigration::~ApiKeyMigration()
{
    if (m_batch)
        m_batch->disconnect(this);
}

bool ApiKeyMigration::succeeded() const
{
    const State verify = status(Step::Verify).state;
    return m_finished && !rolledBack() && (verify == State::Done || verify == State::AlreadyDone);
}

std::optional<ApiKeyMigrationStep> ApiKeyMigration::failedStep() const
{
    for (int i = 0; i < kApiKeyMigrationStepCount; ++i)
        if (m_steps[std::size_t(i)].state == State::Failed)
            return Step(i);
    return std::nullopt;
}

void ApiKeyMigration::set(ApiKeyMigrationStep step, ApiKeyRemoteStepState state, const QString& detail)
{
    ApiKeyRemoteStepStatus& status = m_steps[std::size_t(step)];
    status.state = state;
    if (!detail.isEmpty())
        status.detail = detail;
    emit stepChanged(step);
}

void ApiKeyMigration::fail(ApiKeyMigrationStep step, const QString& error, const EsError& cause)
{
    ApiKeyRemoteStepStatus& status = m_steps[std::size_t(step)];
    status.error = error;
    status.esError = cause;
    set(step, State::Failed);
    // Before the first pause nothing has changed: ending there leaves the cluster as it was.
    if (!m_pauseStarted || step == Step::Rollback)
        return finish();
    rollback();
}

void ApiKeyMigration::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_key.clear();
    emit finished(succeeded());
}

void ApiKeyMigration::cancel()
{
    m_cancelled = true;
    if (m_batch)
        m_batch->cancel();
    if (m_setup)
        m_setup->cancel();
    finish();
}

void ApiKeyMigration::keystoreDone()
{
    if (m_setup && !m_finished)
        m_setup->keystoreDone();
}

void ApiKeyMigration::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_plan.problems.isEmpty())
        return fail(Step::CreateKey, m_plan.problems.join(QLatin1Char('\n')));
    if (!m_follower)
        return fail(Step::CreateKey, tr("there is no connection to the follower cluster"));
    if (m_plan.alreadyMigrated) {
        const QString detail = tr("remote cluster %1 already connects with a credential").arg(m_plan.alias);
        for (Step step : {Step::CreateKey, Step::Pause, Step::Switch, Step::Resume})
            set(step, State::AlreadyDone, detail);
        return verify();
    }
    createKey();
}

void ApiKeyMigration::createKey()
{
    static constexpr Step step = Step::CreateKey;
    if (!m_spec.existingKey.isEmpty()) {
        m_key = m_spec.existingKey;
        set(step, State::AlreadyDone, tr("using the key already kept for remote cluster %1").arg(m_plan.alias));
        return pause();
    }
    if (!m_leader)
        return fail(step, tr("there is no connection to the leader cluster to create the key on"));
    if (m_spec.replication.isEmpty() && m_spec.search.isEmpty())
        return fail(step, tr("give the leader index patterns the new key may replicate"));
    set(step, State::Running);
    CrossClusterApiKeyRequest request;
    request.name = m_spec.effectiveKeyName();
    request.replication = m_spec.replication;
    request.search = m_spec.search;
    request.metadata = QJsonObject{{QStringLiteral("created_by"), QStringLiteral("duper")},
                                   {QStringLiteral("remote_cluster"), m_plan.alias}};
    auto api = std::make_shared<SecurityApi>(m_leader->client());
    api->createCrossClusterApiKey(request)->onFinished(this, [this, api](CreatedApiKeyJob* job) {
        if (m_cancelled)
            return;
        if (job->hasError())
            return fail(step, because(tr("the leader cluster did not create the cross-cluster API key"), job->error()),
                        job->error());
        const CreatedApiKey key = *job->result();
        m_key = key.encoded;
        const QString detail = tr("created key %1 (id %2)").arg(key.name, key.id);
        if (!m_keepKey) {
            set(step, State::Done, detail);
            return pause();
        }
        m_keepKey(key, [this, detail](const QString& warning) {
            if (m_cancelled)
                return;
            set(step, State::Done, warning.isEmpty() ? detail : detail + QStringLiteral("; ") + warning);
            pause();
        });
    });
}

void ApiKeyMigration::runBoth(BatchRunner* patterns, std::function<BatchRunner*()> followers,
                              std::function<void(QStringList failures)> done)
{
    auto failures = std::make_shared<QStringList>();
    auto run = [this, failures](BatchRunner* runner, std::function<void()> next) {
        runner->setParent(this);
        m_batch = runner;
        connect(runner, &BatchRunner::itemFinished, this,
                [failures](const QString& name, const BatchItemResult& result) {
                    if (result.failed())
                        failures->append(name + QStringLiteral(": ") + result.message);
                });
        connect(runner, &BatchRunner::finished, this, [this, runner, next] {
            m_batch = nullptr;
            runner->deleteLater();
            if (!m_cancelled)
                next();
        });
        runner->start();
    };
    run(patterns, [run, followers, done, failures] { run(followers(), [done, failures] { done(*failures); }); });
}

void ApiKeyMigration::pause()
{
    static constexpr Step step = Step::Pause;
    // Kept before the first pause: a run that stops half-way still knows what to resume and what to go back to.
    QString error;
    if (!m_store.save(m_plan.cluster, m_plan.state(), &error))
        return fail(step, error);
    m_pauseStarted = true;
    if (m_plan.followersToPause.isEmpty() && m_plan.patternsToPause.isEmpty()) {
        set(step, State::AlreadyDone,
            m_plan.resumed ? tr("paused by the earlier run")
                           : tr("no active follower or pattern uses %1").arg(m_plan.alias));
        return switchAlias();
    }
    set(step, State::Running);
    ClusterSession* follower = m_follower;
    const QStringList followers = m_plan.followersToPause;
    runBoth(
        follower->autoFollowActions()->pause(m_plan.patternsToPause, this),
        [follower, followers] { return follower->followerActions()->pause(followers); },
        [this](const QStringList& failures) {
            if (!failures.isEmpty())
                return fail(step, tr("could not pause: %1").arg(failures.join(QStringLiteral("; "))));
            set(step, State::Done,
                //: %1 is "3 followers", %2 "2 auto-follow patterns"
                tr("%1 and %2 paused")
                    .arg(followersText(m_plan.followersToPause.size()), patternsText(m_plan.patternsToPause.size())));
            switchAlias();
        });
}

void ApiKeyMigration::switchAlias()
{
    static constexpr Step step = Step::Switch;
    set(step, State::Running);
    m_switchTried = true;
    ApiKeyRemoteSetupSpec spec = m_spec;
    spec.existingKey = m_key;
    spec.replaceExisting = true; // its followers are paused: switching the connected alias is the point
    m_setup = new ApiKeyRemoteSetup(m_leader, m_follower, std::move(spec), this);
    connect(m_setup, &ApiKeyRemoteSetup::stepChanged, this, [this](ApiKeyRemoteStep remoteStep) {
        if (m_setup->status(remoteStep).state == State::Waiting)
            set(Step::Switch, State::Waiting, m_setup->status(remoteStep).detail);
    });
    connect(m_setup, &ApiKeyRemoteSetup::finished, this, [this](bool succeeded) {
        if (m_cancelled)
            return;
        if (!succeeded) {
            const auto failed = m_setup->failedStep();
            const ApiKeyRemoteStepStatus status = failed ? m_setup->status(*failed) : ApiKeyRemoteStepStatus{};
            return fail(step,
                        failed ? ApiKeyRemoteStepText::title(*failed) + QStringLiteral(": ") + status.error
                               : tr("the switch was stopped"),
                        status.esError);
        }
        set(step, State::Done,
            tr("remote cluster %1 now uses %2 with the key")
                .arg(m_plan.alias, ApiKeyMigrationPlan::describe(m_setup->target())));
        resume();
    });
    emit switchStarted(m_setup);
    m_setup->start();
}

void ApiKeyMigration::resume()
{
    static constexpr Step step = Step::Resume;
    const QStringList followers = m_plan.followersToResume();
    const QStringList patterns = m_plan.patternsToResume();
    if (followers.isEmpty() && patterns.isEmpty()) {
        set(step, State::AlreadyDone, tr("nothing was paused"));
        return verify();
    }
    set(step, State::Running);
    m_resumed = true;
    ClusterSession* follower = m_follower;
    runBoth(
        follower->autoFollowActions()->resume(patterns, this),
        [follower, followers] { return follower->followerActions()->resumeWithRemembered(followers); },
        [this, followers, patterns](const QStringList& failures) {
            if (!failures.isEmpty())
                return fail(step, tr("could not resume: %1").arg(failures.join(QStringLiteral("; "))));
            set(step, State::Done,
                //: %1 is "3 followers", %2 "2 auto-follow patterns"
                tr("%1 and %2 resumed").arg(followersText(followers.size()), patternsText(patterns.size())));
            verify();
        });
}

void ApiKeyMigration::verify()
{
    static constexpr Step step = Step::Verify;
    set(step, State::Running);
    auto remoteOk = std::make_shared<std::optional<bool>>();
    auto inactive = std::make_shared<std::optional<QStringList>>();
    auto error = std::make_shared<EsError>();
    auto check = [this, remoteOk, inactive, error] {
        if (!remoteOk->has_value() || !inactive->has_value() || m_cancelled)
            return;
        if (error->isError())
            return fail(step, because(tr("could not read the follower cluster back"), *error), *error);
        if (!**remoteOk)
            return fail(step, tr("remote cluster %1 is not connected with a credential").arg(m_plan.alias));
        if (!(*inactive)->isEmpty())
            return fail(step, tr("not active again: %1").arg((*inactive)->join(QStringLiteral(", "))));
        m_store.remove(m_plan.cluster, m_plan.alias);
        set(step, State::Done,
            tr("remote cluster %1 is connected with a cross-cluster API key; %n follower(s) active", nullptr,
               int(m_plan.followersToResume().size()))
                .arg(m_plan.alias));
        finish();
    };
    m_follower->api()->remoteInfo()->onFinished(this, [remoteOk, error, check, this](RemoteInfoJob* job) {
        if (job->hasError())
            *error = job->error();
        const RemoteClusterInfo* remote = job->result() ? job->result()->find(m_plan.alias) : nullptr;
        *remoteOk = remote && remote->connected && remote->clusterCredentials;
        check();
    });
    const QStringList expected = m_plan.followersToResume();
    m_follower->api()->followInfo()->onFinished(this, [inactive, error, check, expected](FollowInfoJob* job) {
        if (job->hasError() && !error->isError())
            *error = job->error();
        QSet<QString> active;
        if (const auto& result = job->result())
            for (const FollowerInfo& info : result->followers)
                if (info.status == FollowerStatus::Active)
                    active.insert(info.followerIndex);
        QStringList missing;
        for (const QString& name : expected)
            if (!active.contains(name))
                missing.append(name);
        *inactive = missing;
        check();
    });
}

void ApiKeyMigration::rollback()
{
    static constexpr Step step = Step::Rollback;
    set(step, State::Running);
    if (!m_resumed)
        return restoreSettings();
    // Resumed already (the verification failed): quiet them again before the alias moves back.
    ClusterSession* follower = m_follower;
    const QStringList followers = m_plan.followersToResume();
    runBoth(
        follower->autoFollowActions()->pause(m_plan.patternsToResume(), this),
        [follower, followers] { return follower->followerActions()->pause(followers); },
        [this](const QStringList&) { restoreSettings(); });
}

void ApiKeyMigration::restoreSettings()
{
    if (!m_switchTried)
        return resumeAfterRollback();
    RemoteClusterSettings previous = m_plan.previous;
    previous.exact = true;
    EsJob* job = m_follower->remoteClusterActions()->save(previous);
    connect(job, &EsJob::finished, this, [this](EsJob* finished) {
        if (m_cancelled)
            return;
        if (finished->hasError())
            return fail(Step::Rollback,
                        because(tr("could not put back the settings of remote cluster %1 (%2); run the migration "
                                   "again, or set them by hand")
                                    .arg(m_plan.alias, ApiKeyMigrationPlan::describe(m_plan.previous)),
                                finished->error()),
                        finished->error());
        resumeAfterRollback();
    });
}

void ApiKeyMigration::resumeAfterRollback()
{
    ClusterSession* follower = m_follower;
    const QStringList followers = m_plan.followersToResume();
    const QStringList patterns = m_plan.patternsToResume();
    runBoth(
        follower->autoFollowActions()->resume(patterns, this),
        [follower, followers] { return follower->followerActions()->resumeWithRemembered(followers); },
        [this, followers, patterns](const QStringList& failures) {
            if (!failures.isEmpty())
                return fail(
                    Step::Rollback,
                    tr("the settings are back, but could not resume: %1").arg(failures.join(QStringLiteral("; "))));
            m_store.remove(m_plan.cluster, m_plan.alias);
            //: %3 is "3 followers", %4 "2 auto-follow patterns"
            QString detail = (m_switchTried ? tr("remote cluster %1 is back on %2; %3 and %4 resumed")
                                            : tr("remote cluster %1 stays on %2; %3 and %4 resumed"))
                                 .arg(m_plan.alias, ApiKeyMigrationPlan::describe(m_plan.previous),
                                      followersText(followers.size()), patternsText(patterns.size()));
            if (m_switchTried)
                detail += QLatin1String(". ") +
                          tr("If cluster.remote.%1.credentials went into the nodes' keystores, remove it there "
                             "(bin/elasticsearch-keystore remove cluster.remote.%1.credentials) and reload the secure "
                             "settings: an alias with a credential connects with the API-key model only")
                              .arg(m_plan.alias);
            set(Step::Rollback, State::Done, detail);
            finish();
        });
}

QJsonObject ApiKeyMigration::toJson() const
{
    QJsonArray steps;
    for (int i = 0; i < kApiKeyMigrationStepCount; ++i)
        steps.append(ApiKeyMigrationStepText::json(Step(i), m_steps[std::size_t(i)]));
    return QJsonObject{{QStringLiteral("plan"), m_plan.toJson()},
                       {QStringLiteral("succeeded"), succeeded()},
                       {QStringLiteral("rolled_back"), rolledBack()},
                       {QStringLiteral("steps"), steps}};
}

} // namespace duper
