#pragma once

#include "core/es/EsTlsConfig.h"

#include <QList>
#include <QUrl>

namespace duper {

// Where a cluster answers: the base URL (scheme, host, port and an optional path prefix such as
// "https://proxy:8443/es"), more nodes of the same cluster to fall back on, the TLS settings, and how long a request
// may stay silent before it fails.
struct EsEndpoint
{
    QUrl baseUrl;
    // Other nodes of the same cluster, tried in order when a request cannot reach the one before (refused, unknown
    // host, TLS handshake or connect failure): never after the request went out.
    QList<QUrl> fallbackUrls;
    EsTlsConfig tls;
    // No byte transferred for this long fails the request with a Timeout error. 0 = no limit.
    int transferTimeoutMs = 30000;

    // baseUrl, then the fallbacks.
    QList<QUrl> urls() const { return QList<QUrl>{baseUrl} + fallbackUrls; }
    // The same endpoint over these URLs (the first becomes baseUrl; an empty list leaves baseUrl empty).
    void setUrls(const QList<QUrl>& list)
    {
        baseUrl = list.value(0);
        fallbackUrls = list.mid(1);
    }
};

} // namespace duper
