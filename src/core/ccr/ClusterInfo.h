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

    static std::optional<ClusterInfo> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
