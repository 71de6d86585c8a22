#include "RawHttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

namespace duper::test {

int RawHttp::Reply::status() const
{
    return raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0;
}

QByteArray RawHttp::Reply::body() const
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : raw.mid(end + 4);
}

QJsonObject RawHttp::Reply::error() const
{
    return QJsonDocument::fromJson(body()).object().value(QLatin1String("error")).toObject();
}

bool RawHttp::complete(const QByteArray& raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = raw.left(end).toLower();
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return false;
    const qsizetype valueEnd = head.indexOf("\r\n", at + 2);
    const qint64 length = head.mid(at + 17, valueEnd < 0 ? -1 : valueEnd - at - 17).trimmed().toLongLong();
    return raw.size() - end - 4 >= length;
}

RawHttp::Reply RawHttp::exchange(quint16 port, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    Reply reply;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    socket.write(bytes);
    // Qt HTTP Server keeps the connection open after answering: a complete response ends the wait too.
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs && !complete(reply.raw)) {
        QTest::qWait(5);
        reply.raw += socket.readAll();
    }
    reply.raw += socket.readAll();
    reply.closed = socket.state() != QAbstractSocket::ConnectedState;
    return reply;
}

QByteArray RawHttp::request(const QByteArray& method, const QByteArray& target, const QByteArray& body)
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
    if (!body.isEmpty()) {
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

} // namespace duper::test
