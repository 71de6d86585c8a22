#pragma once

#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/DataStreamsResponse.h"
#include "core/ccr/FollowInfoResponse.h"
#include "core/ccr/FollowStatsResponse.h"
#include "core/ccr/RemoteClusterMode.h"
#include "core/ccr/RemoteInfoResponse.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duper {

// What one cluster replicates, per remote cluster alias: is the remote connected, how many follower indices follow it
// in each state, its auto-follow patterns and the replicated data streams fed from it. The overview a disaster
// recovery starts from ("what would failing over from this remote touch?"). Pure data, built from answers that are
// all local to this cluster, so it can be read while a leader is down.
struct ReplicationTopology
{
    struct Remote
    {
        QString alias;
        bool configured = true; // false: followers or patterns name an alias that _remote/info does not list
        bool connected = false;
        RemoteClusterMode mode = RemoteClusterMode::Sniff;
        QStringList addresses; // seeds (sniff) or the proxy address
        int activeFollowers = 0;
        int pausedFollowers = 0;
        int errorFollowers = 0; // counted among neither active nor paused
        QStringList activePatterns;
        QStringList pausedPatterns;
        QStringList dataStreams; // replicated data streams whose backing indices follow this remote, sorted

        int followerCount() const { return activeFollowers + pausedFollowers + errorFollowers; }
        bool replicatesAnything() const
        {
            return followerCount() > 0 || !activePatterns.isEmpty() || !pausedPatterns.isEmpty();
        }

        friend bool operator==(const Remote&, const Remote&) = default;
    };

    QList<Remote> remotes;    // sorted by alias
    bool errorsKnown = false; // false: the follower stats could not be read; errors count as active/paused
    bool dataStreamsKnown = false;

    // `stats` null = unknown (no Error state); `dataStreams` null = unknown (streams are then inferred from the
    // followers' backing index names).
    static ReplicationTopology build(const RemoteInfoResponse& remotes, const FollowInfoResponse& followInfo,
                                     const QList<AutoFollowPattern>& patterns, const FollowStatsResponse* stats,
                                     const DataStreamsResponse* dataStreams);

    // Null when no remote is called `alias`.
    const Remote* find(const QString& alias) const;
};

} // namespace duper
