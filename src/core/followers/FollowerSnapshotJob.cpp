#include "core/followers/FollowerSnapshotJob.h"

#include "core/ccr/CcrApi.h"

#include <QDateTime>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

namespace duper {

namespace {

// Lets the pool's merge hand its result back only while the job still exists.
struct MergeGuard
{
    QMutex mutex;
    FollowerSnapshotJob* job = nullptr;
};

} // namespace

struct FollowerSnapshotJob::Private
{
    std::shared_ptr<const FollowerSnapshot> previous;
    QThreadPool* pool = nullptr;
    QPointer<FollowInfoJob> infoJob;
    QPointer<CcrStatsJob> statsJob;
    std::optional<FollowInfoResponse> info;
    std::optional<CcrStatsResponse> stats;
    std::shared_ptr<MergeGuard> guard = std::make_shared<MergeGuard>();

    // Stops whichever request is still running without hearing back from it.
    void abortRequests(QObject* receiver)
    {
        const auto abort = [receiver](EsJob* job) {
            if (job && !job->isFinished()) {
                QObject::disconnect(job, nullptr, receiver, nullptr);
                job->cancel(); // emits finished synchronously; the job deletes itself later
            }
        };
        abort(infoJob);
        abort(statsJob);
        infoJob = nullptr;
        statsJob = nullptr;
    }
};

FollowerSnapshotJob::FollowerSnapshotJob(CcrApi* api, std::shared_ptr<const FollowerSnapshot> previous,
                                         QThreadPool* pool, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->pool = pool ? pool : QThreadPool::globalInstance();
    d->previous = std::move(previous);
    d->guard->job = this;

    const auto failWith = [this](const EsJob* job) {
        if (m_finished)
            return;
        const EsError error = job->error();
        d->abortRequests(this);
        finish(error, /*queued=*/false);
    };

    // Only the parsed results are kept: each body is freed right after it is parsed.
    const auto prepare = [pool = d->pool](EsJob* job) {
        job->setRetainsBody(false);
        job->setThreadPool(pool);
    };
    FollowInfoJob* info = api->followInfo({});
    prepare(info);
    d->infoJob = info;
    info->onFinished(this, [this, failWith](FollowInfoJob* job) {
        d->infoJob = nullptr;
        if (job->hasError())
            return failWith(job);
        d->info = job->takeResult();
        mergeWhenComplete();
    });

    CcrStatsJob* stats = api->ccrStats();
    prepare(stats);
    d->statsJob = stats;
    stats->onFinished(this, [this, failWith](CcrStatsJob* job) {
        d->statsJob = nullptr;
        if (job->hasError())
            return failWith(job);
        d->stats = job->takeResult();
        mergeWhenComplete();
    });
}

FollowerSnapshotJob::~FollowerSnapshotJob()
{
    {
        QMutexLocker locker(&d->guard->mutex);
        d->guard->job = nullptr;
    }
    d->abortRequests(this);
}

void FollowerSnapshotJob::cancel()
{
    if (m_finished)
        return;
    d->abortRequests(this);
    finish(EsError::cancelled(), /*queued=*/true);
}

void FollowerSnapshotJob::mergeWhenComplete()
{
    if (m_finished || !d->info || !d->stats)
        return;
    const qint64 takenAtMs = QDateTime::currentMSecsSinceEpoch();
    // The responses move into the task (shared_ptr because QRunnable lambdas must be copyable), which frees them
    // there once merged: 10,000 followers take milliseconds to free.
    auto info = std::make_shared<FollowInfoResponse>(std::move(*d->info));
    auto stats = std::make_shared<CcrStatsResponse>(std::move(*d->stats));
    d->info.reset();
    d->stats.reset();
    std::shared_ptr<const FollowerSnapshot> previous = d->previous;
    std::shared_ptr<MergeGuard> guard = d->guard;
    d->pool->start(
        [info = std::move(info), stats = std::move(stats), previous = std::move(previous), guard, takenAtMs]() mutable {
            auto snapshot = std::make_shared<FollowerSnapshot>(
                FollowerSnapshot::build(*info, stats->followStats, takenAtMs, previous.get()));
            snapshot->autoFollowStats = std::move(stats->autoFollowStats);
            info.reset();
            stats.reset();
            QMutexLocker locker(&guard->mutex);
            if (FollowerSnapshotJob* job = guard->job) {
                // Posted while the job provably exists; Qt drops the event if the job is deleted before it runs.
                QMetaObject::invokeMethod(
                    job,
                    [job, snapshot]() {
                        if (job->m_finished)
                            return; // cancelled while merging
                        job->m_result = snapshot;
                        job->finish(EsError(), /*queued=*/false);
                    },
                    Qt::QueuedConnection);
            }
        });
}

void FollowerSnapshotJob::finish(EsError error, bool queued)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_error.isError())
        m_result.reset();
    if (!queued) {
        emitFinished();
        return;
    }
    // cancel() may run inside a caller's slot: finished() still comes from the event loop.
    QMetaObject::invokeMethod(this, &FollowerSnapshotJob::emitFinished, Qt::QueuedConnection);
}

void FollowerSnapshotJob::emitFinished()
{
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace duper
