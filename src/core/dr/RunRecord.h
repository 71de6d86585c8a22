#pragma once

#include "core/batch/BatchItemResult.h"
#include "core/batch/BatchRunner.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <algorithm>

namespace duper {

// What a multi-step run (failover, failback, bi-directional setup) keeps about itself: whether it runs or was
// cancelled, when it started and finished, and every item that finished, in order. `Item` has a `phase` and a
// BatchItemResult `result`. A base of the run classes (next to QObject), so each one reports the same way.
template <typename Item> class RunRecord
{
public:
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    // Every item that finished, in the order they finished.
    const QList<Item>& items() const { return m_items; }
    template <typename Phase> QList<Item> items(Phase phase) const
    {
        QList<Item> inPhase;
        std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(inPhase),
                     [phase](const Item& item) { return item.phase == phase; });
        return inPhase;
    }
    int failedCount() const
    {
        return int(
            std::count_if(m_items.cbegin(), m_items.cend(), [](const Item& item) { return item.result.failed(); }));
    }

protected:
    // Starts a new record; false while one is running.
    bool beginRecord()
    {
        if (m_running)
            return false;
        m_running = true;
        m_cancelled = false;
        m_items.clear();
        m_startedAt = QDateTime::currentDateTimeUtc();
        m_finishedAt = QDateTime();
        return true;
    }
    void endRecord()
    {
        m_running = false;
        m_finishedAt = QDateTime::currentDateTimeUtc();
    }
    // Marks the record cancelled and cancels the batch in flight, whose finished() then ends the run; true when no
    // batch was in flight, so the caller ends the run itself. False too when nothing runs or it was cancelled.
    bool cancelRecord()
    {
        if (!m_running || m_cancelled)
            return false;
        m_cancelled = true;
        if (m_batch) {
            m_batch->cancel();
            return false;
        }
        return true;
    }
    // Runs one phase's batch (already created): owned by `owner`, reachable by cancelRecord(); `record(result)` for
    // every item that finished, then `next()` once the batch finished.
    template <typename Record, typename Next>
    void runPhaseBatch(QObject* owner, BatchRunner* runner, Record record, Next next)
    {
        runner->setParent(owner);
        m_batch = runner;
        QObject::connect(runner, &BatchRunner::itemFinished, owner,
                         [record](const QString&, const BatchItemResult& result) { record(result); });
        QObject::connect(runner, &BatchRunner::finished, owner, [this, runner, next] {
            m_batch = nullptr;
            runner->deleteLater();
            next();
        });
        runner->start();
    }
    // Ran to the end, not cancelled, nothing failed.
    bool endedCleanly() const { return !m_running && !m_cancelled && !m_finishedAt.isNull() && failedCount() == 0; }

    QList<Item> m_items;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<BatchRunner> m_batch; // of the phase in flight

private:
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace duper
