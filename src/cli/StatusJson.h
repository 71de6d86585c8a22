#pragma once

#include <QList>

namespace duper {
struct AutoFollowStats;
struct FollowerStats;
class FollowParameters;
} // namespace duper

namespace duper::cli {

class JsonStreamWriter;
struct InfoFollower;

// The --json of `duper info` and `duper stats`, streamed (no document of 10,000 objects): keys in the order
// Elasticsearch writes its own (follow info, follow stats, auto_follow_stats), Duper's additions after them.
class StatusJson
{
public:
    // {"follower_indices": [...]}: follow info's fields, then "state" (Duper's reading with the shard stats) and, for
    // a follower stopped on an error, "error".
    static void writeInfo(JsonStreamWriter& out, const QList<InfoFollower>& followers);
    // {"auto_follow_stats": {...} (when given), "indices": [...]}: per follower the sums over its shards, and each
    // shard's figures when `shardLevel`.
    static void writeStats(JsonStreamWriter& out, const QList<duper::FollowerStats>& followers, bool shardLevel,
                           const duper::AutoFollowStats* autoFollow);
    // The parameters that are set, as follow info renders them: counts as numbers, sizes and times as text.
    static void writeParameters(JsonStreamWriter& out, const duper::FollowParameters& parameters);
};

} // namespace duper::cli
