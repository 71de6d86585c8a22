#pragma once

#include "cli/CommandLine.h"
#include "cli/CommandSpec.h"
#include "cli/Output.h"
#include "core/ccr/CcrApi.h"
#include "core/connections/ConnectionProfile.h"
#include "core/es/EsClient.h"
#include "core/es/EsError.h"
#include "core/session/ClusterSession.h"
#include "core/session/ClusterSessionOpener.h"
#include "core/values/FollowParameters.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace duper::cli {

class ConnectionResolver;

// Everything one command run needs: what the user typed, the checked follow parameters, the sessions (the follower
// cluster at --url and, when given, the leader at --leader_url; without them the saved connections: -c NAME, else the
// default follower / leader, opened through ClusterSessionOpener), where to write, and how to end the run.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    CommandContext(const CommandSpec& spec, CommandLine line, Output& output,
                   QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(),
                   QObject* parent = nullptr);
    ~CommandContext() override;

    const CommandSpec& spec() const { return m_spec; }
    const CommandLine& line() const { return m_line; }
    QString value(const QString& name) const { return m_line.value(name); }
    bool has(const QString& name) const { return m_line.has(name); }
    Output& output() { return m_output; }
    bool json() const { return m_output.json(); }

    // Checks required options, index names and tuning options with the core's rules; false after reporting (exit 2).
    bool validate();
    FollowParameters& parameters() { return m_parameters; }

    // Opens the sessions from --url / --leader_url, --username (+ DUPER_PASSWORD or a prompt), DUPER_API_KEY,
    // --ca-cert and --insecure, or from saved connections: -c NAME names the connection of the cluster the command
    // acts on (the leader for forget and open/close -l, else the follower); without -c and --url the default follower
    // connection, without --leader_url the default leader. False after reporting (exit 2).
    bool connect();
    // Saved connections and the keychain (opened on first use).
    ConnectionResolver& resolver();
    QNetworkAccessManager& network() { return m_network; }
    // True for forget and open/close -l: -c then names the leader's connection.
    bool actsOnLeader() const;
    // The cluster the command acts on; set by a successful connect().
    ClusterSession* session() { return m_session.get(); }
    CcrApi& api() { return *m_session->api(); }
    EsClient& client() { return *m_session->client(); }
    // The leader's session: null unless --leader_url was given or a leader connection is saved (and the command
    // takes one).
    ClusterSession* leaderSession() { return m_leaderSession.get(); }
    CcrApi* leaderApi() { return m_leaderSession ? m_leaderSession->api() : nullptr; }
    EsClient* leaderClient() { return m_leaderSession ? m_leaderSession->client() : nullptr; }

    // Opens the leader's session from an http(s):// URL (authenticated like --url) or the name of a saved
    // connection, for a command that names its leader itself (`duper connect --api-key-from`); leaderSession()
    // then returns it. False with *error set.
    bool openLeader(const QString& urlOrConnection, QString* error);

    // Calls `then` with the remote cluster alias: --remote_cluster, else the follower's only remote cluster; ends
    // the run with a clear error when there is none or several.
    void resolveRemoteCluster(std::function<void(const QString& alias)> then);

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // Ends the run (quits the event loop once it runs).
    void finish(int code);
    // Prints the error (prefixed with `what`, when given) and ends with its mapped exit code.
    void fail(const EsError& error, const QString& what = {});
    // Prints the problems and a usage hint, ends with exit code 2.
    void usageError(const QStringList& problems);

private:
    // The profile a --url / --leader_url connection stands for: no id in the store, no secret kept, its secret from
    // --username (+ DUPER_PASSWORD or a prompt) or DUPER_API_KEY, asked once for both sides. False with *error set.
    bool commandLineProfile(const QString& url, ConnectionProfile* profile, QString* error);
    std::unique_ptr<ClusterSession> openUrl(const QString& url, QString* error);
    std::unique_ptr<ClusterSession> openProfile(ConnectionProfile profile, QString* error);
    // --insecure and --ca-cert, for every connection of the run.
    ClusterSessionOpener::Overrides tlsOverrides() const;
    // The connection -c names (when it names this side), else the default one; *error set when -c names none.
    std::optional<ConnectionProfile> profileFor(bool leader, QString* error);

    const CommandSpec& m_spec;
    CommandLine m_line;
    Output& m_output;
    QProcessEnvironment m_environment;
    FollowParameters m_parameters;
    std::unique_ptr<ConnectionResolver> m_resolver;
    std::optional<ConnectionProfile> m_followerProfile;
    QNetworkAccessManager m_network;
    std::optional<QString> m_commandLineSecret; // what --username / DUPER_API_KEY gave, once read
    std::unique_ptr<ClusterSession> m_session;
    std::unique_ptr<ClusterSession> m_leaderSession;
    int m_exitCode = 0;
    bool m_finished = false;
};

} // namespace duper::cli
