#pragma once

#include "core/es/ErrorCause.h"

#include <QtGlobal>

namespace duper {

// One entry of a shard's `read_exceptions` in follow stats.
struct ReadException
{
    qint64 fromSeqNo = 0;
    int retries = 0;
    ErrorCause exception;
};

} // namespace duper
