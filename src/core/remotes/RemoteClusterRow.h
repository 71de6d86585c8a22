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
    bool apiKeyCredentials = false;
    Source source = Source::Persistent;
    QStringList usedBy; // follower index names, sorted
    bool usedByKnown = false;

    bool editable() const { return source != Source::Node; }
    // Seeds comma-joined (sniff) or the proxy address.
    QString addresses() const;
    // Connections in use and their maximum for the mode.
    int connectionsInUse() const { return mode == RemoteClusterMode::Proxy ? socketsConnected : nodesConnected; }
    int connectionsMax() const { return mode == RemoteClusterMode::Proxy ? maxSocketConnections : maxNodeConnections; }

    friend bool operator==(const RemoteClusterRow&, const RemoteClusterRow&) = default;

    // Rows sorted by alias. `followers` null = unknown (the follow info call failed).
    static QList<RemoteClusterRow> merge(const RemoteInfoResponse& info, const ClusterSettingsResponse& settings,
                                         const FollowInfoResponse* followers);
};

} // namespace duper
