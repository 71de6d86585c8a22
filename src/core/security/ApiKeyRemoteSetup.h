#pragma once

#include "core/ccr/ClusterSettingsResponse.h"
#include "core/ccr/RemoteClusterSettings.h"
#include "core/ccr/RemoteInfoResponse.h"
#include "core/security/ApiKeyRemoteSetupSpec.h"
#include "core/security/ApiKeyRemoteStep.h"
#include "core/security/CreatedApiKey.h"
#include "core/security/RemoteClusterServerNodes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <array>
#include <functional>
#include <optional>

namespace duper {

class ClusterSession;

// Sets up a remote cluster secured by a cross-cluster API key, one guided action: create the key on the leader (or
// reuse the caller's), read both clusters' nodes, get the key into every follower node's keystore (the sandbox's
// emulator stores it; on a real cluster the user runs the keystore command shown per node and calls keystoreDone()),
// reload secure settings, point the alias at the leader's remote cluster server, and verify it connects with
// `cluster_credentials`. Each step reports its state and, when it fails, what went wrong in plain words.
//
// Resumable: a new run after a failure reads back what is already in place — the caller's key, the alias already on
// the target address, or already connected with a credential — and reports those steps as already done.
// The key is a secret: it goes only into the key-creation answer handed to keepKey and the keystore request.
class ApiKeyRemoteSetup : public QObject
{
    Q_OBJECT

public:
    // Keeps a newly created key (e.g. in the keychain) before the run goes on; calls `done` with an empty string, or
    // with a warning when it could not be kept (the run goes on with the key in memory).
    using KeepKey = std::function<void(const CreatedApiKey& key, std::function<void(const QString& warning)> done)>;

    struct NodeCommand
    {
        QString node;    // the node's name
        QString address; // its transport address, to tell nodes apart
        QString command; // what to run in the node's Elasticsearch home (the key is typed at its prompt)
    };

    // `leader` may be null when the spec carries the key and an address; both sessions must outlive the setup.
    ApiKeyRemoteSetup(ClusterSession* leader, ClusterSession* follower, ApiKeyRemoteSetupSpec spec,
                      QObject* parent = nullptr);

    void setKeepKey(KeepKey keepKey) { m_keepKey = std::move(keepKey); }
    void start();
    // The user ran the keystore command on every node (StoreCredential is Waiting): the run goes on.
    void keystoreDone();
    // Stops after the request in flight; finished(false) follows at once.
    void cancel();

    const ApiKeyRemoteSetupSpec& spec() const { return m_spec; }
    const ApiKeyRemoteStepStatus& status(ApiKeyRemoteStep step) const { return m_steps[std::size_t(step)]; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const;
    std::optional<ApiKeyRemoteStep> failedStep() const;
    // Known after ReadNodes: whether the emulator stores the credential, the command per node otherwise, the
    // settings the alias gets.
    bool usesEmulator() const { return m_usesEmulator; }
    const QList<NodeCommand>& keystoreCommands() const { return m_commands; }
    const RemoteClusterSettings& target() const { return m_target; }
    // The command for one node: `bin/elasticsearch-keystore add cluster.remote.<alias>.credentials`.
    static QString keystoreCommand(const QString& alias);

signals:
    void stepChanged(duper::ApiKeyRemoteStep step);
    // StoreCredential waits for the user: keystoreCommands() says what to run where; then call keystoreDone().
    void keystoreCommandsReady();
    void finished(bool succeeded);

private:
    void createKey();
    void readNodes();
    void nodesRead();
    void storeCredential();
    void reloadSettings();
    void addRemote();
    void verify(int attempt);
    // Verify's last part: what the key allows, read back from the leader (CrossClusterKeyAccess).
    void checkKeyAccess();
    void set(ApiKeyRemoteStep step, ApiKeyRemoteStepState state, const QString& detail = {});
    void fail(ApiKeyRemoteStep step, const QString& error, const EsError& cause = {});
    void finish();
    bool targetMatches(const RemoteClusterSettings& current) const;
    QString targetText() const;

    QPointer<ClusterSession> m_leader;
    QPointer<ClusterSession> m_follower;
    ApiKeyRemoteSetupSpec m_spec;
    KeepKey m_keepKey;
    std::array<ApiKeyRemoteStepStatus, kApiKeyRemoteStepCount> m_steps;
    QString m_key; // the encoded key in use (secret)
    bool m_keyReused = false;
    // What ReadNodes found.
    int m_reads = 0;
    EsError m_readError;
    QString m_readFailure;
    std::optional<RemoteClusterServerNodes> m_followerNodes;
    std::optional<RemoteClusterServerNodes> m_leaderNodes;
    std::optional<ClusterSettingsResponse> m_settings;
    std::optional<RemoteInfoResponse> m_remotes;
    bool m_followerIsSandbox = false;
    bool m_usesEmulator = false;
    QList<NodeCommand> m_commands;
    RemoteClusterSettings m_target;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace duper
