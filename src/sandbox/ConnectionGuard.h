#pragma once

#include "sandbox/HttpLimits.h"
#include "sandbox/RequestHeadScanner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace duper::sandbox {

// Watches one accepted socket ahead of Qt HTTP Server (its readyRead slot is connected first and only peeks):
// answers requests over Elasticsearch's HTTP limits itself and closes the connection, and closes sockets that stay
// idle, or send a request head too slowly, for longer than the idle timeout. A child of its socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(QTcpSocket* socket, const HttpLimits& limits);

    bool isOpen() const;
    // While a response is held back (latency or hang faults) the connection is busy, never idle.
    bool isBusy() const;
    qint64 idleMs() const { return m_lastActivity.elapsed(); }
    void close();

    static void setBusy(QObject* socket, bool busy);

private:
    void onReadyRead();
    void onTimeout();
    void restartTimer();
    void reject(RequestHeadScanner::Verdict verdict);

    QTcpSocket* m_socket;
    RequestHeadScanner m_scanner;
    QTimer m_timer;
    QElapsedTimer m_lastActivity;
};

} // namespace duper::sandbox
