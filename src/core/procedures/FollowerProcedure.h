#pragma once

#include "core/es/EsError.h"
#include "core/procedures/FollowerIndexState.h"
#include "core/procedures/ProcedureStep.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <optional>

namespace duper {

class CcrApi;
class EsJob;

// A multi-step change to one follower index (unfollow, recreate), run one request at a time and reported step by
// step. Every run starts by reading the index's state, and a step whose effect is already there ("already paused",
// "already closed") is reported as AlreadyDone instead of failing. So start() after a failure — or a new procedure
// on the same index after a crash — continues from where the index is. A failed step stops the run and says which
// step failed, why, and in which state the index was left.
class FollowerProcedure : public QObject
{
    Q_OBJECT

public:
    ~FollowerProcedure() override;

    const QString& index() const { return m_index; }
    // The steps in the order they run, for progress lists.
    const QList<ProcedureStep>& steps() const { return m_steps; }
    bool isRunning() const { return m_running; }
    // Set after a failed run, cleared by start().
    std::optional<ProcedureStep> failedStep() const { return m_failedStep; }
    const EsError& error() const { return m_error; }
    const FollowerIndexState& state() const { return m_state; }
    // One paragraph for people: which step failed, Elasticsearch's answer in plain words, the index's state.
    virtual QString failureReport() const;

public slots:
    // Runs the procedure, or runs it again after a failure. No effect while running.
    void start();
    // Aborts the request in flight; the run fails at that step with a Cancelled error.
    void cancel();

signals:
    void stepStarted(duper::ProcedureStep step);
    void stepFinished(duper::ProcedureStep step, duper::StepOutcome outcome);
    void stepFailed(duper::ProcedureStep step, const duper::EsError& error);
    void finished(bool succeeded);

protected:
    FollowerProcedure(CcrApi* api, QString index, QList<ProcedureStep> steps, QObject* parent);

    CcrApi* api() const { return m_api; }
    FollowerIndexState& mutableState() { return m_state; }

    // Performs `step`; must end by calling completeStep() or failStep(), now or later. Handles the shared steps
    // (Inspect, Pause, Close, Open); procedures override it for their own and call it for the rest.
    virtual void runStep(ProcedureStep step);

    void completeStep(StepOutcome outcome);
    void failStep(EsError error);
    // Watches `job`: on success calls `onSuccess`; on an error that `alreadyDone` recognises completes the step as
    // AlreadyDone; otherwise fails the step with the job's error.
    void track(EsJob* job, std::function<void()> onSuccess, std::function<bool(const EsError&)> alreadyDone = nullptr);

    // Called when the Inspect step has read the state; the default completes the step.
    virtual void afterInspect();
    // Fails the current step with Elasticsearch's own answer for a regular index (pause_follow answers 400
    // "index [x] is not a follower index"), so the message is the cluster's, not ours.
    void failAsNotFollower();

    // Steps shared by the procedures.
    void inspect();
    void pause();
    void close();
    void open();

private:
    void runNext();

    CcrApi* m_api;
    QString m_index;
    QList<ProcedureStep> m_steps;
    FollowerIndexState m_state;
    QPointer<EsJob> m_job;
    EsError m_error;
    std::optional<ProcedureStep> m_failedStep;
    qsizetype m_current = -1;
    bool m_running = false;
};

} // namespace duper
