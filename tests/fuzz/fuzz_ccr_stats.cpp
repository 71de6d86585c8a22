// GET /_ccr/stats bodies, read with simdjson on demand (CcrStatsResponse::parse, as CcrApi does), and read in pieces
// as they arrive (CcrStatsResponse::streamParser) with the same outcome.
#include "FuzzInput.h"
#include "StreamedParseCheck.h"
#include "core/ccr/CcrStatsResponse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const QByteArray body = duper::fuzz::bytes(data, size);
    const auto response = duper::CcrStatsResponse::parse(body, &error);
    if (!response && error.isEmpty())
        __builtin_trap();
    duper::fuzz::checkStreamedParse(*duper::CcrStatsResponse::streamParser(), body, response, error,
                                    [](const duper::CcrStatsResponse& a, const duper::CcrStatsResponse& b) {
                                        return duper::fuzz::sameFollowerStats(a.followStats.indices,
                                                                              b.followStats.indices) &&
                                               a.autoFollowStats.numberOfFailedFollowIndices ==
                                                   b.autoFollowStats.numberOfFailedFollowIndices &&
                                               a.autoFollowStats.recentAutoFollowErrors.size() ==
                                                   b.autoFollowStats.recentAutoFollowErrors.size();
                                    });
    return 0;
}
