#pragma once

#include "core/ccr/AcknowledgedResponse.h"
#include "core/es/EsResultJob.h"
#include "core/security/ApiKeysResponse.h"
#include "core/security/CreatedApiKey.h"
#include "core/security/CrossClusterApiKeyRequest.h"
#include "core/security/InvalidateApiKeysResponse.h"
#include "core/security/ReloadSecureSettingsResponse.h"
#include "core/security/RemoteClusterServerNodes.h"

#include <QString>
#include <QStringList>

namespace duper {

class EsClient;

using CreatedApiKeyJob = EsResultJob<CreatedApiKey>;
using ApiKeysJob = EsResultJob<ApiKeysResponse>;
using InvalidateApiKeysJob = EsResultJob<InvalidateApiKeysResponse>;
using ReloadSecureSettingsJob = EsResultJob<ReloadSecureSettingsResponse>;
using UpdatedApiKeyJob = EsResultJob<bool>;
using RemoteClusterServerNodesJob = EsResultJob<RemoteClusterServerNodes>;
using SandboxKeystoreJob = EsResultJob<AcknowledgedResponse>;

// The security endpoints remote clusters with cross-cluster API keys need, in CcrApi's style: one call per endpoint,
// each returning a started job parented to the client. Keys are created, listed and invalidated on the LEADER (the
// remote cluster that fulfils the requests); secure settings are reloaded on the FOLLOWER.
class SecurityApi
{
public:
    // `client` must outlive the SecurityApi.
    explicit SecurityApi(EsClient* client) : m_client(client) {}

    // POST /_security/cross_cluster/api_key
    CreatedApiKeyJob* createCrossClusterApiKey(const CrossClusterApiKeyRequest& request);
    // PUT /_security/cross_cluster/api_key/<id> (access, expiration, metadata); the result is "updated".
    UpdatedApiKeyJob* updateCrossClusterApiKey(const QString& id, const CrossClusterApiKeyRequest& request);
    // GET /_security/api_key, narrowed to one id or name when given.
    ApiKeysJob* apiKeys(const QString& id = {}, const QString& name = {});
    // DELETE /_security/api_key {"ids": [...]}
    InvalidateApiKeysJob* invalidateApiKeys(const QStringList& ids);
    // POST /_nodes/reload_secure_settings
    ReloadSecureSettingsJob* reloadSecureSettings();
    // GET /_nodes: the nodes and their remote cluster server addresses (on the leader: where an API-key remote
    // connects; on the follower: the nodes whose keystore needs the credential).
    RemoteClusterServerNodesJob* remoteClusterServerNodes();
    // PUT /_sandbox/keystore/cluster.remote.<alias>.credentials {"value": ...}: NOT an Elasticsearch API. Only Duper's
    // sandbox (ClusterInfo::isDuperSandbox) has it, standing in for `elasticsearch-keystore add` on every node.
    SandboxKeystoreJob* storeSandboxRemoteCredentials(const QString& alias, const QString& encodedKey);

private:
    EsClient* m_client;
};

} // namespace duper
