#include "core/followers/FollowManyOperation.h"

#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/followers/FollowManyPlan.h"
#include "core/followers/FollowerActions.h"

namespace duper {

FollowManyOperation::FollowManyOperation(FollowerActions* actions, const FollowManySpec& spec,
                                         const QList<FollowManyCandidate>& candidates,
                                         const FollowParameters& parameters, QObject* parent)
    : BatchOperation(parent), m_actions(actions), m_spec(spec), m_parameters(parameters)
{
    Q_ASSERT(actions);
    for (const FollowManyCandidate& candidate : candidates) {
        if (!candidate.followable() || m_indexOf.contains(candidate.followerIndex))
            continue;
        Result result;
        result.leaderIndex = candidate.leaderIndex;
        result.followerIndex = candidate.followerIndex;
        result.dataStream = candidate.dataStream;
        m_indexOf.insert(result.followerIndex, m_results.size());
        m_results.append(result);
    }
}

FollowManyOperation::~FollowManyOperation()
{
    // Nothing may call back into a half-destroyed operation.
    // Requests in flight go on (as before the runner): the runner goes with the operation and ignores their answers.
    if (m_runner) {
        m_runner->disconnect(this);
        delete m_runner;
    }
    if (m_patternJob)
        m_patternJob->disconnect(this);
}

void FollowManyOperation::setAutoFollowPatternName(const QString& name)
{
    m_patternName = name.trimmed();
    m_patternState = m_patternName.isEmpty() ? PatternState::NotRequested : PatternState::Pending;
}

int FollowManyOperation::count(Result::Outcome outcome) const
{
    int n = 0;
    for (const Result& result : m_results)
        n += result.outcome == outcome ? 1 : 0;
    return n;
}

QStringList FollowManyOperation::followed() const
{
    QStringList names;
    for (const Result& result : m_results) {
        if (result.succeeded())
            names.append(result.followerIndex);
    }
    return names;
}

bool FollowManyOperation::allSucceeded() const
{
    return count(Result::Outcome::Followed) == total() &&
           (m_patternState == PatternState::NotRequested || m_patternState == PatternState::Created);
}

int FollowManyOperation::doneCount() const
{
    return m_runner ? m_runner->doneCount() : 0;
}

void FollowManyOperation::start()
{
    if (isRunning())
        return;
    startRunner(false);
}

void FollowManyOperation::retryFailed()
{
    if (isRunning())
        return;
    for (Result& result : m_results) {
        if (result.succeeded())
            continue;
        result.outcome = Result::Outcome::Pending;
        result.error = EsError();
        result.message.clear();
    }
    if (m_patternState == PatternState::Failed)
        m_patternState = PatternState::Pending;
    startRunner(true);
}

void FollowManyOperation::startRunner(bool retry)
{
    setRunning(true);
    if (!m_runner) {
        QStringList names;
        QHash<QString, FollowRequest> requests;
        for (const Result& result : std::as_const(m_results)) {
            FollowRequest request;
            request.remoteCluster = m_spec.remoteCluster;
            request.leaderIndex = result.leaderIndex;
            request.parameters = m_parameters;
            // A backing index joins a (replicated) data stream on the follower, renamed like its indices.
            const QString stream = result.dataStream.isEmpty()
                                       ? FollowManyPlan::dataStreamOfBackingIndex(result.leaderIndex)
                                       : result.dataStream;
            if (!stream.isEmpty())
                request.dataStreamName = FollowManyPlan::followerName(m_spec.followIndexPattern, stream);
            names.append(result.followerIndex);
            requests.insert(result.followerIndex, request);
        }
        m_runner = m_actions->follow(names, requests);
        m_runner->setParent(this);
        m_runner->setMaxConcurrency(maxConcurrency());
        connect(m_runner, &BatchRunner::itemFinished, this, &FollowManyOperation::onItemFinished);
        connect(m_runner, &BatchRunner::progress, this, &FollowManyOperation::progress);
        connect(m_runner, &BatchRunner::finished, this, &FollowManyOperation::onRunnerFinished);
    } else {
        m_runner->setMaxConcurrency(maxConcurrency());
    }
    retry ? m_runner->retryFailed() : m_runner->start(); // nothing to follow: finishes at once, maybe the pattern
}

void FollowManyOperation::cancel()
{
    if (!isRunning())
        return;
    setCancelled();
    if (m_runner && m_runner->isRunning())
        m_runner->cancel(); // in-flight follows end Failed "cancelled", the rest stay Pending
    if (m_patternJob)
        m_patternJob->cancel();
    finishIfDone();
}

void FollowManyOperation::onItemFinished(const QString& followerIndex, const BatchItemResult& item)
{
    const qsizetype index = m_indexOf.value(followerIndex, -1);
    if (index < 0)
        return;
    Result& result = m_results[index];
    result.outcome = item.failed() ? Result::Outcome::Failed : Result::Outcome::Followed;
    result.error = item.failed() ? item.error : EsError();
    result.message = item.failed() ? item.message : QString();
    const Result copy = result; // slots may start another run that changes m_results
    emit itemFinished(copy);
}

void FollowManyOperation::onRunnerFinished()
{
    finishIfDone();
}

void FollowManyOperation::finishIfDone()
{
    if (!isRunning() || (m_runner && m_runner->isRunning()) || m_patternJob)
        return;
    if (!wasCancelled() && m_patternState == PatternState::Pending) {
        createPattern();
        return;
    }
    setRunning(false);
    emit finished();
}

void FollowManyOperation::createPattern()
{
    AutoFollowPattern pattern;
    pattern.name = m_patternName;
    pattern.remoteCluster = m_spec.remoteCluster;
    pattern.leaderIndexPatterns = m_spec.leaderIndexPatterns;
    pattern.leaderIndexExclusionPatterns = m_spec.leaderIndexExclusionPatterns;
    pattern.followIndexPattern = m_spec.followIndexPattern;
    pattern.parameters = m_parameters;
    pattern.parameters.waitForActiveShards.reset(); // a follow API query parameter only
    AcknowledgedJob* job = m_actions->api()->putAutoFollowPattern(m_patternName, pattern);
    m_patternJob = job;
    connect(job, &EsJob::finished, this, [this](EsJob* finished) {
        m_patternJob = nullptr;
        if (finished->hasError()) {
            m_patternState = PatternState::Failed;
            m_patternError = finished->error();
        } else {
            m_patternState = PatternState::Created;
            m_patternError = EsError();
        }
        emit patternFinished(m_patternState == PatternState::Created);
        finishIfDone();
    });
}

} // namespace duper
