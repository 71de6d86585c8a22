#include "sandbox/ConnectionGuard.h"

#include "sandbox/RestError.h"

#include <QTcpSocket>

namespace duper::sandbox {

namespace {

constexpr const char* kBusyProperty = "duperBusyResponses";

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits)
    : QObject(socket), m_socket(socket), m_scanner(limits.maxContentLength)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(limits.idleTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::restartTimer);
    connect(socket, &QTcpSocket::disconnected, &m_timer, &QTimer::stop);
    restartTimer();
}

bool ConnectionGuard::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool ConnectionGuard::isBusy() const
{
    return m_socket->property(kBusyProperty).toInt() > 0;
}

void ConnectionGuard::close()
{
    m_timer.stop();
    m_socket->disconnectFromHost();
}

void ConnectionGuard::setBusy(QObject* socket, bool busy)
{
    if (!socket)
        return;
    const int count = socket->property(kBusyProperty).toInt() + (busy ? 1 : -1);
    socket->setProperty(kBusyProperty, std::max(count, 0));
}

void ConnectionGuard::restartTimer()
{
    m_lastActivity.start();
    m_timer.start();
}

void ConnectionGuard::onReadyRead()
{
    const bool wasPartial = m_scanner.inPartialHead();
    const auto verdict = m_scanner.feed(m_socket->peek(m_socket->bytesAvailable()));
    if (verdict != RequestHeadScanner::Verdict::Ok) {
        reject(verdict);
        return;
    }
    // A request head that keeps trickling in does not extend its deadline (a header timeout against slow clients).
    if (!(wasPartial && m_scanner.inPartialHead()))
        restartTimer();
}

void ConnectionGuard::onTimeout()
{
    if (isBusy()) {
        restartTimer();
        return;
    }
    close();
}

void ConnectionGuard::reject(RequestHeadScanner::Verdict verdict)
{
    // Qt HTTP Server's slot runs after ours: take the bytes from it and keep it from parsing the rest.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_socket->readAll(); });

    QByteArray response;
    if (verdict == RequestHeadScanner::Verdict::TooLargeBody) {
        // Elasticsearch answers an oversized body with an empty 413 (elastic/elasticsearch#2902, #76705).
        response = QByteArrayLiteral("HTTP/1.1 413 Request Entity Too Large\r\n"
                                     "content-length: 0\r\nconnection: close\r\n\r\n");
    } else {
        const QByteArray body = RestError(400, m_scanner.type(), m_scanner.reason()).toJson();
        response = QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nX-elastic-product: Elasticsearch\r\n"
                                     "content-type: application/json\r\ncontent-length: ") +
                   QByteArray::number(body.size()) + QByteArrayLiteral("\r\nconnection: close\r\n\r\n") + body;
    }
    m_socket->write(response);
    close();
}

} // namespace duper::sandbox
