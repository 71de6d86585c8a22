// GET /{index}/_ccr/info bodies, read with simdjson on demand (FollowInfoResponse::parse, as CcrApi does).
#include "FuzzInput.h"
#include "StreamedParseCheck.h"
#include "core/ccr/FollowInfoResponse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const QByteArray body = duper::fuzz::bytes(data, size);
    const auto response = duper::FollowInfoResponse::parse(body, &error);
    // A malformed body must always say why.
    if (!response && error.isEmpty())
        __builtin_trap();
    // Read in pieces as it arrives, the same body gives the same followers or the same error.
    duper::fuzz::checkStreamedParse(*duper::FollowInfoResponse::streamParser(), body, response, error,
                                    [](const duper::FollowInfoResponse& a, const duper::FollowInfoResponse& b) {
                                        return a.followers == b.followers;
                                    });
    return 0;
}
