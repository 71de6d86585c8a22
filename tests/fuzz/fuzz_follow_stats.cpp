// GET /{index}/_ccr/stats bodies, read with simdjson on demand (FollowStatsResponse::parse, as CcrApi does).
#include "FuzzInput.h"
#include "StreamedParseCheck.h"
#include "core/ccr/FollowStatsResponse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const QByteArray body = duper::fuzz::bytes(data, size);
    const auto response = duper::FollowStatsResponse::parse(body, &error);
    if (!response && error.isEmpty())
        __builtin_trap();
    duper::fuzz::checkStreamedParse(*duper::FollowStatsResponse::streamParser(), body, response, error,
                                    [](const duper::FollowStatsResponse& a, const duper::FollowStatsResponse& b) {
                                        return duper::fuzz::sameFollowerStats(a.indices, b.indices);
                                    });
    return 0;
}
