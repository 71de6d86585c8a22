#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/dr/BidirectionalPlan.h"
#include "core/dr/RunRecord.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace duper {

class ClusterSession;

// Which of the two clusters of a bi-directional setup.
enum class BidirectionalSide
{
    Local,
    Other
};

struct BidirectionalItem
{
    BidirectionalPlan::Phase phase;
    BidirectionalSide side;
    BatchItemResult result; // result.name: the alias or the pattern
};

// Carries out a BidirectionalPlan on the two clusters' sessions, phase after phase (BidirectionalPlan::phases()):
// adds or repoints the remote aliases (RemoteClusterActions), creates the auto-follow patterns (AutoFollowActions),
// then reads both patterns back and reports each one that is missing or differs as failed. Both sides of a phase run
// in parallel; a side whose alias could not be added gets no pattern. Idempotent: a pattern that exists identically
// was planned as present and is not sent again, so planning and running again continues where a run stopped.
// A plan with a conflicting pattern does not run (finished() at once, with a failed item naming it).
class BidirectionalRun : public QObject, public RunRecord<BidirectionalItem>
{
    Q_OBJECT

public:
    using Which = BidirectionalSide;
    using Item = BidirectionalItem;

    // Both sessions must outlive the run.
    BidirectionalRun(ClusterSession* local, ClusterSession* other, BidirectionalPlan plan, QObject* parent = nullptr);
    ~BidirectionalRun() override;

    const BidirectionalPlan& plan() const { return m_plan; }

    void start();
    // Starts nothing more and cancels what is in flight; finished() follows.
    void cancel();

    // Ran to the end, nothing failed, and both patterns read back as planned.
    bool succeeded() const;

signals:
    void phaseStarted(duper::BidirectionalPlan::Phase phase, int itemCount);
    void itemFinished(duper::BidirectionalPlan::Phase phase, const duper::BatchItemResult& result);
    void finished();

private:
    void runPhase(int index);
    void addAliases(int index);
    void createPatterns(int index);
    void verify(int index);
    void stepDone(int index);
    bool failed(BidirectionalPlan::Phase phase, Which side) const;
    void record(BidirectionalPlan::Phase phase, Which side, const BatchItemResult& result);
    void finish();

    ClusterSession* session(Which side) const { return side == Which::Local ? m_local : m_other; }
    const BidirectionalPlan::Side& planned(Which side) const
    {
        return side == Which::Local ? m_plan.local : m_plan.other;
    }

    ClusterSession* m_local;
    ClusterSession* m_other;
    BidirectionalPlan m_plan;
    QList<BidirectionalPlan::Phase> m_phases;
    QList<QPointer<QObject>> m_inFlight; // jobs and runners of the current phase
    int m_outstanding = 0;
};

} // namespace duper
