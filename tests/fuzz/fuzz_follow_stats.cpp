// GET /{index}/_ccr/stats bodies, read with simdjson on demand (FollowStatsResponse::parse, as CcrApi does).
#include "FuzzInput.h"
#include "core/ccr/FollowStatsResponse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto response = duper::FollowStatsResponse::parse(duper::fuzz::bytes(data, size), &error);
    if (!response && error.isEmpty())
        __builtin_trap();
    return 0;
}
