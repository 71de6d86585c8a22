#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/batch/BatchOperation.h"
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

class BatchRunner;
class EsJob;
class FollowerActions;

// Follows many existing leader indices through FollowerActions::follow (a BatchRunner: a few at a time so neither
// cluster is flooded), each with its own result (followed, or failed with Elasticsearch's answer). Optionally, once
// every follow has been tried, creates the auto-follow pattern with the same remote, patterns, exclusions, follower
// names and parameters, so that leader indices created later follow too (auto-follow only picks up indices created
// after the pattern). cancel() starts nothing more and aborts the requests in flight; retryFailed() runs the failed and
// not-run indices again (and the pattern, if it failed).
class FollowManyOperation : public BatchOperation
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

    // `actions` must outlive the operation. Candidates that are not followable are left out.
    FollowManyOperation(FollowerActions* actions, const FollowManySpec& spec,
                        const QList<FollowManyCandidate>& candidates, const FollowParameters& parameters = {},
                        QObject* parent = nullptr);
    ~FollowManyOperation() override;

    // Also create the auto-follow pattern `name` at the end; empty = don't. Set before start().
    void setAutoFollowPatternName(const QString& name);
    QString autoFollowPatternName() const { return m_patternName; }
    PatternState patternState() const { return m_patternState; }
    const EsError& patternError() const { return m_patternError; }

    const FollowManySpec& spec() const { return m_spec; }
    const FollowParameters& parameters() const { return m_parameters; }
    int total() const override { return int(m_results.size()); }
    int doneCount() const override;
    // In the order the candidates were given.
    const QList<Result>& results() const { return m_results; }
    int count(Result::Outcome outcome) const;
    // Follower names that were followed.
    QStringList followed() const;
    // true when every index was followed and the pattern, if asked for, was created.
    bool allSucceeded() const;

    // start() follows every candidate that will be followed, then creates the auto-follow pattern when one is named;
    // cancel() also ends a pattern request in flight as cancelled; retryFailed() also creates a still missing pattern.
    void start() override;
    void cancel() override;
    void retryFailed() override;

signals:
    void itemFinished(const duper::FollowManyResult& result);
    void patternFinished(bool created);

private:
    void startRunner(bool retry);
    void onItemFinished(const QString& followerIndex, const BatchItemResult& item);
    void onRunnerFinished();
    void finishIfDone();
    void createPattern();

    FollowerActions* m_actions;
    FollowManySpec m_spec;
    FollowParameters m_parameters;
    QString m_patternName;
    PatternState m_patternState = PatternState::NotRequested;
    EsError m_patternError;
    QPointer<EsJob> m_patternJob;
    QList<Result> m_results;
    QHash<QString, qsizetype> m_indexOf; // follower name → position in m_results
    QPointer<BatchRunner> m_runner;
};

} // namespace duper
