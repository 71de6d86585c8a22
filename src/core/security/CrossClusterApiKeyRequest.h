#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// The body of POST /_security/cross_cluster/api_key (create; `name` required) and of
// PUT /_security/cross_cluster/api_key/<id> (update; no name, every part optional).
struct CrossClusterApiKeyRequest
{
    QString name;
    QStringList replication;           // leader index patterns the key may replicate (access.replication[0].names)
    QStringList search;                // index patterns it may search (access.search[0].names)
    std::optional<QString> expiration; // a time value such as "30d"; absent = never expires
    QJsonObject metadata;

    // For people, before any request: missing name (when `forCreate`), no access at all, a bad expiration.
    QStringList problems(bool forCreate = true) const;
    // {"name", "access": {"replication": [{"names": [...]}], "search": [...]}, "expiration", "metadata"}; parts
    // not set are left out.
    QJsonObject toJson(bool forCreate = true) const;
};

} // namespace duper
