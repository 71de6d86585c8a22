#pragma once

#include "core/es/EsError.h"
#include "core/verify/ConsistencyResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace duper {

class ClusterSession;
struct FollowStatsResponse;

// Checks whether follower indices hold the same documents as their leader indices, without waiting on anything:
// reads the follow info on the follower cluster, the shard checkpoints (GET /{followers}/_ccr/stats), both copies'
// document counts (GET /{index}/_count on each cluster, in parallel), then the checkpoints again to see whether
// anything moved meanwhile, and hands each follower's figures to ConsistencyRules. finished() once, then results().
// Deletes nothing and changes nothing on either cluster.
class ConsistencyCheck : public QObject
{
    Q_OBJECT

public:
    // `followers` empty = every follower index of the follower cluster. `leaderRemote`, when set, is the remote
    // cluster alias (on the follower) the leader session stands for: followers of other remotes are not checked.
    // Both sessions must outlive the check.
    ConsistencyCheck(ClusterSession* follower, ClusterSession* leader, QStringList followers, QString leaderRemote = {},
                     QObject* parent = nullptr);

    void start();

    // One entry per follower checked, in the order the follower cluster listed them.
    const QList<ConsistencyResult>& results() const { return m_results; }
    // Set when the follower list itself could not be read (then results() is empty).
    const EsError& error() const { return m_error; }

signals:
    void finished();

private:
    void readStats(bool second);
    void applyStats(const FollowStatsResponse& stats, bool second);
    void readCounts();
    void countAnswered();
    void judgeAll();
    // The indices still to read stats for: no problem yet and not paused.
    QStringList activeFollowers() const;

    QPointer<ClusterSession> m_follower;
    QPointer<ClusterSession> m_leader;
    QStringList m_requested;
    QString m_leaderRemote;
    QList<ConsistencyResult> m_results;
    EsError m_error;
    int m_pendingCounts = 0;
};

} // namespace duper
