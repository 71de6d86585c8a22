#include "core/ccr/CcrApi.h"

#include "core/es/EsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duper {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString indexList(const QStringList& indices)
{
    return indices.isEmpty() ? QStringLiteral("_all") : indices.join(QLatin1Char(','));
}

const QString kCcr = QStringLiteral("_ccr");
const QString kAutoFollow = QStringLiteral("auto_follow");

} // namespace

FollowJob* CcrApi::follow(const QString& followerIndex, const FollowRequest& request,
                          const std::optional<QString>& waitForActiveShards)
{
    EsRequest http = EsRequest::put({followerIndex, kCcr, QStringLiteral("follow")});
    const std::optional<QString> wait =
        waitForActiveShards ? waitForActiveShards : request.parameters.waitForActiveShards;
    if (wait && !wait->isEmpty())
        http.addQuery(QStringLiteral("wait_for_active_shards"), *wait);
    http.setJsonBody(compact(request.toJson()));
    return m_client->sendParsed<FollowResponse>(http);
}

AcknowledgedJob* CcrApi::pauseFollow(const QString& followerIndex)
{
    return m_client->sendParsed<AcknowledgedResponse>(
        EsRequest::post({followerIndex, kCcr, QStringLiteral("pause_follow")}));
}

AcknowledgedJob* CcrApi::resumeFollow(const QString& followerIndex, const FollowParameters& parameters)
{
    EsRequest http = EsRequest::post({followerIndex, kCcr, QStringLiteral("resume_follow")});
    const QJsonObject body = parameters.toJson();
    if (!body.isEmpty())
        http.setJsonBody(compact(body));
    return m_client->sendParsed<AcknowledgedResponse>(http);
}

AcknowledgedJob* CcrApi::unfollow(const QString& followerIndex)
{
    return m_client->sendParsed<AcknowledgedResponse>(
        EsRequest::post({followerIndex, kCcr, QStringLiteral("unfollow")}));
}

FollowInfoJob* CcrApi::followInfo(const QStringList& indices)
{
    return m_client->sendParsed<FollowInfoResponse>(EsRequest::get({indexList(indices), kCcr, QStringLiteral("info")}));
}

FollowStatsJob* CcrApi::followStats(const QStringList& indices)
{
    return m_client->sendParsed<FollowStatsResponse>(
        EsRequest::get({indexList(indices), kCcr, QStringLiteral("stats")}));
}

CcrStatsJob* CcrApi::ccrStats()
{
    return m_client->sendParsed<CcrStatsResponse>(EsRequest::get({kCcr, QStringLiteral("stats")}));
}

ForgetFollowerJob* CcrApi::forgetFollower(const QString& leaderIndex, const ForgetFollowerRequest& request)
{
    return m_client->sendParsed<ForgetFollowerResponse>(
        EsRequest::post({leaderIndex, kCcr, QStringLiteral("forget_follower")}).setJsonBody(compact(request.toJson())));
}

AcknowledgedJob* CcrApi::putAutoFollowPattern(const QString& name, const AutoFollowPattern& pattern)
{
    return m_client->sendParsed<AcknowledgedResponse>(
        EsRequest::put({kCcr, kAutoFollow, name}).setJsonBody(compact(pattern.toJson())));
}

AutoFollowPatternsJob* CcrApi::autoFollowPatterns(const QString& name)
{
    QStringList segments{kCcr, kAutoFollow};
    if (!name.isEmpty())
        segments.append(name);
    return m_client->sendParsed<AutoFollowPatternsResponse>(EsRequest::get(segments));
}

AcknowledgedJob* CcrApi::deleteAutoFollowPattern(const QString& name)
{
    return m_client->sendParsed<AcknowledgedResponse>(EsRequest::del({kCcr, kAutoFollow, name}));
}

AcknowledgedJob* CcrApi::pauseAutoFollowPattern(const QString& name)
{
    return m_client->sendParsed<AcknowledgedResponse>(
        EsRequest::post({kCcr, kAutoFollow, name, QStringLiteral("pause")}));
}

AcknowledgedJob* CcrApi::resumeAutoFollowPattern(const QString& name)
{
    return m_client->sendParsed<AcknowledgedResponse>(
        EsRequest::post({kCcr, kAutoFollow, name, QStringLiteral("resume")}));
}

OpenIndexJob* CcrApi::openIndex(const QString& index)
{
    return m_client->sendParsed<OpenIndexResponse>(EsRequest::post({index, QStringLiteral("_open")}));
}

CloseIndexJob* CcrApi::closeIndex(const QString& index)
{
    return m_client->sendParsed<CloseIndexResponse>(EsRequest::post({index, QStringLiteral("_close")}));
}

ResolveIndexJob* CcrApi::resolveIndex(const QString& expression)
{
    return m_client->sendParsed<ResolveIndexResponse>(
        EsRequest::get({QStringLiteral("_resolve"), QStringLiteral("index"), expression}));
}

DataStreamsJob* CcrApi::dataStreams(const QString& name)
{
    QStringList segments{QStringLiteral("_data_stream")};
    if (!name.isEmpty())
        segments.append(name);
    return m_client->sendParsed<DataStreamsResponse>(EsRequest::get(segments));
}

IndexStatsJob* CcrApi::indexStats()
{
    EsRequest request = EsRequest::get({QStringLiteral("_stats"), QStringLiteral("docs")});
    request.addQuery(QStringLiteral("level"), QStringLiteral("shards"));
    return m_client->sendParsed<IndexStatsResponse>(request);
}

CountJob* CcrApi::count(const QString& index)
{
    return m_client->sendParsed<CountResponse>(EsRequest::get({index, QStringLiteral("_count")}));
}

AcknowledgedJob* CcrApi::deleteIndex(const QString& index)
{
    return m_client->sendParsed<AcknowledgedResponse>(EsRequest::del({index}));
}

AcknowledgedJob* CcrApi::deleteDataStream(const QString& name)
{
    return m_client->sendParsed<AcknowledgedResponse>(EsRequest::del({QStringLiteral("_data_stream"), name}));
}

NodesInfoJob* CcrApi::localNode()
{
    return m_client->sendParsed<NodesInfoResponse>(
        EsRequest::get({QStringLiteral("_nodes"), QStringLiteral("_local")}));
}

AcknowledgedJob* CcrApi::promoteDataStream(const QString& name)
{
    return m_client->sendParsed<AcknowledgedResponse>(
        EsRequest::post({QStringLiteral("_data_stream"), QStringLiteral("_promote"), name}));
}

RemoteInfoJob* CcrApi::remoteInfo()
{
    return m_client->sendParsed<RemoteInfoResponse>(
        EsRequest::get({QStringLiteral("_remote"), QStringLiteral("info")}));
}

ClusterSettingsJob* CcrApi::clusterSettings()
{
    return m_client->sendParsed<ClusterSettingsResponse>(
        EsRequest::get({QStringLiteral("_cluster"), QStringLiteral("settings")})
            .addQuery(QStringLiteral("include_defaults"), QStringLiteral("false")));
}

ClusterSettingsJob* CcrApi::putRemoteCluster(const RemoteClusterSettings& settings)
{
    return m_client->sendParsed<ClusterSettingsResponse>(
        EsRequest::put({QStringLiteral("_cluster"), QStringLiteral("settings")})
            .setJsonBody(compact(settings.toJson())));
}

ClusterInfoJob* CcrApi::clusterInfo()
{
    return m_client->sendParsed<ClusterInfo>(EsRequest::get({}));
}

LicenseJob* CcrApi::license()
{
    return m_client->sendParsed<LicenseInfo>(EsRequest::get({QStringLiteral("_license")}));
}

PrivilegesJob* CcrApi::hasPrivileges(const QStringList& clusterPrivileges,
                                     const QMap<QString, QStringList>& indexPrivileges)
{
    QJsonObject body;
    body.insert(QStringLiteral("cluster"), QJsonArray::fromStringList(clusterPrivileges));
    QJsonArray index;
    for (auto it = indexPrivileges.begin(); it != indexPrivileges.end(); ++it) {
        index.append(QJsonObject{{QStringLiteral("names"), QJsonArray{it.key()}},
                                 {QStringLiteral("privileges"), QJsonArray::fromStringList(it.value())}});
    }
    body.insert(QStringLiteral("index"), index);
    return m_client->sendParsed<PrivilegesResponse>(
        EsRequest::post({QStringLiteral("_security"), QStringLiteral("user"), QStringLiteral("_has_privileges")})
            .setJsonBody(compact(body)));
}

} // namespace duper
