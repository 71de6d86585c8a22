#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/dr/FailbackPlan.h"
#include "core/dr/RunRecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace duper {

class BatchRunner;
class ClusterSession;
class EsJob;

// One finished step of a failback: its phase and what became of it.
struct FailbackItem
{
    FailbackPlan::Phase phase;
    BatchItemResult result;
};

// Carries out a FailbackPlan: the remote, deletions, follows and the final check run on A's session; B's session is
// only read (its stats, to verify). Batches go through the sessions' shared services and BatchRunner. Deleting A's
// copies needs Options::deleteConfirmed: without it the run stops before deleting (stoppedBeforeDeleting()) and
// changes nothing else. An index whose copy could not be deleted is not followed. The catch-up wait polls A's
// follow stats until each follower's lag is 0, and gives up after Options::catchUpTimeoutMs, naming the laggards.
//
// Resumable: the plan is read from both clusters, so planning and running again continues — indices A already
// follows from B are neither deleted nor followed again, only waited for and verified.
class FailbackRun : public QObject, public RunRecord<FailbackItem>
{
    Q_OBJECT

public:
    struct Options
    {
        bool deleteConfirmed = false; // the user confirmed the deletion of plan().staleCopies()
        int catchUpTimeoutMs = 120000;
        int pollIntervalMs = 250;
        int maxConcurrency = 8;
    };
    using Item = FailbackItem;

    // Both sessions must outlive the run.
    FailbackRun(ClusterSession* sessionA, ClusterSession* sessionB, FailbackPlan plan, Options options,
                QObject* parent = nullptr);
    ~FailbackRun() override;

    const FailbackPlan& plan() const { return m_plan; }
    void start();
    void cancel();

    bool stoppedBeforeDeleting() const { return m_stoppedBeforeDeleting; }
    bool succeeded() const;

signals:
    void phaseStarted(duper::FailbackPlan::Phase phase, int itemCount);
    void itemFinished(duper::FailbackPlan::Phase phase, const duper::BatchItemResult& result);
    void finished();

private:
    void runPhase(int index);
    void ensureRemote(int index);
    void checkRemote(int index, int attempt = 0);
    void deleteCopies(int index);
    void follow(int index);
    void pollCatchUp(int index);
    void verify(int index);
    void runBatch(FailbackPlan::Phase phase, BatchRunner* runner, int index);
    void watch(EsJob* job);
    void record(FailbackPlan::Phase phase, BatchItemResult result, const QString& name = {});
    void fail(FailbackPlan::Phase phase, const QString& name, const EsError& error, const QString& message);
    void finish();

    ClusterSession* m_sessionA;
    ClusterSession* m_sessionB;
    FailbackPlan m_plan;
    Options m_options;
    QList<FailbackPlan::Phase> m_phases;
    QList<QPointer<EsJob>> m_jobs;
    QTimer m_poll;
    QElapsedTimer m_waiting;
    QSet<QString> m_notFollowed; // indices whose copy was not deleted or whose follow failed
    QSet<QString> m_caughtUp;
    bool m_stoppedBeforeDeleting = false;
    bool m_remoteFailed = false;
};

} // namespace duper
