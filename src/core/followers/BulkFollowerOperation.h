#pragma once

#include "core/es/EsError.h"
#include "core/procedures/ProcedureStep.h"
#include "core/values/FollowParameters.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

class CcrApi;
class EsJob;
class FollowerProcedure;

// One action (pause, resume, unfollow) over many follower indices, a few at a time so a cluster is not flooded
// and a slow index does not hold up the rest. Each index gets its own result: succeeded, already done (paused
// already, active already) or failed with Elasticsearch's answer; unfollow runs an UnfollowProcedure per index so
// a failure names the step and the state the index was left in. cancel() starts nothing more and aborts the
// requests in flight. retryFailed() runs the failed and not-run indices again.
class BulkFollowerOperation : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Pause,
        Resume,
        Unfollow
    };

    struct Result
    {
        enum class Outcome
        {
            Pending, // not finished yet (or not started because the operation was cancelled)
            Succeeded,
            AlreadyDone, // the index already was where the action leads: nothing to do
            Failed
        };

        QString name;
        Outcome outcome = Outcome::Pending;
        EsError error;                           // set when Failed
        QString message;                         // for people: why it failed (empty otherwise)
        std::optional<ProcedureStep> failedStep; // unfollow: the step that failed

        bool succeeded() const { return outcome == Outcome::Succeeded || outcome == Outcome::AlreadyDone; }
        bool alreadyDone() const { return outcome == Outcome::AlreadyDone; }
    };

    static constexpr int defaultConcurrency = 4;

    // `api` must outlive the operation. Duplicated names are acted on once.
    BulkFollowerOperation(CcrApi* api, Action action, const QStringList& followers, QObject* parent = nullptr);
    ~BulkFollowerOperation() override;

    Action action() const { return m_action; }
    QStringList followers() const;
    // Resume only: the parameters to resume each index with; an index without an entry resumes with
    // Elasticsearch's defaults. Set before start().
    void setResumeParameters(const QHash<QString, FollowParameters>& parameters) { m_resumeParameters = parameters; }
    void setMaxConcurrency(int count) { m_maxConcurrency = qMax(1, count); }
    int maxConcurrency() const { return m_maxConcurrency; }

    int total() const { return int(m_results.size()); }
    int doneCount() const { return m_done; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // In the order the followers were given.
    const QList<Result>& results() const { return m_results; }
    // Names whose result is Failed or Pending.
    QStringList unsuccessful() const;
    int count(Result::Outcome outcome) const;

    // "Pause", "Resume", "Unfollow", translated.
    static QString actionTitle(Action action);

public slots:
    // Runs every index. No effect while running.
    void start();
    // Starts no more indices and aborts the ones in flight; finished() follows.
    void cancel();
    // Runs the indices that failed or were not run again. No effect while running.
    void retryFailed();

signals:
    void progress(int done, int total);
    void itemFinished(const QString& name, const duper::BulkFollowerOperation::Result& result);
    void finished();

private:
    struct Running
    {
        QPointer<EsJob> job;
        QPointer<FollowerProcedure> procedure;
    };

    void run(const QList<qsizetype>& indices);
    void launchMore();
    void launch(qsizetype index);
    void complete(qsizetype index, Result::Outcome outcome, const EsError& error = {}, const QString& message = {},
                  std::optional<ProcedureStep> failedStep = std::nullopt);
    void finishIfDone();

    CcrApi* m_api;
    Action m_action;
    QList<Result> m_results;
    QHash<QString, FollowParameters> m_resumeParameters;
    QList<qsizetype> m_queue;
    QHash<qsizetype, Running> m_inFlight;
    int m_maxConcurrency = defaultConcurrency;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace duper
