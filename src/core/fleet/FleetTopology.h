#pragma once

#include "core/followers/FollowerRow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// The fleet's replication as a graph: saved clusters and the remotes no saved connection stands for as nodes, and one
// edge per follower cluster and remote alias it replicates from (a bi-directional pair is two edges). Pure data, what
// a map draws and `duper topology` prints.
struct FleetTopology
{
    enum class Match
    {
        None,        // the leader is no saved connection: an unknown node
        Address,     // a seed or proxy address of the remote is an address the leader's nodes publish
        ClusterName, // no address matched; the alias is the cluster name of exactly one saved cluster
    };

    struct Node
    {
        QString id;            // the connection id, or "unknown:<addresses>" for a cluster Duper has no connection for
        QString label;         // the connection's name, or the alias a follower knows it by
        QString clusterName;   // empty for an unknown node
        QStringList addresses; // an unknown node's seeds or proxy address
        bool known = true;

        friend bool operator==(const Node&, const Node&) = default;
    };

    struct Edge
    {
        QString followerId;          // connection id of the follower cluster
        QString followerName;        // its connection name
        QString alias;               // the remote cluster alias on the follower
        QString leaderId;            // a node id: a connection id, or the unknown node's id
        QString leaderName;          // the leader's connection name; empty when unknown
        QStringList leaderAddresses; // the remote's seeds or proxy address, as configured on the follower
        Match match = Match::None;
        bool connected = false;
        int followerCount = 0;
        int autoFollowPatterns = 0;
        // The worst state among its followers (Error, then Paused, then Active); nullopt without followers.
        std::optional<FollowerState> worstState;

        bool leaderKnown() const { return match != Match::None; }
        friend bool operator==(const Edge&, const Edge&) = default;
    };

    QList<Node> nodes; // saved clusters in the order given, then unknown ones by id
    QList<Edge> edges; // by follower name, then alias

    // Null when no edge goes from `followerId` through `alias`.
    const Edge* find(const QString& followerId, const QString& alias) const;
};

QString fleetMatchName(FleetTopology::Match match); // "address", "cluster_name", "none" (for JSON)

} // namespace duper
