#include "core/dr/FailoverRun.h"

#include "core/autofollow/AutoFollowActions.h"
#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/followers/FollowerActions.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <QSet>

namespace duper {

FailoverRun::FailoverRun(ClusterSession* session, FailoverPlan plan, QObject* parent)
    : QObject(parent), m_session(session), m_plan(std::move(plan)), m_phases(m_plan.phases())
{}

FailoverRun::~FailoverRun()
{
    if (m_batch)
        m_batch->disconnect(this);
    if (m_verifyJob) {
        m_verifyJob->disconnect(this);
        m_verifyJob->cancel();
    }
}

void FailoverRun::start()
{
    if (beginRecord())
        runPhase(0);
}

void FailoverRun::cancel()
{
    if (!cancelRecord())
        return;
    if (m_verifyJob) {
        m_verifyJob->disconnect(this);
        m_verifyJob->cancel();
    }
    finish();
}

void FailoverRun::runPhase(int index)
{
    if (m_cancelled || index >= m_phases.size()) {
        finish();
        return;
    }
    const FailoverPlan::Phase phase = m_phases.at(index);
    switch (phase) {
    case FailoverPlan::Phase::PausePatterns:
        runBatch(phase, m_session->autoFollowActions()->pause(m_plan.patternsToPause, this), index);
        return;
    case FailoverPlan::Phase::Unfollow:
        runBatch(phase, m_session->followerActions()->unfollow(m_plan.followerNames()), index);
        return;
    case FailoverPlan::Phase::PromoteDataStreams:
        runBatch(phase, promoteDataStreams(), index);
        return;
    case FailoverPlan::Phase::Verify:
        verify(index);
        return;
    }
}

void FailoverRun::runBatch(FailoverPlan::Phase phase, BatchRunner* runner, int index)
{
    emit phaseStarted(phase, runner->total());
    runPhaseBatch(
        this, runner, [this, phase](const BatchItemResult& result) { record(phase, result); },
        [this, index] { runPhase(index + 1); });
}

BatchRunner* FailoverRun::promoteDataStreams()
{
    // A stream can only be written to once none of its backing indices follows any more.
    QSet<QString> notUnfollowed;
    for (const Item& item : std::as_const(m_items))
        if (item.phase == FailoverPlan::Phase::Unfollow && !item.result.succeeded())
            notUnfollowed.insert(item.result.name);
    QHash<QString, QString> blockedBy; // stream → a backing index still following
    for (const FailoverPlan::Follower& follower : std::as_const(m_plan.followers))
        if (!follower.dataStream.isEmpty() && notUnfollowed.contains(follower.name))
            blockedBy.insert(follower.dataStream, follower.name);

    CcrApi* api = m_session->api();
    return new BatchRunner(
        m_plan.dataStreams,
        [api, blockedBy](const QString& stream, const BatchRunner::Finish& finish) -> BatchRunner::Cancel {
            if (blockedBy.contains(stream)) {
                const QString message =
                    QCoreApplication::translate("duper::FailoverRun",
                                                "Not promoted: its backing index %1 still follows the remote.")
                        .arg(blockedBy.value(stream));
                finish(BatchItemResult::failure(EsError::configuration(message), message));
                return {};
            }
            return BatchRunner::finishWhenDone(api->promoteDataStream(stream), finish);
        },
        this);
}

void FailoverRun::verify(int index)
{
    static constexpr FailoverPlan::Phase phase = FailoverPlan::Phase::Verify;
    emit phaseStarted(phase, int(m_plan.followers.size()));
    FollowInfoJob* job = m_session->api()->followInfo();
    m_verifyJob = job;
    job->onFinished(this, [this, index](FollowInfoJob* finishedJob) {
        m_verifyJob = nullptr;
        if (finishedJob->hasError()) {
            BatchItemResult result = BatchItemResult::failure(
                finishedJob->error(),
                QCoreApplication::translate("duper::FailoverRun", "Could not read the follow info back: %1")
                    .arg(finishedJob->error().userMessage()));
            result.name = m_plan.remoteCluster;
            record(phase, result);
            runPhase(index + 1);
            return;
        }
        QSet<QString> stillFollowing;
        for (const FollowerInfo& info : finishedJob->result()->followers)
            if (info.remoteCluster == m_plan.remoteCluster)
                stillFollowing.insert(info.followerIndex);
        const QString still =
            QCoreApplication::translate("duper::FailoverRun", "Still a follower of %1.").arg(m_plan.remoteCluster);
        for (const FailoverPlan::Follower& follower : std::as_const(m_plan.followers)) {
            BatchItemResult result = stillFollowing.contains(follower.name)
                                         ? BatchItemResult::failure(EsError::configuration(still), still)
                                         : BatchItemResult::done();
            result.name = follower.name;
            record(phase, result);
        }
        runPhase(index + 1);
    });
}

void FailoverRun::record(FailoverPlan::Phase phase, const BatchItemResult& result)
{
    m_items.append({phase, result});
    emit itemFinished(phase, result);
}

void FailoverRun::finish()
{
    endRecord();
    emit finished();
}

bool FailoverRun::succeeded() const
{
    return endedCleanly();
}

} // namespace duper
