#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// POST /_nodes/reload_secure_settings: {"_nodes": {"total", "successful", "failed"}, "cluster_name",
// "nodes": {"<id>": {"name", "reload_exception"?: {"type", "reason"}}}}. A node that could not reload (its keystore
// is wrong, or it did not answer) counts as failed; its reason says why.
struct ReloadSecureSettingsResponse
{
    struct Node
    {
        QString id;
        QString name;
        QString failureType;   // reload_exception.type, empty when it reloaded
        QString failureReason; // reload_exception.reason
        bool reloaded() const { return failureType.isEmpty() && failureReason.isEmpty(); }
    };

    int total = 0;
    int successful = 0;
    int failed = 0;
    QString clusterName;
    QList<Node> nodes;          // sorted by name
    QStringList failureReasons; // _nodes.failures[].reason (nodes that did not answer)

    bool allReloaded() const;
    static std::optional<ReloadSecureSettingsResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
