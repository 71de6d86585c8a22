#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/dr/FailbackRun.h"
#include "core/es/EsError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace duper {

class BatchRunner;
class ClusterSession;
class FailoverRun;

// Switching back after a failback restores the original direction, composed of what exists: a failover on A for
// its alias to B (A's followers become regular indices again), then a failback with the roles swapped (B follows
// A through B's original alias to A; B's copies deleted only with Options::deleteConfirmed), then the auto-follow
// patterns of that alias on B that the first failover paused are resumed. Each stage plans from the clusters, so
// running it again after a failure continues. Stops at the first stage that does not succeed.
class SwitchBackRun : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Failover,
        Failback,
        ResumePatterns
    };

    // Both sessions must outlive the run. `aliasOnA` points to B, `aliasOnB` to A.
    SwitchBackRun(ClusterSession* sessionA, ClusterSession* sessionB, QString aliasOnA, QString aliasOnB,
                  FailbackRun::Options options, QObject* parent = nullptr);
    ~SwitchBackRun() override;

    void start();
    void cancel();

    // Null until their stage started.
    const FailoverRun* failoverRun() const { return m_failover; }
    const FailbackRun* failbackRun() const { return m_failback; }
    const QList<BatchItemResult>& resumedPatterns() const { return m_resumed; }
    const QString& aliasOnA() const { return m_aliasOnA; }
    const QString& aliasOnB() const { return m_aliasOnB; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    // Set when a stage could not be planned (its cluster did not answer).
    const EsError& error() const { return m_error; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    bool succeeded() const { return m_succeeded; }

signals:
    void stageStarted(duper::SwitchBackRun::Stage stage);
    void finished();

private:
    void failover();
    void failback();
    void resumePatterns();
    void stop(const EsError& error = {});

    ClusterSession* m_sessionA;
    ClusterSession* m_sessionB;
    QString m_aliasOnA;
    QString m_aliasOnB;
    FailbackRun::Options m_options;
    QPointer<QObject> m_current; // the planner, run or batch in flight
    QPointer<FailoverRun> m_failover;
    QPointer<FailbackRun> m_failback;
    QList<BatchItemResult> m_resumed;
    EsError m_error;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_succeeded = false;
};

QString switchBackStageKey(SwitchBackRun::Stage stage); // "failover", "failback", "resume_patterns"

} // namespace duper
