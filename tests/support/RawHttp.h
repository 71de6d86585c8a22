#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace duper::test {

// Raw bytes to a loopback port and whatever comes back, for requests no HTTP client would send (bad paths, half
// requests, odd bytes). The sandbox runs in the test's thread, so waits spin the event loop, bounded by a timeout.
class RawHttp
{
public:
    struct Reply
    {
        QByteArray raw;
        bool closed = false;

        int status() const;
        QByteArray body() const;
        QJsonObject error() const;
    };

    // Sends `bytes` and reads until a whole response has arrived, the server closes the connection or `timeoutMs`
    // passes.
    static Reply exchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000);
    // One request with "Connection: close" and, when `body` is not empty, a JSON body with its Content-Length.
    static QByteArray request(const QByteArray& method, const QByteArray& target, const QByteArray& body = {});

private:
    // True once `raw` holds a response head and as many body bytes as its Content-Length.
    static bool complete(const QByteArray& raw);
};

} // namespace duper::test
