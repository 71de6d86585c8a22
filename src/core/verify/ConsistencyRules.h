#pragma once

#include "core/verify/ConsistencyFigures.h"
#include "core/verify/ConsistencyVerdict.h"

#include <QCoreApplication>

namespace duper {

// Turns the figures of one follower into a verdict. A shard is caught up when its follower global checkpoint has
// reached the leader's max sequence number. All shards caught up: Complete when the document counts agree, else
// Differs (the copy lost or gained documents although the checkpoints say it has every operation, as in
// elastic/elasticsearch#89991). Some shard not caught up: Behind by the operations still missing. Missing figures
// (paused follower, missing index, unreachable cluster) give Unchecked with the reason. Pure: no I/O.
class ConsistencyRules
{
    Q_DECLARE_TR_FUNCTIONS(duper::ConsistencyRules)

public:
    static ConsistencyVerdict judge(const ConsistencyFigures& figures);

    // Sum over the shards of leader max seq no - follower global checkpoint (never negative per shard).
    static qint64 operationsBehind(const ConsistencyFigures& figures);
    // Every shard's follower global checkpoint has reached the leader's max seq no (false without shards).
    static bool caughtUp(const ConsistencyFigures& figures);
    // Some shard reports failed reads or a fatal error: its view of the leader may be out of date.
    static bool readsFailing(const ConsistencyFigures& figures);

private:
    static ConsistencyVerdict unchecked(const ConsistencyFigures& figures);
};

} // namespace duper
