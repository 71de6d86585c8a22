#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// GET /_nodes (or /_nodes/remote_cluster_server): each node's name, transport address and, when it runs one
// (remote_cluster_server.enabled), its remote cluster server publish address — the address (port 9443 by default)
// an API-key remote connects to. A node without one has an empty serverAddress.
struct RemoteClusterServerNodes
{
    struct Node
    {
        QString id;
        QString name;
        QString transportAddress;
        QString serverAddress; // remote_cluster_server.publish_address
    };

    QList<Node> nodes; // sorted by name

    // The distinct server addresses, sorted (empty when no node runs a remote cluster server).
    QStringList serverAddresses() const;
    static std::optional<RemoteClusterServerNodes> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
