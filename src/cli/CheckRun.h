#pragma once

#include "core/alerts/AlertThresholds.h"
#include "core/alerts/RetentionPeriod.h"
#include "core/followers/FollowerSnapshot.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>

namespace duper::cli {

class CommandContext;

// One run of `duper check`: reads the followers (one FollowerSnapshotJob), keeps the ones the patterns name, reads
// the retention lease period of paused followers' leader indices when a leader connection is given, applies the
// alert rules through an AlertMonitor (its condition times kept in the --state-file between runs) and prints the
// verdict. Anything that stops the check itself ends as UNKNOWN (3).
class CheckRun : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        AlertThresholds thresholds;
        QStringList followerPatterns; // empty: every follower
        QString stateFile;            // empty: none
        QString leaderRemoteCluster;  // empty: the leader connection stands for every remote cluster
    };

    CheckRun(CommandContext& context, Settings settings);

    void start();

private:
    void onSnapshot(std::shared_ptr<const FollowerSnapshot> snapshot);
    void evaluate(const QHash<QString, RetentionPeriod>& periodsByLeaderIndex);
    bool usesLeaderConnection(const FollowerRow& row) const;
    void unknown(const QString& reason);

    CommandContext& m_context;
    Settings m_settings;
    std::shared_ptr<const FollowerSnapshot> m_snapshot;
    QList<FollowerRow> m_rows; // the followers the patterns name
    QStringList m_notes;
};

} // namespace duper::cli
