#include "core/dr/FailbackRun.h"

#include "core/batch/BatchRunner.h"
#include "core/ccr/CcrApi.h"
#include "core/followers/FollowerActions.h"
#include "core/i18n/PluralCount.h"
#include "core/remotes/RemoteClusterActions.h"
#include "core/session/ClusterSession.h"

#include <QCoreApplication>
#include <memory>

namespace duper {

namespace {

constexpr int kRemoteChecks = 20; // ~ 5 s at the poll interval: a seeded remote connects at once when reachable

} // namespace

FailbackRun::FailbackRun(ClusterSession* sessionA, ClusterSession* sessionB, FailbackPlan plan, Options options,
                         QObject* parent)
    : QObject(parent), m_sessionA(sessionA), m_sessionB(sessionB), m_plan(std::move(plan)), m_options(options),
      m_phases(m_plan.phases())
{
    m_poll.setSingleShot(true);
}

FailbackRun::~FailbackRun()
{
    if (m_batch)
        m_batch->disconnect(this);
    for (const QPointer<EsJob>& job : std::as_const(m_jobs))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
}

void FailbackRun::start()
{
    if (!beginRecord())
        return;
    m_stoppedBeforeDeleting = m_remoteFailed = false;
    m_notFollowed.clear();
    m_caughtUp.clear();
    runPhase(0);
}

void FailbackRun::cancel()
{
    if (!cancelRecord())
        return;
    m_poll.stop();
    m_poll.disconnect(this);
    for (const QPointer<EsJob>& job : std::exchange(m_jobs, {}))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    finish();
}

void FailbackRun::runPhase(int index)
{
    m_jobs.removeAll(nullptr);
    if (m_cancelled || m_stoppedBeforeDeleting || m_remoteFailed || index >= m_phases.size()) {
        finish();
        return;
    }
    switch (m_phases.at(index)) {
    case FailbackPlan::Phase::EnsureRemote:
        return ensureRemote(index);
    case FailbackPlan::Phase::DeleteStaleCopies:
        return deleteCopies(index);
    case FailbackPlan::Phase::Follow:
        return follow(index);
    case FailbackPlan::Phase::CatchUp:
        emit phaseStarted(FailbackPlan::Phase::CatchUp, int(m_plan.indices.size() - m_notFollowed.size()));
        m_waiting.start();
        return pollCatchUp(index);
    case FailbackPlan::Phase::Verify:
        return verify(index);
    }
}

void FailbackRun::ensureRemote(int index)
{
    static constexpr auto phase = FailbackPlan::Phase::EnsureRemote;
    emit phaseStarted(phase, 1);
    if (m_plan.remoteExists && m_plan.remoteConnected) {
        record(phase, BatchItemResult::already(), m_plan.remoteCluster);
        return runPhase(index + 1);
    }
    if (m_plan.remoteExists)
        return checkRemote(index);
    RemoteClusterSettings settings;
    settings.alias = m_plan.remoteCluster;
    settings.mode = RemoteClusterMode::Sniff;
    settings.seeds = m_plan.seeds;
    EsJob* job = m_sessionA->remoteClusterActions()->save(settings);
    watch(job);
    connect(job, &EsJob::finished, this, [this, index](EsJob* saved) {
        if (saved->hasError()) {
            m_remoteFailed = true;
            fail(phase, m_plan.remoteCluster, saved->error(),
                 tr("Could not add the remote cluster: %1").arg(saved->error().userMessage()));
            return runPhase(index + 1);
        }
        checkRemote(index);
    });
}

void FailbackRun::checkRemote(int index, int attempt)
{
    static constexpr auto phase = FailbackPlan::Phase::EnsureRemote;
    RemoteInfoJob* job = m_sessionA->api()->remoteInfo();
    watch(job);
    job->onFinished(this, [this, index, attempt](RemoteInfoJob* info) {
        const RemoteClusterInfo* remote = info->result() ? info->result()->find(m_plan.remoteCluster) : nullptr;
        if (remote && remote->connected) {
            record(phase, BatchItemResult::done(), m_plan.remoteCluster);
            return runPhase(index + 1);
        }
        if (attempt + 1 < kRemoteChecks && !m_cancelled) {
            m_poll.disconnect(this);
            connect(&m_poll, &QTimer::timeout, this, [this, index, attempt] { checkRemote(index, attempt + 1); });
            m_poll.start(m_options.pollIntervalMs);
            return;
        }
        m_remoteFailed = true;
        const QString message = info->hasError()
                                    ? info->error().userMessage()
                                    : tr("The remote cluster %1 is not connected: is the promoted cluster reachable "
                                         "from this one at %2?")
                                          .arg(m_plan.remoteCluster, m_plan.seeds.join(QStringLiteral(", ")));
        fail(phase, m_plan.remoteCluster, info->hasError() ? info->error() : EsError::configuration(message), message);
        runPhase(index + 1);
    });
}

void FailbackRun::deleteCopies(int index)
{
    static constexpr auto phase = FailbackPlan::Phase::DeleteStaleCopies;
    if (!m_options.deleteConfirmed) {
        // Never without consent: stop here, before anything is deleted or followed.
        emit phaseStarted(phase, int(m_plan.staleCopies().size()));
        m_stoppedBeforeDeleting = true;
        const QString message = tr("Not deleted: deleting the old copies needs an explicit confirmation.");
        for (const QString& name : m_plan.dataStreamsToDelete + m_plan.indicesToDelete)
            fail(phase, name, EsError::configuration(message), message);
        return runPhase(index + 1);
    }
    const QStringList streams = m_plan.dataStreamsToDelete;
    CcrApi* api = m_sessionA->api();
    auto* runner = new BatchRunner(
        streams + m_plan.indicesToDelete,
        [api, streams](const QString& name, const BatchRunner::Finish& finish) {
            EsJob* job = streams.contains(name) ? api->deleteDataStream(name) : api->deleteIndex(name);
            return BatchRunner::finishWhenDone(job, finish, [](const EsError& e) { return e.httpStatus() == 404; });
        },
        this);
    connect(runner, &BatchRunner::itemFinished, this, [this](const QString& name, const BatchItemResult& r) {
        if (r.succeeded())
            return;
        for (const FailbackPlan::Index& planned : std::as_const(m_plan.indices))
            if (planned.onA == FailbackPlan::OnA::Copy && (planned.name == name || planned.dataStream == name))
                m_notFollowed.insert(planned.name);
    });
    runBatch(phase, runner, index);
}

void FailbackRun::follow(int index)
{
    static constexpr auto phase = FailbackPlan::Phase::Follow;
    QStringList names;
    QHash<QString, FollowRequest> requests;
    for (const QString& name : m_plan.toFollow()) {
        if (m_notFollowed.contains(name))
            continue;
        FollowRequest request;
        request.remoteCluster = m_plan.remoteCluster;
        request.leaderIndex = name;
        if (const FailbackPlan::Index* planned = m_plan.find(name); planned && !planned->dataStream.isEmpty())
            request.dataStreamName = planned->dataStream;
        names.append(name);
        requests.insert(name, request);
    }
    BatchRunner* runner = m_sessionA->followerActions()->follow(names, requests);
    connect(runner, &BatchRunner::itemFinished, this, [this](const QString& name, const BatchItemResult& r) {
        if (r.failed())
            m_notFollowed.insert(name);
    });
    runBatch(phase, runner, index);
}

void FailbackRun::pollCatchUp(int index)
{
    static constexpr auto phase = FailbackPlan::Phase::CatchUp;
    FollowStatsJob* job = m_sessionA->api()->followStats();
    watch(job);
    job->onFinished(this, [this, index](FollowStatsJob* stats) {
        QHash<QString, const FollowerStats*> byName;
        if (stats->result())
            for (const FollowerStats& follower : stats->result()->indices)
                byName.insert(follower.index, &follower);
        QHash<QString, qint64> behind; // follower → operations behind (-1: no stats yet)
        for (const FailbackPlan::Index& planned : std::as_const(m_plan.indices)) {
            if (m_notFollowed.contains(planned.name) || m_caughtUp.contains(planned.name))
                continue;
            const FollowerStats* follower = byName.value(planned.name);
            bool current = follower && !follower->shards.isEmpty() && follower->globalCheckpointLag() == 0;
            if (current)
                for (const ShardFollowStats& shard : follower->shards)
                    current = current && shard.followerGlobalCheckpoint >= shard.leaderGlobalCheckpoint;
            if (current) {
                m_caughtUp.insert(planned.name);
                record(phase, BatchItemResult::done(), planned.name);
            } else {
                behind.insert(planned.name, follower ? follower->globalCheckpointLag() : -1);
            }
        }
        if (behind.isEmpty() || m_cancelled)
            return runPhase(index + 1);
        if (m_waiting.elapsed() < m_options.catchUpTimeoutMs) {
            m_poll.disconnect(this);
            connect(&m_poll, &QTimer::timeout, this, [this, index] { pollCatchUp(index); });
            m_poll.start(m_options.pollIntervalMs);
            return;
        }
        const double seconds = m_options.catchUpTimeoutMs / 1000.0;
        for (auto it = behind.constBegin(); it != behind.constEnd(); ++it) {
            const QString message =
                it.value() < 0 ? tr("Not caught up after %1 s: no follow stats (is it following?).").arg(seconds)
                               : tr("Not caught up after %1 s: still %2 operation(s) behind; run again to keep "
                                    "waiting.",
                                    nullptr, pluralCount(it.value()))
                                     .arg(seconds)
                                     .arg(it.value());
            fail(phase, it.key(), EsError::configuration(message), message);
        }
        runPhase(index + 1);
    });
}

void FailbackRun::verify(int index)
{
    static constexpr auto phase = FailbackPlan::Phase::Verify;
    emit phaseStarted(phase, int(m_plan.indices.size()));
    auto statsA = std::make_shared<std::optional<IndexStatsResponse>>();
    auto statsB = std::make_shared<std::optional<IndexStatsResponse>>();
    auto infoA = std::make_shared<std::optional<FollowInfoResponse>>();
    auto outstanding = std::make_shared<int>(3);
    auto error = std::make_shared<EsError>();
    auto done = [this, index, statsA, statsB, infoA, outstanding, error](const EsJob* job) {
        if (job->hasError() && !error->isError())
            *error = job->error();
        if (--*outstanding > 0)
            return;
        if (error->isError()) {
            fail(phase, m_plan.remoteCluster, *error,
                 tr("Could not read the indices back: %1").arg(error->userMessage()));
            return runPhase(index + 1);
        }
        QSet<QString> following;
        for (const FollowerInfo& info : (*infoA)->followers)
            if (info.remoteCluster == m_plan.remoteCluster)
                following.insert(info.followerIndex);
        for (const FailbackPlan::Index& planned : std::as_const(m_plan.indices)) {
            const auto a = (*statsA)->indices.constFind(planned.name);
            const auto b = (*statsB)->indices.constFind(planned.name);
            QString problem;
            if (!following.contains(planned.name))
                problem = tr("Does not follow %1.").arg(m_plan.remoteCluster);
            else if (a == (*statsA)->indices.constEnd() || b == (*statsB)->indices.constEnd())
                problem = tr("Missing on one of the clusters.");
            else if (!a->sameAs(*b))
                problem = tr("Differs: %1 document(s) here, %2 on the promoted cluster (still being written?).",
                             nullptr, pluralCount(a->documents))
                              .arg(a->documents)
                              .arg(b->documents);
            if (problem.isEmpty())
                record(phase, BatchItemResult::done(), planned.name);
            else
                fail(phase, planned.name, EsError::configuration(problem), problem);
        }
        runPhase(index + 1);
    };
    IndexStatsJob* a = m_sessionA->api()->indexStats();
    IndexStatsJob* b = m_sessionB->api()->indexStats();
    FollowInfoJob* info = m_sessionA->api()->followInfo();
    for (EsJob* job : {static_cast<EsJob*>(a), static_cast<EsJob*>(b), static_cast<EsJob*>(info)})
        watch(job);
    a->onFinished(this, [statsA, done](IndexStatsJob* job) {
        *statsA = job->takeResult();
        done(job);
    });
    b->onFinished(this, [statsB, done](IndexStatsJob* job) {
        *statsB = job->takeResult();
        done(job);
    });
    info->onFinished(this, [infoA, done](FollowInfoJob* job) {
        *infoA = job->takeResult();
        done(job);
    });
}

void FailbackRun::runBatch(FailbackPlan::Phase phase, BatchRunner* runner, int index)
{
    runner->setMaxConcurrency(m_options.maxConcurrency);
    emit phaseStarted(phase, runner->total());
    runPhaseBatch(
        this, runner, [this, phase](const BatchItemResult& result) { record(phase, result); },
        [this, index] { runPhase(index + 1); });
}

void FailbackRun::watch(EsJob* job)
{
    m_jobs.append(job);
}

void FailbackRun::record(FailbackPlan::Phase phase, BatchItemResult result, const QString& name)
{
    if (!name.isEmpty())
        result.name = name;
    m_items.append({phase, result});
    emit itemFinished(phase, result);
}

void FailbackRun::fail(FailbackPlan::Phase phase, const QString& name, const EsError& error, const QString& message)
{
    record(phase, BatchItemResult::failure(error, message), name);
}

void FailbackRun::finish()
{
    endRecord();
    emit finished();
}

bool FailbackRun::succeeded() const
{
    return endedCleanly() && !m_stoppedBeforeDeleting;
}

} // namespace duper
