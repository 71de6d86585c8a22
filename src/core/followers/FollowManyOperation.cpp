#include "core/followers/FollowManyOperation.h"

#include "core/ccr/CcrApi.h"

namespace duper {

FollowManyOperation::FollowManyOperation(CcrApi* api, const FollowManySpec& spec,
                                         const QList<FollowManyCandidate>& candidates,
                                         const FollowParameters& parameters, QObject* parent)
    : QObject(parent), m_api(api), m_spec(spec), m_parameters(parameters)
{
    for (const FollowManyCandidate& candidate : candidates) {
        if (!candidate.followable())
            continue;
        Result result;
        result.leaderIndex = candidate.leaderIndex;
        result.followerIndex = candidate.followerIndex;
        result.dataStream = candidate.dataStream;
        m_results.append(result);
    }
}

FollowManyOperation::~FollowManyOperation()
{
    // Nothing may call back into a half-destroyed operation.
    for (const QPointer<EsJob>& job : std::as_const(m_inFlight)) {
        if (job)
            job->disconnect(this);
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

void FollowManyOperation::start()
{
    if (m_running)
        return;
    QList<qsizetype> all;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == Result::Outcome::Pending)
            all.append(i);
    }
    run(all);
}

void FollowManyOperation::retryFailed()
{
    if (m_running)
        return;
    QList<qsizetype> again;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        Result& result = m_results[i];
        if (result.succeeded())
            continue;
        if (result.outcome == Result::Outcome::Failed)
            --m_done;
        result.outcome = Result::Outcome::Pending;
        result.error = EsError();
        result.message.clear();
        again.append(i);
    }
    if (m_patternState == PatternState::Failed)
        m_patternState = PatternState::Pending;
    run(again);
}

void FollowManyOperation::run(const QList<qsizetype>& indices)
{
    m_running = true;
    m_cancelled = false;
    m_queue = indices;
    emit progress(m_done, total());
    launchMore();
    finishIfDone(); // nothing to follow: maybe only the pattern
}

void FollowManyOperation::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_queue.clear();
    // Cancelling a job reports its failure synchronously, which completes it.
    const QList<qsizetype> inFlight = m_inFlight.keys();
    for (qsizetype index : inFlight) {
        if (const QPointer<EsJob> job = m_inFlight.value(index))
            job->cancel();
    }
    for (qsizetype index : m_inFlight.keys())
        complete(index, Result::Outcome::Failed, EsError::cancelled());
    if (m_patternJob)
        m_patternJob->cancel();
    finishIfDone();
}

void FollowManyOperation::launchMore()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxConcurrency)
        launch(m_queue.takeFirst());
}

void FollowManyOperation::launch(qsizetype index)
{
    const Result& result = m_results.at(index);
    FollowRequest request;
    request.remoteCluster = m_spec.remoteCluster;
    request.leaderIndex = result.leaderIndex;
    request.parameters = m_parameters;
    FollowJob* job = m_api->follow(result.followerIndex, request);
    connect(job, &EsJob::finished, this, [this, index](EsJob* finished) {
        if (finished->hasError())
            complete(index, Result::Outcome::Failed, finished->error());
        else
            complete(index, Result::Outcome::Followed);
    });
    m_inFlight.insert(index, job);
}

void FollowManyOperation::complete(qsizetype index, Result::Outcome outcome, const EsError& error)
{
    if (m_inFlight.remove(index) == 0)
        return; // already reported (cancelled)
    Result& result = m_results[index];
    result.outcome = outcome;
    result.error = error;
    result.message = outcome == Result::Outcome::Failed ? error.userMessage() : QString();
    ++m_done;
    const Result copy = result; // slots may start another run that changes m_results
    emit itemFinished(copy);
    emit progress(m_done, total());
    if (!m_cancelled)
        launchMore();
    finishIfDone();
}

void FollowManyOperation::finishIfDone()
{
    if (!m_running || !m_inFlight.isEmpty() || !m_queue.isEmpty() || m_patternJob)
        return;
    if (!m_cancelled && m_patternState == PatternState::Pending) {
        createPattern();
        return;
    }
    m_running = false;
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
    AcknowledgedJob* job = m_api->putAutoFollowPattern(m_patternName, pattern);
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
