#pragma once

#include "core/batch/BatchItemResult.h"

#include <QDateTime>
#include <QList>
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
    // Ran to the end, not cancelled, nothing failed.
    bool endedCleanly() const { return !m_running && !m_cancelled && !m_finishedAt.isNull() && failedCount() == 0; }

    QList<Item> m_items;
    bool m_running = false;
    bool m_cancelled = false;

private:
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace duper
