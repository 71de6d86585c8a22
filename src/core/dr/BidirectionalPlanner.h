#pragma once

#include "core/dr/BidirectionalPlan.h"
#include "core/dr/PlannerReads.h"
#include "core/es/EsError.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace duper {

class ClusterSession;
class EsJob;

// Reads what setting up bi-directional replication between two clusters would do: on each cluster its remote
// clusters, its auto-follow patterns and its nodes' transport addresses (what the other side's alias connects to),
// all six asked in parallel. Emits finished() once; then either plan() or error() is set. Running it again after a
// partial run gives what is left, because the plan is always read from the clusters.
class BidirectionalPlanner : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString localAlias; // on the local cluster, pointing at the other
        QString otherAlias; // on the other cluster, pointing back
        QStringList leaderPatterns;
    };

    // Both sessions must outlive the planner.
    BidirectionalPlanner(ClusterSession* local, ClusterSession* other, Request request, QObject* parent = nullptr);
    ~BidirectionalPlanner() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const std::optional<BidirectionalPlan>& plan() const { return m_plan; }
    const EsError& error() const { return m_reads.error(); }
    // Which cluster error() came from (its name, for people).
    const QString& errorCluster() const { return m_errorCluster; }

    // A session's name for people: the cluster's name when known, else the connection's.
    static QString clusterName(const ClusterSession* session);

signals:
    void finished();

private:
    void read(ClusterSession* session, BidirectionalPlan::ClusterState* state);
    void answered(const EsJob* job, ClusterSession* session);

    ClusterSession* m_local;
    ClusterSession* m_other;
    Request m_request;
    PlannerReads m_reads;
    BidirectionalPlan::ClusterState m_localState;
    BidirectionalPlan::ClusterState m_otherState;
    std::optional<BidirectionalPlan> m_plan;
    QString m_errorCluster;
    bool m_finished = false;
};

} // namespace duper
