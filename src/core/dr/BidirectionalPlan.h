#pragma once

#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/RemoteInfoResponse.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// Elastic's bi-directional replication as one action over two clusters: each cluster gets an auto-follow pattern
// that follows the other one through its remote alias. Follower names carry a suffix naming where they come from
// ("{{leader_index}}-replicated_from_<alias>") and both patterns exclude "*-replicated_from_*", so a replicated copy
// is never replicated back (no loop). Pure data: it is the dry run and changes nothing.
struct BidirectionalPlan
{
    enum class AliasState
    {
        Connected,
        Disconnected, // configured, not connected: its seeds are set to the other cluster's transport addresses
        Missing       // added with the other cluster's transport addresses
    };
    enum class PatternState
    {
        Create,
        Present, // an identical pattern of that name exists: done
        Conflict // a different pattern has that name: nothing is changed on it, the plan cannot run
    };
    enum class Phase
    {
        AddAliases,
        CreatePatterns,
        Verify
    };

    // What the planner read from one cluster.
    struct ClusterState
    {
        QString name; // for people (the cluster's name or the connection's)
        RemoteInfoResponse remotes;
        QList<AutoFollowPattern> patterns;
        QStringList transportAddresses; // of its nodes, from GET /_nodes
    };

    struct Side
    {
        QString cluster;      // this side's name, for people
        QString otherCluster; // the cluster it follows
        QString alias;        // this side's remote alias pointing at the other cluster
        AliasState aliasState = AliasState::Missing;
        QStringList seeds; // the other cluster's transport addresses (what an alias step writes)
        AutoFollowPattern pattern;
        PatternState patternState = PatternState::Create;
        QString conflict; // why an existing pattern of that name does not match

        bool needsAlias() const { return aliasState != AliasState::Connected; }
    };

    Side local; // the cluster of the session the action starts from
    Side other;

    static BidirectionalPlan build(const ClusterState& local, const QString& localAlias, const ClusterState& other,
                                   const QString& otherAlias, const QStringList& leaderPatterns);

    // The pattern one side gets: follows `leaderPatterns` of the cluster behind `alias`, except replicated copies.
    static AutoFollowPattern patternFor(const QString& alias, const QStringList& leaderPatterns);
    static QString patternName(const QString& alias) { return QStringLiteral("bidirectional-") + alias; }
    static QString followerSuffix(const QString& alias) { return QStringLiteral("-replicated_from_") + alias; }
    // Whether `existing` replicates what `wanted` does (same remote, patterns, exclusions, follower names); an
    // empty result means it does, else what differs.
    static QString difference(const AutoFollowPattern& existing, const AutoFollowPattern& wanted);
    // The transport addresses of GET /_nodes (nodes.*.transport_address), sorted.
    static std::optional<QStringList> parseTransportAddresses(const QByteArray& body, QString* error = nullptr);

    QList<Side> sides() const { return {local, other}; }
    bool hasConflict() const;
    // An alias to add whose other cluster told no transport address: it cannot be added.
    bool missingSeeds() const;
    // Everything exists already.
    bool isDone() const;
    QList<Phase> phases() const; // with something to do, in order; Verify always ends it
};

QString bidirectionalPhaseKey(BidirectionalPlan::Phase phase);   // "add_aliases", ... (JSON, reports)
QString bidirectionalPhaseTitle(BidirectionalPlan::Phase phase); // translated, for people
QString aliasStateKey(BidirectionalPlan::AliasState state);      // "connected", "disconnected", "missing"
QString patternStateKey(BidirectionalPlan::PatternState state);  // "create", "present", "conflict"

} // namespace duper
