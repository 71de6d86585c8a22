#include "DownloadFloor.h"

#include "core/es/EsClient.h"
#include "core/es/EsJob.h"
#include "core/es/EsRequest.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <netdb.h>
#include <strings.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace duper::bench {

namespace {

constexpr std::size_t kFirstBufferSize = 1 << 20;

// Opens a TCP connection to host:port (any address family); -1 with `error` set on failure.
int connectTo(const QByteArray& host, const QByteArray& port, QString* error)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (const int code = getaddrinfo(host.constData(), port.constData(), &hints, &found); code != 0) {
        *error = QString::fromLocal8Bit(gai_strerror(code));
        return -1;
    }
    int fd = -1;
    for (addrinfo* address = found; address && fd < 0; address = address->ai_next) {
        fd = socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC, address->ai_protocol);
        if (fd >= 0 && connect(fd, address->ai_addr, address->ai_addrlen) != 0) {
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(found);
    if (fd < 0)
        *error = QStringLiteral("cannot connect to %1:%2").arg(QString::fromLatin1(host), QString::fromLatin1(port));
    return fd;
}

// The declared Content-Length in a header block, or -1.
long long contentLength(const char* headers, std::size_t size)
{
    static constexpr char kName[] = "\ncontent-length:";
    const std::size_t nameSize = sizeof(kName) - 1;
    for (std::size_t i = 0; i + nameSize <= size; ++i) {
        if (strncasecmp(headers + i, kName, nameSize) == 0)
            return std::atoll(headers + i + nameSize);
    }
    return -1;
}

// One GET with `Connection: close`, read until the declared body is in (or the server closes); false on failure.
bool fetch(const QByteArray& host, const QByteArray& port, const QByteArray& request, std::vector<char>& buffer,
           QString* error)
{
    const int fd = connectTo(host, port, error);
    if (fd < 0)
        return false;
    for (qsizetype sent = 0; sent < request.size();) {
        const ssize_t n = send(fd, request.constData() + sent, std::size_t(request.size() - sent), MSG_NOSIGNAL);
        if (n <= 0 && errno != EINTR) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            close(fd);
            return false;
        }
        sent += std::max<ssize_t>(n, 0);
    }
    std::size_t used = 0;
    std::size_t bodyStart = 0;
    long long declared = -1;
    for (;;) {
        if (used == buffer.size())
            buffer.resize(buffer.size() * 2);
        const ssize_t n = recv(fd, buffer.data() + used, buffer.size() - used, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        used += std::size_t(n);
        if (bodyStart == 0) {
            const auto end = std::search(buffer.data(), buffer.data() + used, "\r\n\r\n", "\r\n\r\n" + 4);
            if (end != buffer.data() + used) {
                bodyStart = std::size_t(end - buffer.data()) + 4;
                declared = contentLength(buffer.data(), bodyStart);
            }
        }
        if (bodyStart > 0 && declared >= 0 && used >= bodyStart + std::size_t(declared))
            break;
    }
    close(fd);
    if (bodyStart == 0 || std::strncmp(buffer.data(), "HTTP/1.1 200", 12) != 0) {
        *error = QStringLiteral("no 200 answer from the server");
        return false;
    }
    return true;
}

} // namespace

DownloadFloor::DownloadFloor(QUrl base, QStringList paths)
    : m_base(std::move(base)), m_paths(std::move(paths)),
      m_buffers(std::size_t(m_paths.size()), std::vector<char>(kFirstBufferSize))
{}

double DownloadFloor::curlProcessesMs(QString* error)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString& path : m_paths) {
        QUrl url = m_base;
        url.setPath(path);
        processes.push_back(std::make_unique<QProcess>());
        processes.back()->start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-o"),
                                                         QStringLiteral("/dev/null"), url.toString()});
    }
    bool ok = true;
    for (const auto& process : processes)
        ok = process->waitForFinished(120'000) && process->exitCode() == 0 && ok;
    if (!ok) {
        *error = QStringLiteral("curl failed");
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

double DownloadFloor::rawSocketsMs(QString* error)
{
    if (m_base.scheme() != QLatin1String("http")) {
        *error = QStringLiteral("the plain-socket floor needs an http:// URL");
        return -1;
    }
    const QByteArray host = m_base.host().toUtf8();
    const QByteArray port = QByteArray::number(m_base.port(80));
    std::vector<QByteArray> requests;
    for (const QString& path : m_paths)
        requests.push_back("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + host + ':' + port +
                           "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
    std::vector<QString> errors(requests.size());
    std::vector<char> succeeded(requests.size(), 0);
    QElapsedTimer clock;
    clock.start();
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < requests.size(); ++i)
        threads.emplace_back([&, i]() { succeeded[i] = fetch(host, port, requests[i], m_buffers[i], &errors[i]); });
    for (std::thread& thread : threads)
        thread.join();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (!succeeded[i]) {
            *error = errors[i];
            return -1;
        }
    }
    return ms;
}

double DownloadFloor::esClientMs(EsClient& client, QString* error)
{
    QEventLoop loop;
    qsizetype pending = m_paths.size();
    QElapsedTimer clock;
    clock.start();
    for (const QString& path : m_paths) {
        EsJob* job = client.send(EsRequest::get(path.mid(1).split(QLatin1Char('/'))));
        QObject::connect(job, &EsJob::finished, &loop, [&](EsJob* finished) {
            if (finished->hasError() && error->isEmpty())
                *error = finished->error().userMessage();
            if (--pending == 0)
                loop.quit();
        });
    }
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    return error->isEmpty() ? ms : -1;
}

} // namespace duper::bench
