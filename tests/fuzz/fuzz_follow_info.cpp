// GET /{index}/_ccr/info bodies, read with simdjson on demand (FollowInfoResponse::parse, as CcrApi does).
#include "FuzzInput.h"
#include "core/ccr/FollowInfoResponse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto response = duper::FollowInfoResponse::parse(duper::fuzz::bytes(data, size), &error);
    // A malformed body must always say why.
    if (!response && error.isEmpty())
        __builtin_trap();
    return 0;
}
