#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace duper {

// GET /: the node and cluster identity.
struct ClusterInfo
{
    QString name; // node name
    QString clusterName;
    QString clusterUuid;
    QString versionNumber;       // "8.13.4"
    QString versionDistribution; // empty for Elasticsearch, "opensearch" for OpenSearch
    QString tagline;
    QString buildType; // version.build_type: "docker", "tar", ... and "duper-sandbox" for Duper's emulator

    // The cluster is Duper's sandbox (it names itself so in version.build_type), which offers emulator-only
    // endpoints such as its keystore stand-in.
    bool isDuperSandbox() const { return buildType == QLatin1String("duper-sandbox"); }

    static std::optional<ClusterInfo> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
