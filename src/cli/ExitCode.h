#pragma once

#include "core/es/EsError.h"

namespace duper::cli {

// The exit codes scripts rely on; documented in `duper --help`.
enum class ExitCode
{
    Success = 0,
    Refused = 1,     // Elasticsearch refused the request (or answered something unreadable)
    Usage = 2,       // bad usage, or input rejected before any request
    Unreachable = 3, // connection refused, host not found, TLS, timeout
    AuthFailed = 4,  // 401 / 403
};

// The one place that maps an Elasticsearch error to an exit code.
int exitCodeFor(const EsError& error);

// The exit code of a multi-step run (failover, failback, bi-directional setup): 0 when it succeeded; else 3 or 4 when
// its first failed item could not reach a cluster or was refused the credentials, 1 otherwise. `items` hold a
// BatchItemResult `result` each.
template <typename Run> int exitCodeForRun(const Run& run)
{
    if (run.succeeded())
        return int(ExitCode::Success);
    for (const auto& item : run.items()) {
        if (item.result.failed()) {
            const int code = exitCodeFor(item.result.error);
            return code == int(ExitCode::Unreachable) || code == int(ExitCode::AuthFailed) ? code
                                                                                           : int(ExitCode::Refused);
        }
    }
    return int(ExitCode::Refused);
}

} // namespace duper::cli
