#pragma once

#include "sandbox/HttpLimits.h"

#include <QTcpServer>

namespace duper::sandbox {

// The listening socket handed to QHttpServer::bind(): gives every accepted connection a ConnectionGuard and keeps
// the number of open connections under the cap by closing the longest-idle one, so idle sockets cannot exhaust
// the open files and starve ordinary requests.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit LimitedTcpServer(const HttpLimits& limits, QObject* parent = nullptr);

    int openConnections() const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void makeRoom();

    HttpLimits m_limits;
};

} // namespace duper::sandbox
