#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/dr/FailoverPlan.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace duper {

class BatchRunner;
class ClusterSession;
class EsJob;

// Carries out a FailoverPlan on the follower cluster's session, phase after phase (FailoverPlan::phases()), each
// phase through the session's shared services and one BatchRunner (bounded concurrency, per-item results). A failed
// item does not stop the run: in a disaster every index that can be promoted should be. A data stream is promoted
// only when all its backing indices were unfollowed. The closing Verify phase reads the follow info back and reports
// each planned follower that still follows the remote as failed.
//
// Resumable by construction: every step reads the index's state first (the procedures do), so planning and running
// again after a crash, a cancel or a failed step continues from where each index is.
class FailoverRun : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        FailoverPlan::Phase phase;
        BatchItemResult result;
    };

    // `session` must outlive the run.
    FailoverRun(ClusterSession* session, FailoverPlan plan, QObject* parent = nullptr);
    ~FailoverRun() override;

    const FailoverPlan& plan() const { return m_plan; }
    ClusterSession* session() const { return m_session; }

    void start();
    // Starts nothing more and cancels what is in flight; finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    // Every item that finished, in the order they finished, per phase.
    const QList<Item>& items() const { return m_items; }
    QList<Item> items(FailoverPlan::Phase phase) const;
    int failedCount() const;
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
    QPointer<BatchRunner> m_runner;
    QPointer<EsJob> m_verifyJob;
    QList<Item> m_items;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace duper
