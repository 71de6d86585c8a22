// The sandbox's HTTP limits (issue 17, finding 4), over raw sockets: Elasticsearch's 413 for a body over
// http.max_content_length (refused from Content-Length, before the body), 400 for a request line over
// http.max_initial_line_length, headers over http.max_header_size and garbage request lines; idle sockets and
// stalled request heads are closed, and idle sockets beyond the connection cap cannot starve ordinary requests.
// Timeouts are shortened through SandboxOptions so nothing here waits long.
#include "SandboxFixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>
#include <memory>
#include <vector>

using duper::test::SandboxFixture;

namespace {

constexpr int kIdleMs = 300;
constexpr int kMaxConnections = 8;

struct RawReply
{
    QByteArray raw;
    bool closed = false;

    int status() const { return raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0; }
    QJsonObject error() const
    {
        const QByteArray body = raw.mid(raw.indexOf("\r\n\r\n") + 4);
        return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    }
};

// Sends `bytes` and collects whatever comes back until the server closes the connection (bounded wait). The
// sandbox runs in this thread, so the wait spins the event loop instead of blocking in waitFor*().
RawReply exchange(quint16 port, const QByteArray& bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    RawReply reply;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    socket.write(bytes);
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
        QTest::qWait(5);
        reply.raw += socket.readAll();
    }
    reply.raw += socket.readAll();
    reply.closed = socket.state() != QAbstractSocket::ConnectedState;
    return reply;
}

} // namespace

class TestSandboxHttpLimits : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        auto options = SandboxFixture::defaultOptions();
        options.httpLimits.idleTimeoutMs = kIdleMs;
        options.httpLimits.maxConnections = kMaxConnections;
        m_fixture = std::make_unique<SandboxFixture>(options);
        QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
        m_port = static_cast<quint16>(m_fixture->followerUrl().port());
    }
    void cleanup() { m_fixture.reset(); }

    void bodyOverMaxContentLengthGets413()
    {
        // 120 MB declared, one byte sent: the answer comes from the header alone.
        const auto reply = exchange(m_port, "PUT /big/_doc/1 HTTP/1.1\r\nHost: localhost\r\n"
                                            "Content-Type: application/json\r\nContent-Length: 125829120\r\n\r\n{");
        QCOMPARE(reply.status(), 413);
        QVERIFY(reply.closed);
        QVERIFY(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/"))).status == 200);
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/big"))).status, 404);
    }

    void bodyAtTheLimitIsNotRefused()
    {
        // Exactly 100mb declared passes the guard (the client then stalls and the idle timeout closes it).
        const auto reply = exchange(m_port,
                                    "PUT /big/_doc/1 HTTP/1.1\r\nHost: localhost\r\n"
                                    "Content-Length: 104857600\r\n\r\n{",
                                    kIdleMs * 10);
        QCOMPARE(reply.status(), 0);
        QVERIFY(reply.closed);
    }

    void longRequestLineGets400()
    {
        const QByteArray path = "/" + QByteArray(5000, 'a');
        const auto reply = exchange(m_port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QCOMPARE(reply.status(), 400);
        QCOMPARE(reply.error().value(QLatin1String("type")).toString(), QStringLiteral("too_long_http_line_exception"));
        QCOMPARE(reply.error().value(QLatin1String("reason")).toString(),
                 QStringLiteral("An HTTP line is larger than 4096 bytes."));
        // A 2 MB URL too, without waiting for its end.
        QCOMPARE(exchange(m_port, "GET /" + QByteArray(2 * 1024 * 1024, 'b')).status(), 400);
    }

    void requestLineUnderTheLimitIsServed()
    {
        const auto reply = exchange(m_port, "GET /" + QByteArray(4000, 'a') +
                                                " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QCOMPARE(reply.status(), 404); // no such index, but parsed and routed
    }

    void largeHeadersGet400()
    {
        QByteArray request = "GET / HTTP/1.1\r\nHost: localhost\r\n";
        for (int i = 0; i < 20000; ++i)
            request += "X-Header-" + QByteArray::number(i) + ": v\r\n";
        const auto reply = exchange(m_port, request + "\r\n");
        QCOMPARE(reply.status(), 400);
        QCOMPARE(reply.error().value(QLatin1String("type")).toString(),
                 QStringLiteral("too_long_http_header_exception"));
        QCOMPARE(reply.error().value(QLatin1String("reason")).toString(),
                 QStringLiteral("HTTP header is larger than 16384 bytes."));
    }

    void garbageRequestLineGets400_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("one word") << QByteArray("HELLO\r\n\r\n");
        QTest::newRow("bad version") << QByteArray("GET / HTTP/x\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x01\x02\x03 \xff\xfe\r\n\r\n");
    }
    void garbageRequestLineGets400()
    {
        QFETCH(QByteArray, request);
        const auto reply = exchange(m_port, request);
        QCOMPARE(reply.status(), 400);
        QCOMPARE(reply.error().value(QLatin1String("type")).toString(), QStringLiteral("illegal_argument_exception"));
        QVERIFY(reply.closed);
    }

    void keepAliveRequestsStillWork()
    {
        // Two pipelined requests with bodies: the guard follows request boundaries through Content-Length.
        const QByteArray body = R"({"query":{"match_all":{}}})";
        const QByteArray one = "POST /_count HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                               "Content-Length: " +
                               QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const auto reply = exchange(m_port, one + one, kIdleMs * 10);
        QCOMPARE(reply.raw.count("HTTP/1.1 200"), 2);
    }

    void idleConnectionIsClosed()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() != QAbstractSocket::ConnectedState, kIdleMs * 10);
    }

    void stalledRequestHeadIsClosed()
    {
        // Trickling one header byte per 100 ms does not keep a request head alive past the timeout.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::ConnectedState, 2000);
        socket.write("GET / HTTP/1.1\r\n");
        QElapsedTimer clock;
        clock.start();
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < kIdleMs * 20) {
            socket.write("X");
            socket.waitForBytesWritten(50);
            QTest::qWait(100);
        }
        QVERIFY(socket.state() != QAbstractSocket::ConnectedState);
        QVERIFY(clock.elapsed() < kIdleMs * 10); // well before the trickle would end
    }

    void idleSocketsCannotStarveRequests()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < kMaxConnections * 3; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::ConnectedState, 2000);
            idle.push_back(std::move(socket));
        }
        QTest::qWait(20); // let the server accept them
        const auto reply = m_fixture->request("GET", m_fixture->followerUrl(QStringLiteral("/")), {}, {}, 2000);
        QCOMPARE(reply.status, 200);
        // The oldest idle ones made room.
        QTRY_VERIFY_WITH_TIMEOUT(idle.front()->state() != QAbstractSocket::ConnectedState, 2000);
    }

    void latencyFaultIsNotAnIdleConnection()
    {
        m_fixture->faults().latencyMs = kIdleMs * 2;
        QCOMPARE(m_fixture->get(m_fixture->followerUrl(QStringLiteral("/"))).status, 200);
    }

    void countWithMalformedBodyGets400()
    {
        const auto reply = m_fixture->request("POST", m_fixture->followerUrl(QStringLiteral("/_count")), "{not json");
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("x_content_parse_exception"));
        // A well-formed query still counts.
        QCOMPARE(m_fixture->request("POST", m_fixture->followerUrl(QStringLiteral("/_count")), "{}").status, 200);
    }

    void indexNameWithInvalidUtf8Gets400()
    {
        const auto reply =
            exchange(m_port, "PUT /bad%FF%FEname HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        QCOMPARE(reply.status(), 400);
        QCOMPARE(reply.error().value(QLatin1String("type")).toString(), QStringLiteral("invalid_index_name_exception"));
        QCOMPARE(
            m_fixture->get(m_fixture->followerUrl(QStringLiteral("/_cat/indices?format=json"))).body.contains("bad"),
            false);
        // Valid UTF-8 (percent-encoded) is still an ordinary name.
        QCOMPARE(exchange(m_port, "PUT /caf%C3%A9 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").status(),
                 200);
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestSandboxHttpLimits)
#include "tst_sandbox_http_limits.moc"
