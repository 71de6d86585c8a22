#pragma once

#include "core/values/FollowParameters.h"

#include <limits>

namespace duper::sandbox {

// The follow parameters in force (set or ES default) as plain numbers for the replication simulator.
struct FollowLimits
{
    qint64 maxReadOps = 5120;
    qint64 maxOutstandingReads = 12;
    qint64 maxReadBytes = 32LL * 1024 * 1024;
    qint64 maxWriteOps = 5120;
    qint64 maxWriteBytes = std::numeric_limits<qint64>::max();
    qint64 maxOutstandingWrites = 9;
    qint64 maxBufferCount = std::numeric_limits<int>::max();
    qint64 maxBufferBytes = 512LL * 1024 * 1024;

    static FollowLimits from(const FollowParameters& p)
    {
        FollowLimits l;
        l.maxReadOps = p.maxReadRequestOperationCount.value_or(static_cast<int>(l.maxReadOps));
        l.maxOutstandingReads = p.maxOutstandingReadRequests.value_or(static_cast<int>(l.maxOutstandingReads));
        l.maxReadBytes = p.maxReadRequestSize ? p.maxReadRequestSize->bytes() : l.maxReadBytes;
        l.maxWriteOps = p.maxWriteRequestOperationCount.value_or(static_cast<int>(l.maxWriteOps));
        l.maxWriteBytes = p.maxWriteRequestSize ? p.maxWriteRequestSize->bytes() : l.maxWriteBytes;
        l.maxOutstandingWrites = p.maxOutstandingWriteRequests.value_or(static_cast<int>(l.maxOutstandingWrites));
        l.maxBufferCount = p.maxWriteBufferCount.value_or(static_cast<int>(l.maxBufferCount));
        l.maxBufferBytes = p.maxWriteBufferSize ? p.maxWriteBufferSize->bytes() : l.maxBufferBytes;
        return l;
    }
};

} // namespace duper::sandbox
