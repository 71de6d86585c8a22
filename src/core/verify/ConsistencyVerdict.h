#pragma once

#include <QString>

namespace duper {

// What a consistency check concluded about one follower index, with the figures that matter and a sentence that
// says it in words.
struct ConsistencyVerdict
{
    enum class Kind
    {
        Complete,  // every shard replicated up to the leader's max seq no, and the document counts agree
        Behind,    // some shard has not replicated everything yet
        Differs,   // checkpoints match the leader's on every shard, but the document counts do not (ES #89991)
        Unchecked, // the figures could not be read or compared; `text` says why
    };

    Kind kind = Kind::Unchecked;
    qint64 operationsBehind = 0;   // sum over the shards of leader max seq no - follower global checkpoint
    qint64 documentDifference = 0; // leader's count - follower's count (negative: the follower holds more)
    bool figuresMayBeStale = false;
    QString text; // translated

    // "complete", "behind", "differs", "unchecked": stable words for JSON and scripts.
    QString kindName() const;
};

} // namespace duper
