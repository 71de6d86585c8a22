#pragma once

#include "core/verify/ConsistencyFigures.h"
#include "core/verify/ConsistencyVerdict.h"

namespace duper {

// One follower index's consistency check: what was read, and what the rules made of it.
struct ConsistencyResult
{
    ConsistencyFigures figures;
    ConsistencyVerdict verdict;
};

} // namespace duper
