#include "core/security/SecurityApi.h"

#include "core/es/EsClient.h"
#include "core/json/JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace duper {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QString kSecurity = QStringLiteral("_security");
const QString kApiKey = QStringLiteral("api_key");
const QString kCrossCluster = QStringLiteral("cross_cluster");

// PUT /_security/cross_cluster/api_key/<id>: {"updated": true|false} (false when nothing changed).
struct UpdatedResponse
{
    static std::optional<bool> parse(const QByteArray& body, QString* error)
    {
        JsonReader reader(QStringLiteral("update cross-cluster API key"));
        QJsonObject root;
        bool updated = false;
        if (!reader.open(body, root) || !reader.optBool(root, QStringLiteral("updated"), {}, updated)) {
            reader.reportTo(error);
            return std::nullopt;
        }
        return updated;
    }
};

} // namespace

CreatedApiKeyJob* SecurityApi::createCrossClusterApiKey(const CrossClusterApiKeyRequest& request)
{
    EsRequest http = EsRequest::post({kSecurity, kCrossCluster, kApiKey});
    http.setJsonBody(compact(request.toJson(true)));
    return m_client->sendParsed<CreatedApiKey>(http);
}

UpdatedApiKeyJob* SecurityApi::updateCrossClusterApiKey(const QString& id, const CrossClusterApiKeyRequest& request)
{
    EsRequest http = EsRequest::put({kSecurity, kCrossCluster, kApiKey, id});
    http.setJsonBody(compact(request.toJson(false)));
    return m_client->sendParsed<UpdatedResponse>(http);
}

ApiKeysJob* SecurityApi::apiKeys(const QString& id, const QString& name)
{
    EsRequest http = EsRequest::get({kSecurity, kApiKey});
    if (!id.isEmpty())
        http.addQuery(QStringLiteral("id"), id);
    if (!name.isEmpty())
        http.addQuery(QStringLiteral("name"), name);
    return m_client->sendParsed<ApiKeysResponse>(http);
}

InvalidateApiKeysJob* SecurityApi::invalidateApiKeys(const QStringList& ids)
{
    EsRequest http = EsRequest::del({kSecurity, kApiKey});
    http.setJsonBody(compact(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}}));
    return m_client->sendParsed<InvalidateApiKeysResponse>(http);
}

ReloadSecureSettingsJob* SecurityApi::reloadSecureSettings()
{
    return m_client->sendParsed<ReloadSecureSettingsResponse>(
        EsRequest::post({QStringLiteral("_nodes"), QStringLiteral("reload_secure_settings")}));
}

RemoteClusterServerNodesJob* SecurityApi::remoteClusterServerNodes()
{
    return m_client->sendParsed<RemoteClusterServerNodes>(EsRequest::get({QStringLiteral("_nodes")}));
}

SandboxKeystoreJob* SecurityApi::storeSandboxRemoteCredentials(const QString& alias, const QString& encodedKey)
{
    EsRequest http = EsRequest::put({QStringLiteral("_sandbox"), QStringLiteral("keystore"),
                                     QStringLiteral("cluster.remote.%1.credentials").arg(alias)});
    http.setJsonBody(compact(QJsonObject{{QStringLiteral("value"), encodedKey}}));
    return m_client->sendParsed<AcknowledgedResponse>(http);
}

} // namespace duper
