#pragma once

#include <QString>

namespace duper::cli {

// The filter_path of the requests of `duper info` and `duper stats`: only the fields the output reads, so for 10,000
// followers 1.1 MB of follow info instead of 4.4 MB (the table needs no parameters) and 0.7 MB (info) or 2-2.4 MB
// (stats) of follow stats instead of 8.4 MB cross the wire and the parser. Elasticsearch leaves error bodies whole.
// A field added to what these commands print must be added here too (tst_cli_info compares the output with the
// unfiltered answers).
class StatusFilterPath
{
public:
    // GET /{indices}/_ccr/info for the info table: names and status. Empty (no filter) for --json, which shows all.
    static QString forInfo(bool json);
    // GET /_all/_ccr/stats for info: what FollowerSnapshot's Error rule reads (a fatal or a repeating read error).
    static QString forInfoStats();
    // GET /{indices}/_ccr/stats, or GET /_ccr/stats with `clusterLevel` (follow_stats under it, and the
    // auto-follow counters): the table's fields, and for `json` also each shard's id, remote cluster and leader.
    static QString forStats(bool json, bool clusterLevel);
};

} // namespace duper::cli
