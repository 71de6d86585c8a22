#pragma once

namespace duper {

class HistorySql;

// The history file's layout and the connection's settings:
//   followers(id, connection, name)  one row per connection profile id and follower index name
//   samples   every refresh's figures, kept for the full-resolution period
//   minutes   per-minute min/avg/max, rolled up from samples, kept for the downsampled period
//   events    status or error-text changes, kept as long as minutes
//   meta      the roll-up watermark
// Figures a follower did not report are NULL. States are int(FollowerState), so MAX() is the worst one.
class HistorySchema
{
public:
    static constexpr int version = 1;

    // WAL journal (readers never wait for the writer; a crash loses at most the batch being written),
    // synchronous=NORMAL (durable at checkpoints, never corrupt), incremental auto-vacuum (deleted rows give their
    // space back), then a quick integrity check and the tables. False with sql.error() set on failure.
    static bool prepare(HistorySql& sql);
};

} // namespace duper
