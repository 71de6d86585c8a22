#pragma once

#include "core/es/EsError.h"
#include "core/followers/FollowManyCandidate.h"
#include "core/followers/FollowManyResult.h"
#include "core/followers/FollowManySpec.h"
#include "core/values/FollowParameters.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace duper {

class CcrApi;
class EsJob;

// Follows many existing leader indices, a few at a time so neither cluster is flooded, each with its own result
// (followed, or failed with Elasticsearch's answer). Optionally, once every follow has been tried, creates the
// auto-follow pattern with the same remote, patterns, exclusions, follower names and parameters, so that leader
// indices created later follow too (auto-follow only picks up indices created after the pattern).
// cancel() starts nothing more and aborts the requests in flight; retryFailed() runs the failed and not-run
// indices again (and the pattern, if it failed).
class FollowManyOperation : public QObject
{
    Q_OBJECT

public:
    using Result = FollowManyResult;

    enum class PatternState
    {
        NotRequested,
        Pending,
        Created,
        Failed
    };

    static constexpr int defaultConcurrency = 4;

    // `api` must outlive the operation. Candidates that are not followable are left out.
    FollowManyOperation(CcrApi* api, const FollowManySpec& spec, const QList<FollowManyCandidate>& candidates,
                        const FollowParameters& parameters = {}, QObject* parent = nullptr);
    ~FollowManyOperation() override;

    // Also create the auto-follow pattern `name` at the end; empty = don't. Set before start().
    void setAutoFollowPatternName(const QString& name);
    QString autoFollowPatternName() const { return m_patternName; }
    PatternState patternState() const { return m_patternState; }
    const EsError& patternError() const { return m_patternError; }

    void setMaxConcurrency(int count) { m_maxConcurrency = qMax(1, count); }
    int maxConcurrency() const { return m_maxConcurrency; }

    const FollowManySpec& spec() const { return m_spec; }
    const FollowParameters& parameters() const { return m_parameters; }
    int total() const { return int(m_results.size()); }
    int doneCount() const { return m_done; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // In the order the candidates were given.
    const QList<Result>& results() const { return m_results; }
    int count(Result::Outcome outcome) const;
    // Follower names that were followed.
    QStringList followed() const;
    // true when every index was followed and the pattern, if asked for, was created.
    bool allSucceeded() const;

public slots:
    void start();
    void cancel();
    void retryFailed();

signals:
    void progress(int done, int total);
    void itemFinished(const duper::FollowManyResult& result);
    void patternFinished(bool created);
    void finished();

private:
    void run(const QList<qsizetype>& indices);
    void launchMore();
    void launch(qsizetype index);
    void complete(qsizetype index, Result::Outcome outcome, const EsError& error = {});
    void finishIfDone();
    void createPattern();

    CcrApi* m_api;
    FollowManySpec m_spec;
    FollowParameters m_parameters;
    QString m_patternName;
    PatternState m_patternState = PatternState::NotRequested;
    EsError m_patternError;
    QPointer<EsJob> m_patternJob;
    QList<Result> m_results;
    QList<qsizetype> m_queue;
    QHash<qsizetype, QPointer<EsJob>> m_inFlight;
    int m_maxConcurrency = defaultConcurrency;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace duper
