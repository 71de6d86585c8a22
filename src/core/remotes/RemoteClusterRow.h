#pragma once

#include "core/ccr/ClusterSettingsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/RemoteClusterMode.h"
#include "core/ccr/RemoteInfoResponse.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// One remote cluster as the Remote clusters tab shows it: GET /_remote/info merged with where its settings live
// (GET /_cluster/settings) and the follower indices that replicate through it (GET /_all/_ccr/info).
struct RemoteClusterRow
{
    enum class Source
    {
        Persistent,
        Transient,
        Node // only in _remote/info: configured in elasticsearch.yml, not editable through the API
    };
    // How the local cluster authenticates to the remote (Elasticsearch's "remote cluster security models").
    enum class Security
    {
        Certificate, // TLS certificates on the transport port (usually 9300); deprecated in 9.0
        ApiKey       // a cross-cluster API key on the remote cluster server port (usually 9443)
    };

    QString alias;
    RemoteClusterMode mode = RemoteClusterMode::Sniff;
    QStringList seeds;
    QString proxyAddress;
    QString serverName;
    bool connected = false;
    bool inRemoteInfo = true; // false: configured in settings but _remote/info does not list it (yet)
    int nodesConnected = 0;
    int maxNodeConnections = 0;
    int socketsConnected = 0;
    int maxSocketConnections = 0;
    bool skipUnavailable = false;
    QString initialConnectTimeout;
    Security security = Security::Certificate;
    // API key only: _remote/info reports `cluster_credentials`, i.e. the key is in force from the node keystore.
    bool credentialPresent = false;
    Source source = Source::Persistent;
    QStringList usedBy; // follower index names, sorted
    bool usedByKnown = false;

    bool editable() const { return source != Source::Node; }
    // Seeds comma-joined (sniff) or the proxy address.
    QString addresses() const;
    // Connections in use and their maximum for the mode.
    int connectionsInUse() const { return mode == RemoteClusterMode::Proxy ? socketsConnected : nodesConnected; }
    int connectionsMax() const { return mode == RemoteClusterMode::Proxy ? maxSocketConnections : maxNodeConnections; }

    // "api_key" or "certificate": the stable word for JSON output.
    static QString securityKey(Security security);
    // ES reports `cluster_credentials` only once the keystore holds the key; without it an alias on the default
    // remote cluster server port (9443) is still taken as API-key based, so the missing credential can be named.
    static Security securityOf(bool hasCredentials, const QStringList& seeds, const QString& proxyAddress);
    static constexpr int defaultRemoteClusterServerPort = 9443;

    friend bool operator==(const RemoteClusterRow&, const RemoteClusterRow&) = default;

    // Rows sorted by alias. `followers` null = unknown (the follow info call failed).
    static QList<RemoteClusterRow> merge(const RemoteInfoResponse& info, const ClusterSettingsResponse& settings,
                                         const FollowInfoResponse* followers);
};

} // namespace duper
