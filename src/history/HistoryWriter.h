#pragma once

#include "history/HistoryBatch.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <optional>

namespace duper {

class HistorySql;

// Writes refresh batches: one transaction per batch (all of a refresh or nothing), a samples row per follower, and
// an events row when a follower's status or error text differs from the last one recorded. Caches follower ids
// and last events; forget() after maintenance deleted followers.
class HistoryWriter
{
public:
    // False with sql.error() set; the transaction is rolled back.
    bool write(HistorySql& sql, const HistoryBatch& batch);
    void forget();

private:
    std::optional<qint64> followerId(HistorySql& sql, const QString& connectionId, const QString& follower);
    bool recordEvent(HistorySql& sql, qint64 id, qint64 atMs, const FollowerSample& sample);

    QHash<QPair<QString, QString>, qint64> m_ids;
    QHash<qint64, QPair<int, QString>> m_lastEvents; // follower id → state, error text
};

} // namespace duper
