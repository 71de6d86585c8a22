#include "sandbox/LimitedTcpServer.h"

#include "sandbox/ConnectionGuard.h"

#include <QTcpSocket>

namespace duper::sandbox {

LimitedTcpServer::LimitedTcpServer(const HttpLimits& limits, QObject* parent) : QTcpServer(parent), m_limits(limits)
{}

int LimitedTcpServer::openConnections() const
{
    int open = 0;
    for (const ConnectionGuard* guard : findChildren<ConnectionGuard*>())
        open += guard->isOpen() ? 1 : 0;
    return open;
}

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    makeRoom();
    // Parented to the server like QTcpServer's own sockets (EsHttpServer::stopListening relies on it).
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new ConnectionGuard(socket, m_limits);
    addPendingConnection(socket);
}

void LimitedTcpServer::makeRoom()
{
    int open = 0;
    ConnectionGuard* idlest = nullptr;
    for (ConnectionGuard* guard : findChildren<ConnectionGuard*>()) {
        if (!guard->isOpen())
            continue;
        ++open;
        if (!guard->isBusy() && (!idlest || guard->idleMs() > idlest->idleMs()))
            idlest = guard;
    }
    if (open >= m_limits.maxConnections && idlest)
        idlest->close();
}

} // namespace duper::sandbox
