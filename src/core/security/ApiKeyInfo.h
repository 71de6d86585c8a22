#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// One entry of GET /_security/api_key: a key's identity, state and, for type "cross_cluster", its access.
struct ApiKeyInfo
{
    QString id;
    QString name;
    QString type; // "cross_cluster" or "rest" (absent before 8.10: rest)
    qint64 creationMs = 0;
    std::optional<qint64> expirationMs;
    bool invalidated = false;
    QString username;
    QStringList replication; // access.replication[].names, flattened
    QStringList search;      // access.search[].names, flattened
    QJsonObject metadata;

    bool isCrossCluster() const { return type == u"cross_cluster"; }
    bool expiredAt(qint64 epochMs) const { return expirationMs && epochMs >= *expirationMs; }
};

} // namespace duper
