#include "core/ccr/ClusterInfo.h"

#include "core/json/JsonReader.h"

namespace duper {

std::optional<ClusterInfo> ClusterInfo::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("cluster_info"));
    QJsonObject root;
    QJsonObject version;
    ClusterInfo info;
    const QString versionPath = QStringLiteral("version");
    if (!reader.open(body, root) || !reader.optString(root, QStringLiteral("name"), {}, info.name) ||
        !reader.optString(root, QStringLiteral("cluster_name"), {}, info.clusterName) ||
        !reader.optString(root, QStringLiteral("cluster_uuid"), {}, info.clusterUuid) ||
        !reader.optString(root, QStringLiteral("tagline"), {}, info.tagline) ||
        !reader.optObject(root, versionPath, {}, version) ||
        !reader.optString(version, QStringLiteral("number"), versionPath, info.versionNumber) ||
        !reader.optString(version, QStringLiteral("distribution"), versionPath, info.versionDistribution) ||
        !reader.optString(version, QStringLiteral("build_type"), versionPath, info.buildType)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return info;
}

} // namespace duper
