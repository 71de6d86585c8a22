#pragma once

#include "core/ccr/AcknowledgedResponse.h"
#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/AutoFollowPatternsResponse.h"
#include "core/ccr/CcrStatsResponse.h"
#include "core/ccr/CloseIndexResponse.h"
#include "core/ccr/ClusterInfo.h"
#include "core/ccr/ClusterSettingsResponse.h"
#include "core/ccr/CountResponse.h"
#include "core/ccr/DataStreamsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowRequest.h"
#include "core/ccr/FollowResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/ccr/ForgetFollowerRequest.h"
#include "core/ccr/ForgetFollowerResponse.h"
#include "core/ccr/IndexStatsResponse.h"
#include "core/ccr/LicenseInfo.h"
#include "core/ccr/NodesInfoResponse.h"
#include "core/ccr/OpenIndexResponse.h"
#include "core/ccr/PrivilegesResponse.h"
#include "core/ccr/RemoteClusterSettings.h"
#include "core/ccr/RemoteInfoResponse.h"
#include "core/ccr/ResolveIndexResponse.h"
#include "core/es/EsResultJob.h"
#include "core/values/FollowParameters.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

class EsClient;

using AcknowledgedJob = EsResultJob<AcknowledgedResponse>;
using FollowJob = EsResultJob<FollowResponse>;
using FollowInfoJob = EsResultJob<FollowInfoResponse>;
using FollowStatsJob = EsResultJob<FollowStatsResponse>;
using CcrStatsJob = EsResultJob<CcrStatsResponse>;
using ForgetFollowerJob = EsResultJob<ForgetFollowerResponse>;
using AutoFollowPatternsJob = EsResultJob<AutoFollowPatternsResponse>;
using OpenIndexJob = EsResultJob<OpenIndexResponse>;
using CloseIndexJob = EsResultJob<CloseIndexResponse>;
using RemoteInfoJob = EsResultJob<RemoteInfoResponse>;
using ClusterSettingsJob = EsResultJob<ClusterSettingsResponse>;
using ClusterInfoJob = EsResultJob<ClusterInfo>;
using LicenseJob = EsResultJob<LicenseInfo>;
using PrivilegesJob = EsResultJob<PrivilegesResponse>;
using ResolveIndexJob = EsResultJob<ResolveIndexResponse>;
using DataStreamsJob = EsResultJob<DataStreamsResponse>;
using IndexStatsJob = EsResultJob<IndexStatsResponse>;
using NodesInfoJob = EsResultJob<NodesInfoResponse>;
using CountJob = EsResultJob<CountResponse>;

// The typed Elasticsearch API Duper needs: one call per endpoint, each returning a started job (parented to the
// client; it deletes itself after finished() unless setAutoDelete(false)). Paths and bodies follow
// shared/es-ccr-api.md. Index names are passed raw; the client percent-encodes each path segment.
// A list of indices is joined with ',' into one segment; an empty list means "_all".
class CcrApi
{
public:
    // `client` must outlive the CcrApi.
    explicit CcrApi(EsClient* client) : m_client(client) {}
    EsClient* client() const { return m_client; }

    // --- follower indices ---------------------------------------------------------------------------------------
    // PUT /{follower}/_ccr/follow?wait_for_active_shards=…; `waitForActiveShards` overrides
    // request.parameters.waitForActiveShards; neither set = the query parameter is left out (ES default 0).
    FollowJob* follow(const QString& followerIndex, const FollowRequest& request,
                      const std::optional<QString>& waitForActiveShards = std::nullopt);
    AcknowledgedJob* pauseFollow(const QString& followerIndex);
    // Sends a body only when some parameter is set (ES then applies defaults to the others).
    AcknowledgedJob* resumeFollow(const QString& followerIndex, const FollowParameters& parameters = {});
    AcknowledgedJob* unfollow(const QString& followerIndex);
    FollowInfoJob* followInfo(const QStringList& indices = {});
    FollowStatsJob* followStats(const QStringList& indices = {});
    CcrStatsJob* ccrStats();
    // Runs on the LEADER cluster's client.
    ForgetFollowerJob* forgetFollower(const QString& leaderIndex, const ForgetFollowerRequest& request);

    // --- auto-follow patterns -----------------------------------------------------------------------------------
    AcknowledgedJob* putAutoFollowPattern(const QString& name, const AutoFollowPattern& pattern);
    // All patterns, or the one named (404 resource_not_found_exception when missing).
    AutoFollowPatternsJob* autoFollowPatterns(const QString& name = {});
    AcknowledgedJob* deleteAutoFollowPattern(const QString& name);
    AcknowledgedJob* pauseAutoFollowPattern(const QString& name);
    AcknowledgedJob* resumeAutoFollowPattern(const QString& name);

    // --- indices ------------------------------------------------------------------------------------------------
    OpenIndexJob* openIndex(const QString& index);
    CloseIndexJob* closeIndex(const QString& index);
    // GET /_resolve/index/{expression}, e.g. "leader:logs-*" to list a remote's indices.
    ResolveIndexJob* resolveIndex(const QString& expression);
    // GET /_stats/docs?level=shards (every open index): document counts and per-shard max sequence numbers.
    IndexStatsJob* indexStats();
    // GET /{index}/_count: the documents searches see (404 index_not_found_exception when missing).
    CountJob* count(const QString& index);
    // DELETE /{index}: the index and its data are gone (404 index_not_found_exception when missing).
    AcknowledgedJob* deleteIndex(const QString& index);

    // --- data streams -------------------------------------------------------------------------------------------
    // GET /_data_stream or /_data_stream/{name} (a name, wildcard or comma list; a missing concrete name is 404
    // index_not_found_exception).
    DataStreamsJob* dataStreams(const QString& name = {});
    // POST /_data_stream/_promote/{name}: a replicated stream becomes a regular one (404 when it does not exist).
    AcknowledgedJob* promoteDataStream(const QString& name);
    // DELETE /_data_stream/{name}: the stream and all its backing indices.
    AcknowledgedJob* deleteDataStream(const QString& name);

    // --- cluster ------------------------------------------------------------------------------------------------
    RemoteInfoJob* remoteInfo();
    // GET /_cluster/settings?include_defaults=false
    ClusterSettingsJob* clusterSettings();
    // PUT /_cluster/settings with the remote's cluster.remote.<alias>.* keys (or nulls when settings.remove).
    ClusterSettingsJob* putRemoteCluster(const RemoteClusterSettings& settings);
    // GET /
    ClusterInfoJob* clusterInfo();
    // GET /_license
    LicenseJob* license();
    // GET /_nodes/_local: the transport address of the node answering (a seed for a remote cluster to this one).
    NodesInfoJob* localNode();
    // POST /_security/user/_has_privileges; `indexPrivileges` maps an index name or pattern to the privileges
    // to check on it.
    PrivilegesJob* hasPrivileges(const QStringList& clusterPrivileges,
                                 const QMap<QString, QStringList>& indexPrivileges = {});

private:
    EsClient* m_client;
};

} // namespace duper
