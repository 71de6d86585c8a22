#include "core/security/ReloadSecureSettingsResponse.h"

#include "core/json/JsonReader.h"

#include <algorithm>

namespace duper {

bool ReloadSecureSettingsResponse::allReloaded() const
{
    if (failed > 0 || total == 0)
        return false;
    return std::all_of(nodes.cbegin(), nodes.cend(), [](const Node& node) { return node.reloaded(); });
}

std::optional<ReloadSecureSettingsResponse> ReloadSecureSettingsResponse::parse(const QByteArray& body, QString* error)
{
    return parseJsonObject<ReloadSecureSettingsResponse>(
        QStringLiteral("reload secure settings"), body, error,
        [](JsonReader& reader, const QJsonObject& root, ReloadSecureSettingsResponse& response) {
            QJsonObject summary;
            QJsonObject nodes;
            if (!reader.optObject(root, QStringLiteral("_nodes"), {}, summary) ||
                !reader.optInt(summary, QStringLiteral("total"), QStringLiteral("_nodes"), response.total) ||
                !reader.optInt(summary, QStringLiteral("successful"), QStringLiteral("_nodes"), response.successful) ||
                !reader.optInt(summary, QStringLiteral("failed"), QStringLiteral("_nodes"), response.failed) ||
                !reader.optObjectList(summary, QStringLiteral("failures"), QStringLiteral("_nodes"),
                                      response.failureReasons,
                                      [&reader](const QJsonObject& o, const QString& path, QString& reason) {
                                          return reader.optString(o, QStringLiteral("reason"), path, reason);
                                      }) ||
                !reader.optString(root, QStringLiteral("cluster_name"), {}, response.clusterName) ||
                !reader.optObject(root, QStringLiteral("nodes"), {}, nodes))
                return false;
            for (auto it = nodes.begin(); it != nodes.end(); ++it) {
                const QString path = JsonReader::join(QStringLiteral("nodes"), it.key());
                Node node;
                node.id = it.key();
                QJsonObject failure;
                const QJsonObject o = it.value().toObject();
                if (!reader.optString(o, QStringLiteral("name"), path, node.name) ||
                    !reader.optObject(o, QStringLiteral("reload_exception"), path, failure) ||
                    !reader.optString(failure, QStringLiteral("type"), path, node.failureType) ||
                    !reader.optString(failure, QStringLiteral("reason"), path, node.failureReason))
                    return false;
                response.nodes.append(node);
            }
            std::sort(response.nodes.begin(), response.nodes.end(),
                      [](const Node& a, const Node& b) { return a.name < b.name; });
            return true;
        });
}

} // namespace duper
