#include "core/security/ApiKeyRemoteSetup.h"

#include "core/ccr/CcrApi.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/security/CrossClusterKeyAccess.h"
#include "core/security/SecurityApi.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace duper {
namespace {

QString because(const QString& what, const EsError& error)
{
    return what + QStringLiteral(": ") + error.userMessage();
}

const RemoteClusterSettings* currentSettings(const std::optional<ClusterSettingsResponse>& settings,
                                             const QString& alias)
{
    if (!settings)
        return nullptr;
    const RemoteClusterSettings* persistent = settings->find(alias, true);
    return persistent ? persistent : settings->find(alias, false);
}

} // namespace

ApiKeyRemoteSetup::ApiKeyRemoteSetup(ClusterSession* leader, ClusterSession* follower, ApiKeyRemoteSetupSpec spec,
                                     QObject* parent)
    : QObject(parent), m_leader(leader), m_follower(follower), m_spec(std::move(spec))
{}

QString ApiKeyRemoteSetup::keystoreCommand(const QString& alias)
{
    return QStringLiteral("bin/elasticsearch-keystore add cluster.remote.%1.credentials").arg(alias);
}

bool ApiKeyRemoteSetup::succeeded() const
{
    const ApiKeyRemoteStepState last = status(ApiKeyRemoteStep::Verify).state;
    return m_finished && (last == ApiKeyRemoteStepState::Done || last == ApiKeyRemoteStepState::AlreadyDone);
}

std::optional<ApiKeyRemoteStep> ApiKeyRemoteSetup::failedStep() const
{
    for (int i = 0; i < kApiKeyRemoteStepCount; ++i) {
        if (m_steps[std::size_t(i)].state == ApiKeyRemoteStepState::Failed)
            return ApiKeyRemoteStep(i);
    }
    return std::nullopt;
}

void ApiKeyRemoteSetup::set(ApiKeyRemoteStep step, ApiKeyRemoteStepState state, const QString& detail)
{
    ApiKeyRemoteStepStatus& status = m_steps[std::size_t(step)];
    status.state = state;
    if (!detail.isEmpty())
        status.detail = detail;
    emit stepChanged(step);
}

void ApiKeyRemoteSetup::fail(ApiKeyRemoteStep step, const QString& error, const EsError& cause)
{
    ApiKeyRemoteStepStatus& status = m_steps[std::size_t(step)];
    status.error = error;
    status.esError = cause;
    set(step, ApiKeyRemoteStepState::Failed);
    finish();
}

void ApiKeyRemoteSetup::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_key.clear();
    emit finished(succeeded());
}

void ApiKeyRemoteSetup::cancel()
{
    m_cancelled = true;
    finish();
}

void ApiKeyRemoteSetup::start()
{
    if (m_started)
        return;
    m_started = true;
    if (const QStringList problems = m_spec.problems(); !problems.isEmpty())
        return fail(ApiKeyRemoteStep::CreateKey, problems.join(QLatin1Char('\n')));
    if (!m_follower)
        return fail(ApiKeyRemoteStep::CreateKey, tr("there is no connection to the follower cluster"));
    createKey();
}

void ApiKeyRemoteSetup::createKey()
{
    static constexpr ApiKeyRemoteStep step = ApiKeyRemoteStep::CreateKey;
    if (!m_spec.existingKey.isEmpty()) {
        m_key = m_spec.existingKey;
        m_keyReused = true;
        set(step, ApiKeyRemoteStepState::AlreadyDone,
            tr("using the key already kept for remote cluster %1").arg(m_spec.alias));
        return readNodes();
    }
    if (!m_leader)
        return fail(step, tr("there is no connection to the leader cluster to create the key on"));
    set(step, ApiKeyRemoteStepState::Running);
    CrossClusterApiKeyRequest request;
    request.name = m_spec.effectiveKeyName();
    request.replication = m_spec.replication;
    request.search = m_spec.search;
    if (!m_spec.expiration.isEmpty())
        request.expiration = m_spec.expiration;
    request.metadata = QJsonObject{{QStringLiteral("created_by"), QStringLiteral("duper")},
                                   {QStringLiteral("remote_cluster"), m_spec.alias}};
    auto api = std::make_shared<SecurityApi>(m_leader->client());
    api->createCrossClusterApiKey(request)->onFinished(this, [this, api](CreatedApiKeyJob* job) {
        if (m_cancelled)
            return;
        if (job->hasError()) {
            QString hint;
            if (job->error().httpStatus() == 403)
                hint = QLatin1Char(' ') + tr("The leader's user needs the manage_security cluster privilege.");
            return fail(step,
                        because(tr("the leader cluster did not create the cross-cluster API key"), job->error()) + hint,
                        job->error());
        }
        const CreatedApiKey key = *job->result();
        m_key = key.encoded;
        const QString detail = tr("created key %1 (id %2)").arg(key.name, key.id);
        if (!m_keepKey) {
            set(step, ApiKeyRemoteStepState::Done, detail);
            return readNodes();
        }
        m_keepKey(key, [this, detail](const QString& warning) {
            if (m_cancelled)
                return;
            set(step, ApiKeyRemoteStepState::Done,
                warning.isEmpty() ? detail : detail + QStringLiteral("; ") + warning);
            readNodes();
        });
    });
}

void ApiKeyRemoteSetup::readNodes()
{
    set(ApiKeyRemoteStep::ReadNodes, ApiKeyRemoteStepState::Running);
    const bool needLeaderNodes = m_spec.proxyAddress.isEmpty() && m_spec.seeds.isEmpty();
    if (needLeaderNodes && !m_leader)
        return fail(ApiKeyRemoteStep::ReadNodes,
                    tr("give the leader's remote cluster server address, or a connection to the leader to read it"));
    // Reads in parallel; the first failure is the one reported.
    auto done = [this](const EsJob* job, const QString& what) {
        if (job->hasError() && !m_readError.isError()) {
            m_readError = job->error();
            m_readFailure = what;
        }
        if (--m_reads == 0 && !m_cancelled)
            nodesRead();
    };
    m_reads = needLeaderNodes ? 5 : 4;
    CcrApi* follower = m_follower->api();
    auto followerSecurity = std::make_shared<SecurityApi>(m_follower->client());
    followerSecurity->remoteClusterServerNodes()->onFinished(
        this, [this, done, followerSecurity](RemoteClusterServerNodesJob* job) {
            m_followerNodes = job->result();
            done(job, tr("could not read the follower cluster's nodes"));
        });
    if (needLeaderNodes) {
        auto leaderSecurity = std::make_shared<SecurityApi>(m_leader->client());
        leaderSecurity->remoteClusterServerNodes()->onFinished(
            this, [this, done, leaderSecurity](RemoteClusterServerNodesJob* job) {
                m_leaderNodes = job->result();
                done(job, tr("could not read the leader cluster's nodes"));
            });
    }
    follower->clusterInfo()->onFinished(this, [this, done](ClusterInfoJob* job) {
        m_followerIsSandbox = job->result() && job->result()->isDuperSandbox();
        done(job, tr("could not read the follower cluster's identity"));
    });
    follower->clusterSettings()->onFinished(this, [this, done](ClusterSettingsJob* job) {
        m_settings = job->result();
        done(job, tr("could not read the follower cluster's settings"));
    });
    follower->remoteInfo()->onFinished(this, [this, done](RemoteInfoJob* job) {
        m_remotes = job->result();
        done(job, tr("could not read the follower cluster's remote clusters"));
    });
}

void ApiKeyRemoteSetup::nodesRead()
{
    static constexpr ApiKeyRemoteStep step = ApiKeyRemoteStep::ReadNodes;
    if (m_readError.isError())
        return fail(step, because(m_readFailure, m_readError), m_readError);
    m_target = RemoteClusterSettings{};
    m_target.alias = m_spec.alias;
    m_target.persistent = true;
    if (!m_spec.proxyAddress.isEmpty()) {
        m_target.mode = RemoteClusterMode::Proxy;
        m_target.proxyAddress = m_spec.proxyAddress;
    } else if (!m_spec.seeds.isEmpty()) {
        m_target.mode = RemoteClusterMode::Sniff;
        m_target.seeds = m_spec.seeds;
    } else {
        const QStringList servers = m_leaderNodes ? m_leaderNodes->serverAddresses() : QStringList();
        if (servers.isEmpty())
            return fail(step, tr("the leader cluster runs no remote cluster server: enable it on its nodes "
                                 "(remote_cluster_server.enabled: true in elasticsearch.yml), or give its address"));
        // One address: proxy mode on it; several nodes: sniff mode seeded with all of them.
        m_target.mode = servers.size() == 1 ? RemoteClusterMode::Proxy : RemoteClusterMode::Sniff;
        if (servers.size() == 1)
            m_target.proxyAddress = servers.first();
        else
            m_target.seeds = servers;
    }
    m_usesEmulator = m_spec.credential == ApiKeyRemoteSetupSpec::Credential::Emulator ||
                     (m_spec.credential == ApiKeyRemoteSetupSpec::Credential::Auto && m_followerIsSandbox);
    m_commands.clear();
    for (const RemoteClusterServerNodes::Node& node : m_followerNodes->nodes)
        m_commands.append({node.name, node.transportAddress, keystoreCommand(m_spec.alias)});
    set(step, ApiKeyRemoteStepState::Done,
        tr("%n follower node(s); the remote will use %1", nullptr, int(m_commands.size())).arg(targetText()));

    // Resuming: the reused key already connects the alias at the target address with a credential.
    const RemoteClusterInfo* remote = m_remotes ? m_remotes->find(m_spec.alias) : nullptr;
    const RemoteClusterSettings* current = currentSettings(m_settings, m_spec.alias);
    if (m_keyReused && remote && remote->connected && remote->clusterCredentials && current &&
        targetMatches(*current)) {
        const QString detail = tr("remote cluster %1 already connects with a credential").arg(m_spec.alias);
        set(ApiKeyRemoteStep::StoreCredential, ApiKeyRemoteStepState::AlreadyDone, detail);
        set(ApiKeyRemoteStep::ReloadSettings, ApiKeyRemoteStepState::AlreadyDone, detail);
        return addRemote();
    }
    storeCredential();
}

void ApiKeyRemoteSetup::storeCredential()
{
    static constexpr ApiKeyRemoteStep step = ApiKeyRemoteStep::StoreCredential;
    if (!m_usesEmulator) {
        if (m_spec.keystoreDone) {
            set(step, ApiKeyRemoteStepState::Done, tr("run by the user on every node"));
            return reloadSettings();
        }
        set(step, ApiKeyRemoteStepState::Waiting,
            tr("run \"%1\" on each of the %n node(s) and paste the key at its prompt", nullptr, int(m_commands.size()))
                .arg(keystoreCommand(m_spec.alias)));
        emit keystoreCommandsReady();
        return;
    }
    set(step, ApiKeyRemoteStepState::Running);
    auto api = std::make_shared<SecurityApi>(m_follower->client());
    api->storeSandboxRemoteCredentials(m_spec.alias, m_key)->onFinished(this, [this, api](SandboxKeystoreJob* job) {
        if (m_cancelled)
            return;
        if (job->hasError())
            return fail(step, because(tr("the sandbox did not store the credential"), job->error()), job->error());
        set(step, ApiKeyRemoteStepState::Done, tr("stored by the emulator"));
        reloadSettings();
    });
}

void ApiKeyRemoteSetup::keystoreDone()
{
    if (m_finished || status(ApiKeyRemoteStep::StoreCredential).state != ApiKeyRemoteStepState::Waiting)
        return;
    set(ApiKeyRemoteStep::StoreCredential, ApiKeyRemoteStepState::Done, tr("run by the user on every node"));
    reloadSettings();
}

void ApiKeyRemoteSetup::reloadSettings()
{
    static constexpr ApiKeyRemoteStep step = ApiKeyRemoteStep::ReloadSettings;
    set(step, ApiKeyRemoteStepState::Running);
    auto api = std::make_shared<SecurityApi>(m_follower->client());
    api->reloadSecureSettings()->onFinished(this, [this, api](ReloadSecureSettingsJob* job) {
        if (m_cancelled)
            return;
        if (job->hasError())
            return fail(step, because(tr("the follower cluster did not reload its secure settings"), job->error()),
                        job->error());
        const ReloadSecureSettingsResponse& response = *job->result();
        QStringList failed;
        QStringList reasons;
        for (const ReloadSecureSettingsResponse::Node& node : response.nodes) {
            if (!node.reloaded()) {
                failed.append(node.name);
                reasons.append(tr("node %1: %2").arg(node.name, node.failureReason));
            }
        }
        reasons.append(response.failureReasons);
        if (!response.allReloaded() || !failed.isEmpty()) {
            m_steps[std::size_t(step)].failedOn = failed.join(QStringLiteral(", "));
            return fail(step, tr("%1 of %2 node(s) could not reload: %3. Check that the keystore command ran on "
                                 "that node, then run this again.",
                                 nullptr, response.total)
                                  .arg(qMax(response.failed, int(failed.size())))
                                  .arg(response.total)
                                  .arg(reasons.join(QStringLiteral("; "))));
        }
        set(step, ApiKeyRemoteStepState::Done, tr("%n node(s) reloaded", nullptr, response.successful));
        addRemote();
    });
}

void ApiKeyRemoteSetup::addRemote()
{
    static constexpr ApiKeyRemoteStep step = ApiKeyRemoteStep::AddRemote;
    const RemoteClusterSettings* current = currentSettings(m_settings, m_spec.alias);
    if (current && targetMatches(*current)) {
        set(step, ApiKeyRemoteStepState::AlreadyDone,
            tr("remote cluster %1 already uses %2").arg(m_spec.alias, targetText()));
        return verify(1);
    }
    // A working remote under this alias is only switched when the caller agreed: its followers change clusters.
    const RemoteClusterInfo* remote = m_remotes ? m_remotes->find(m_spec.alias) : nullptr;
    if (remote && remote->connected && !m_spec.replaceExisting) {
        const QString now =
            remote->mode == RemoteClusterMode::Proxy ? remote->proxyAddress : remote->seeds.join(QStringLiteral(", "));
        m_steps[std::size_t(step)].failedOn = QStringLiteral("confirmation");
        return fail(step, tr("remote cluster %1 is connected to %2 now, and its follower indices would switch to %3; "
                             "confirm replacing it")
                              .arg(m_spec.alias, now, targetText()));
    }
    set(step, ApiKeyRemoteStepState::Running);
    EsJob* job = m_follower->remoteClusterActions()->save(m_target);
    connect(job, &EsJob::finished, this, [this](EsJob* finished) {
        if (m_cancelled)
            return;
        if (finished->hasError())
            return fail(
                step,
                because(tr("the follower cluster did not save remote cluster %1").arg(m_spec.alias), finished->error()),
                finished->error());
        set(step, ApiKeyRemoteStepState::Done, tr("remote cluster %1 now uses %2").arg(m_spec.alias, targetText()));
        verify(1);
    });
}

void ApiKeyRemoteSetup::verify(int attempt)
{
    static constexpr ApiKeyRemoteStep step = ApiKeyRemoteStep::Verify;
    if (attempt == 1)
        set(step, ApiKeyRemoteStepState::Running);
    m_follower->api()->remoteInfo()->onFinished(this, [this, attempt](RemoteInfoJob* job) {
        if (m_cancelled)
            return;
        if (job->hasError())
            return fail(step, because(tr("could not read the follower's remote clusters"), job->error()), job->error());
        const RemoteClusterInfo* remote = job->result()->find(m_spec.alias);
        if (remote && remote->connected && remote->clusterCredentials)
            return checkKeyAccess();
        if (attempt < m_spec.verifyAttempts) {
            QTimer::singleShot(m_spec.verifyIntervalMs, this, [this, attempt] {
                if (!m_cancelled)
                    verify(attempt + 1);
            });
            return;
        }
        if (!remote)
            return fail(step, tr("the follower cluster does not list remote cluster %1").arg(m_spec.alias));
        if (!remote->clusterCredentials)
            return fail(step, tr("remote cluster %1 has no credential in force: a node's keystore lacks "
                                 "cluster.remote.%1.credentials, or its secure settings were not reloaded")
                                  .arg(m_spec.alias));
        fail(step, tr("remote cluster %1 does not connect to %2: check that this is the leader's remote cluster "
                      "server address (not its transport or HTTP address), that the follower's nodes reach it, and "
                      "that the key is still valid (not invalidated or expired)")
                       .arg(m_spec.alias, targetText()));
    });
}

void ApiKeyRemoteSetup::checkKeyAccess()
{
    CrossClusterKeyAccess::check(
        m_leader, m_key, m_spec.replication, this, [this](const CrossClusterKeyAccess::Verdict& verdict) {
            if (m_cancelled)
                return;
            if (!verdict.usable)
                return fail(ApiKeyRemoteStep::Verify,
                            tr("remote cluster %1 connects, but %2").arg(m_spec.alias, verdict.text));
            set(ApiKeyRemoteStep::Verify, ApiKeyRemoteStepState::Done,
                tr("remote cluster %1 is connected with a cross-cluster API key; %2").arg(m_spec.alias, verdict.text));
            finish();
        });
}

bool ApiKeyRemoteSetup::targetMatches(const RemoteClusterSettings& current) const
{
    const RemoteClusterMode mode = current.mode.value_or(RemoteClusterMode::Sniff);
    if (mode != m_target.mode)
        return false;
    if (mode == RemoteClusterMode::Proxy)
        return current.proxyAddress == m_target.proxyAddress;
    return std::ranges::is_permutation(current.seeds, m_target.seeds);
}

QString ApiKeyRemoteSetup::targetText() const
{
    return m_target.mode == RemoteClusterMode::Proxy
               ? tr("proxy mode on %1").arg(m_target.proxyAddress)
               : tr("sniff mode on %1").arg(m_target.seeds.join(QStringLiteral(", ")));
}

} // namespace duper
