#pragma once

#include "core/dr/FailbackPlan.h"
#include "core/dr/PlannerReads.h"
#include "core/es/EsError.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace duper {

class CcrApi;
class EsJob;

// Reads what failing back would do, all in parallel: on A (the old leader, the cluster that will follow) its remote
// clusters, follow info, index stats and data streams; on B (the promoted cluster) its follow info, index stats and
// transport address. Emits finished() once; then plan() or error() is set (errorOnB() says which cluster failed).
class FailbackPlanner : public QObject
{
    Q_OBJECT

public:
    // Both APIs must outlive the planner.
    FailbackPlanner(CcrApi* apiA, CcrApi* apiB, QString remoteCluster, QObject* parent = nullptr);
    ~FailbackPlanner() override;

    void start();
    void cancel();

    const std::optional<FailbackPlan>& plan() const { return m_plan; }
    const EsError& error() const { return m_reads.error(); }
    bool errorOnB() const { return m_errorOnB; }

signals:
    void finished();

private:
    template <typename Job, typename Store> void read(Job* job, bool onB, Store store);
    void answered(const EsJob* job, bool onB);

    CcrApi* m_apiA;
    CcrApi* m_apiB;
    QString m_remoteCluster;
    PlannerReads m_reads;
    FailbackPlan::Input m_input;
    std::optional<FailbackPlan> m_plan;
    bool m_errorOnB = false;
};

} // namespace duper
