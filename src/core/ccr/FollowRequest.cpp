#include "core/ccr/FollowRequest.h"

#include "core/json/JsonReader.h"

namespace duper {

QJsonObject FollowRequest::toJson() const
{
    QJsonObject object = parameters.toJson();
    object.insert(QStringLiteral("remote_cluster"), remoteCluster);
    object.insert(QStringLiteral("leader_index"), leaderIndex);
    if (dataStreamName)
        object.insert(QStringLiteral("data_stream_name"), *dataStreamName);
    if (!settings.isEmpty())
        object.insert(QStringLiteral("settings"), settings);
    return object;
}

std::optional<FollowRequest> FollowRequest::fromJson(const QJsonObject& object, QString* error)
{
    JsonReader reader(QStringLiteral("follow"));
    FollowRequest request;
    QString dataStreamName;
    bool ok = reader.optString(object, QStringLiteral("remote_cluster"), {}, request.remoteCluster) &&
              reader.optString(object, QStringLiteral("leader_index"), {}, request.leaderIndex) &&
              reader.optString(object, QStringLiteral("data_stream_name"), {}, dataStreamName) &&
              reader.optObject(object, QStringLiteral("settings"), {}, request.settings);
    if (ok && object.contains(QStringLiteral("data_stream_name")))
        request.dataStreamName = dataStreamName;
    if (ok) {
        QList<ValueError> errors;
        request.parameters = FollowParameters::fromJson(object, &errors);
        if (!errors.isEmpty())
            ok = reader.fail(QString(), errors.constFirst().message());
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return request;
}

} // namespace duper
