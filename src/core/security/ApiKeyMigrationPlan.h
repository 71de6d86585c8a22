#pragma once

#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/ClusterSettingsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/RemoteInfoResponse.h"
#include "core/security/ApiKeyMigrationState.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// What migrating one certificate-based remote cluster alias of the follower cluster to a cross-cluster API key will
// do, read from the cluster and an unfinished earlier run's state (ApiKeyMigrationState): the settings to go back to
// on a rollback, the active followers and auto-follow patterns to pause and later resume. Pure data: it is also the
// dry run, and it changes nothing.
struct ApiKeyMigrationPlan
{
    QString alias;
    QString cluster;                    // the follower cluster (UUID, else name): where the state is kept
    RemoteClusterSettings previous;     // the alias's settings before the switch (from the earlier run when resumed)
    bool resumed = false;               // an earlier run's state was found
    bool alreadyMigrated = false;       // the alias uses a credential already and no earlier run is unfinished
    QStringList followersToPause;       // active followers whose remote_cluster is the alias, sorted
    QStringList patternsToPause;        // active auto-follow patterns on the alias, sorted
    QStringList followersPausedEarlier; // paused by the earlier run: resumed with the others
    QStringList patternsPausedEarlier;
    QStringList leftPaused; // followers of the alias someone else paused: the migration leaves them paused
    QStringList problems;   // why it cannot run, for people; empty = it can
    // The leader indices of the alias's followers and the leader index patterns of its auto-follow patterns, sorted:
    // what a new key must at least let replicate (a suggestion for the key's replication patterns).
    QStringList leaderIndices;

    static ApiKeyMigrationPlan build(const QString& alias, const ClusterSettingsResponse& settings,
                                     const RemoteInfoResponse& remotes, const FollowInfoResponse& followInfo,
                                     const QList<AutoFollowPattern>& patterns,
                                     const std::optional<ApiKeyMigrationState>& earlier);

    // What the migration pauses plus what the earlier run paused: exactly what it resumes.
    QStringList followersToResume() const;
    QStringList patternsToResume() const;
    // The state to keep before pausing.
    ApiKeyMigrationState state() const;
    QJsonObject toJson() const;
    // "sniff mode on a:9300, b:9300" / "proxy mode on a:9300", translated.
    static QString describe(const RemoteClusterSettings& settings);
};

} // namespace duper
