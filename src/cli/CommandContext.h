#pragma once

#include "cli/CommandLine.h"
#include "cli/CommandSpec.h"
#include "cli/Output.h"
#include "core/ccr/CcrApi.h"
#include "core/connections/ConnectionProfile.h"
#include "core/es/CredentialProvider.h"
#include "core/es/EsClient.h"
#include "core/es/EsError.h"
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

// Everything one command run needs: what the user typed, the checked follow parameters, the clients (the follower
// cluster at --url and, when given, the leader at --leader_url; without them the saved connections: -c NAME, else the
// default follower / leader), where to write, and how to end the run.
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

    // Builds the clients from --url / --leader_url, --username (+ DUPER_PASSWORD or a prompt), DUPER_API_KEY,
    // --ca-cert and --insecure, or from saved connections: -c NAME names the connection of the cluster the command
    // acts on (the leader for forget and open/close -l, else the follower); without -c and --url the default follower
    // connection, without --leader_url the default leader. False after reporting (exit 2).
    bool connect();
    // Saved connections and the keychain (opened on first use).
    ConnectionResolver& resolver();
    QNetworkAccessManager& network() { return m_network; }
    // True for forget and open/close -l: -c then names the leader's connection.
    bool actsOnLeader() const;
    CcrApi& api() { return *m_api; }
    EsClient& client() { return *m_client; }
    // Null unless --leader_url was given.
    CcrApi* leaderApi() { return m_leaderApi.get(); }
    EsClient* leaderClient() { return m_leaderClient.get(); }

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
    std::shared_ptr<const CredentialProvider> credentials(QString* error);
    std::unique_ptr<EsClient> makeClient(const QString& url, const std::shared_ptr<const CredentialProvider>& auth,
                                         QString* error);
    std::unique_ptr<EsClient> makeClient(EsEndpoint endpoint, const std::shared_ptr<const CredentialProvider>& auth,
                                         QString* error);
    std::unique_ptr<EsClient> makeProfileClient(const ConnectionProfile& profile, QString* error);
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
    std::unique_ptr<EsClient> m_client;
    std::unique_ptr<CcrApi> m_api;
    std::unique_ptr<EsClient> m_leaderClient;
    std::unique_ptr<CcrApi> m_leaderApi;
    int m_exitCode = 0;
    bool m_finished = false;
};

} // namespace duper::cli
