#include "history/HistoryBatch.h"

#include "core/followers/FollowerSnapshot.h"

namespace duper {

HistoryBatch HistoryBatch::fromSnapshot(const QString& connectionId, const FollowerSnapshot& snapshot)
{
    HistoryBatch batch;
    batch.connectionId = connectionId;
    batch.takenAtMs = snapshot.takenAtMs;
    batch.samples.reserve(snapshot.rows.size());
    for (const FollowerRow& row : snapshot.rows)
        batch.samples.append(FollowerSample::fromRow(row));
    return batch;
}

} // namespace duper
