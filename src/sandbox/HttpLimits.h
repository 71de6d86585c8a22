#pragma once

#include <QtGlobal>

namespace duper::sandbox {

// Limits of the sandbox's HTTP layer. The sizes are Elasticsearch's defaults; the connection limits are the
// sandbox's own (Elasticsearch multiplexes sockets on Netty, we hold a file descriptor and a timer per socket), and
// the timeout is configurable so tests need not wait for it.
struct HttpLimits
{
    // http.max_content_length (default 100mb): a larger body gets 413 before it is read.
    static constexpr qint64 kMaxContentLength = 100LL * 1024 * 1024;
    // http.max_initial_line_length (default 4kb): a longer request line gets 400.
    static constexpr qsizetype kMaxInitialLineLength = 4 * 1024;
    // http.max_header_size (default 16kb): larger headers get 400.
    static constexpr qsizetype kMaxHeaderSize = 16 * 1024;
    // Idle sockets and half-sent request heads are closed after this long.
    static constexpr int kIdleTimeoutMs = 60 * 1000;
    // Well under the usual 1,024 open files; at the cap the longest-idle connection makes room.
    static constexpr int kMaxConnections = 512;

    qint64 maxContentLength = kMaxContentLength;
    int idleTimeoutMs = kIdleTimeoutMs;
    int maxConnections = kMaxConnections;
};

} // namespace duper::sandbox
