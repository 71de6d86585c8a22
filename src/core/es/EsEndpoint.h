#pragma once

#include "core/es/EsTlsConfig.h"

#include <QUrl>

namespace duper {

// Where a cluster answers: the base URL (scheme, host, port and an optional path prefix such as
// "https://proxy:8443/es"), the TLS settings, and how long a request may stay silent before it fails.
struct EsEndpoint
{
    QUrl baseUrl;
    EsTlsConfig tls;
    // No byte transferred for this long fails the request with a Timeout error. 0 = no limit.
    int transferTimeoutMs = 30000;
};

} // namespace duper
