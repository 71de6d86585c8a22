#pragma once

#include "core/dr/FailoverPlan.h"
#include "core/es/EsError.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace duper {

class CcrApi;
class EsJob;

// Reads what a failover from `remoteCluster` would do on the follower cluster: its remote clusters, follow info and
// auto-follow patterns, asked in parallel (all local to the follower cluster: they answer while the leader is
// down). Emits finished() once; then either plan() or error() is set. Running it again after a partial failover
// gives the plan of what is left, because the plan is always read from the cluster.
class FailoverPlanner : public QObject
{
    Q_OBJECT

public:
    FailoverPlanner(CcrApi* api, QString remoteCluster, QObject* parent = nullptr);
    ~FailoverPlanner() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const std::optional<FailoverPlan>& plan() const { return m_plan; }
    const EsError& error() const { return m_error; }
    // No remote cluster of that name is configured and nothing follows one: most likely a typo.
    bool unknownRemote() const { return m_unknownRemote; }

signals:
    void finished();

private:
    void answered(const EsJob* job);

    CcrApi* m_api;
    QString m_remoteCluster;
    QList<QPointer<EsJob>> m_jobs;
    int m_outstanding = 0;
    std::optional<FollowInfoResponse> m_followInfo;
    std::optional<QList<AutoFollowPattern>> m_patterns;
    bool m_remoteKnown = false;
    std::optional<FailoverPlan> m_plan;
    EsError m_error;
    bool m_unknownRemote = false;
    bool m_finished = false;
};

} // namespace duper
