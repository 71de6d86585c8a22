// GET /_ccr/stats bodies, read with simdjson on demand (CcrStatsResponse::parse, as CcrApi does).
#include "FuzzInput.h"
#include "core/ccr/CcrStatsResponse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto response = duper::CcrStatsResponse::parse(duper::fuzz::bytes(data, size), &error);
    if (!response && error.isEmpty())
        __builtin_trap();
    return 0;
}
