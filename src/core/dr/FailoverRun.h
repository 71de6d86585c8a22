#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/dr/FailoverPlan.h"
#include "core/dr/RunRecord.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace duper {

class BatchRunner;
class ClusterSession;
class EsJob;

// One finished step of a failover: its phase and what became of it.
struct FailoverItem
{
    FailoverPlan::Phase phase;
    BatchItemResult result;
};

// Carries out a FailoverPlan on the follower cluster's session, phase after phase (FailoverPlan::phases()), each
// phase through the session's shared services and one BatchRunner (bounded concurrency, per-item results). A failed
// item does not stop the run: in a disaster every index that can be promoted should be. A data stream is promoted
// only when all its backing indices were unfollowed. The closing Verify phase reads the follow info back and reports
// each planned follower that still follows the remote as failed.
//
// Resumable by construction: every step reads the index's state first (the procedures do), so planning and running
// again after a crash, a cancel or a failed step continues from where each index is.
class FailoverRun : public QObject, public RunRecord<FailoverItem>
{
    Q_OBJECT

public:
    using Item = FailoverItem;

    // `session` must outlive the run.
    FailoverRun(ClusterSession* session, FailoverPlan plan, QObject* parent = nullptr);
    ~FailoverRun() override;

    const FailoverPlan& plan() const { return m_plan; }
    ClusterSession* session() const { return m_session; }

    void start();
    // Starts nothing more and cancels what is in flight; finished() follows.
    void cancel();

    // Ran to the end, nothing failed, and the check found nothing that still follows the remote.
    bool succeeded() const;

signals:
    void phaseStarted(duper::FailoverPlan::Phase phase, int itemCount);
    void itemFinished(duper::FailoverPlan::Phase phase, const duper::BatchItemResult& result);
    void finished();

private:
    void runPhase(int index);
    void runBatch(FailoverPlan::Phase phase, BatchRunner* runner, int index);
    void verify(int index);
    BatchRunner* promoteDataStreams();
    void record(FailoverPlan::Phase phase, const BatchItemResult& result);
    void finish();

    ClusterSession* m_session;
    FailoverPlan m_plan;
    QList<FailoverPlan::Phase> m_phases;
    QPointer<EsJob> m_verifyJob;
};

} // namespace duper
