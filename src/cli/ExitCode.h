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

} // namespace duper::cli
