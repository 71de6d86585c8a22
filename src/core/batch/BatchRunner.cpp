#include "core/batch/BatchRunner.h"

#include "core/es/EsJob.h"

#include <QPointer>
#include <QSet>

namespace duper {

BatchRunner::BatchRunner(const QStringList& items, Task task, QObject* parent)
    : BatchOperation(parent), m_task(std::move(task))
{
    QSet<QString> seen;
    for (const QString& name : items) {
        if (seen.contains(name))
            continue;
        seen.insert(name);
        BatchItemResult result;
        result.name = name;
        m_results.append(result);
    }
}

BatchRunner::~BatchRunner()
{
    // Whatever is in flight may still answer: its Finish checks that the runner is alive.
    m_inFlight.clear();
}

BatchRunner::Cancel BatchRunner::finishWhenDone(EsJob* job, const Finish& finish, const AlreadyDoneRule& alreadyDone)
{
    QObject::connect(job, &EsJob::finished, job, [finish, alreadyDone](EsJob* done) {
        if (!done->hasError())
            finish(BatchItemResult::done());
        else if (alreadyDone && alreadyDone(done->error()))
            finish(BatchItemResult::already());
        else
            finish(BatchItemResult::failure(done->error()));
    });
    QPointer<EsJob> guard(job);
    return [guard] {
        if (guard)
            guard->cancel();
    };
}

QStringList BatchRunner::items() const
{
    QStringList names;
    names.reserve(m_results.size());
    for (const BatchItemResult& result : m_results)
        names.append(result.name);
    return names;
}

QStringList BatchRunner::unsuccessful() const
{
    QStringList names;
    for (const BatchItemResult& result : m_results) {
        if (!result.succeeded())
            names.append(result.name);
    }
    return names;
}

int BatchRunner::count(BatchItemResult::Outcome outcome) const
{
    int n = 0;
    for (const BatchItemResult& result : m_results)
        n += result.outcome == outcome ? 1 : 0;
    return n;
}

int BatchRunner::succeededCount() const
{
    return count(BatchItemResult::Outcome::Succeeded) + count(BatchItemResult::Outcome::AlreadyDone);
}

void BatchRunner::start()
{
    if (isRunning())
        return;
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).outcome == BatchItemResult::Outcome::Pending)
            pending.append(i);
    }
    run(pending);
}

void BatchRunner::retryFailed()
{
    if (isRunning())
        return;
    QList<qsizetype> again;
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        BatchItemResult& result = m_results[i];
        if (result.succeeded())
            continue;
        if (result.failed())
            --m_done;
        const QString name = result.name;
        result = BatchItemResult();
        result.name = name;
        again.append(i);
    }
    run(again);
}

void BatchRunner::run(const QList<qsizetype>& indices)
{
    setRunning(true);
    m_queue = indices;
    emit progress(m_done, total());
    launchMore();
    finishIfDone(); // nothing to do at all
}

void BatchRunner::cancel()
{
    if (!isRunning())
        return;
    setCancelled();
    m_queue.clear();
    // A cancel may report its item at once, which removes it from m_inFlight.
    const QList<quint64> tokens = m_inFlight.keys();
    for (quint64 token : tokens) {
        const InFlight item = m_inFlight.value(token);
        if (item.cancel)
            item.cancel();
    }
    const QList<quint64> left = m_inFlight.keys();
    for (quint64 token : left)
        complete(token, BatchItemResult::failure(EsError::cancelled()));
    finishIfDone();
}

void BatchRunner::launchMore()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < maxConcurrency())
        launch(m_queue.takeFirst());
}

void BatchRunner::launch(qsizetype index)
{
    const quint64 token = ++m_nextToken;
    m_inFlight.insert(token, InFlight{index, {}});
    QPointer<BatchRunner> self(this);
    Finish finish = [self, token](BatchItemResult result) {
        if (self)
            self->complete(token, std::move(result));
    };
    Cancel cancel = m_task(m_results.at(index).name, finish);
    // The task may have finished at once; keep its cancel only while it runs.
    if (auto it = m_inFlight.find(token); it != m_inFlight.end())
        it->cancel = std::move(cancel);
}

void BatchRunner::complete(quint64 token, BatchItemResult result)
{
    const auto it = m_inFlight.find(token);
    if (it == m_inFlight.end())
        return; // already reported (cancelled, or a second answer)
    const qsizetype index = it->index;
    m_inFlight.erase(it);
    result.name = m_results.at(index).name;
    m_results[index] = result;
    ++m_done;
    emit itemFinished(result.name, result);
    emit progress(m_done, total());
    if (!wasCancelled())
        launchMore();
    finishIfDone();
}

void BatchRunner::finishIfDone()
{
    if (!isRunning() || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    setRunning(false);
    emit finished();
}

} // namespace duper
