#pragma once

#include "sandbox/HttpLimits.h"
#include "sandbox/RestRequest.h"
#include "sandbox/RestResponse.h"

#include <QHostAddress>
#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace duper::sandbox {

class Authenticator;
class FaultInjector;
class Router;

// The REST front of one emulated cluster on 127.0.0.1, built on Qt HTTP Server's missing-handler hook so every
// path goes through our Router. Adds ES's headers, authenticates, and applies HTTP faults (latency, error rate,
// hang) when given a FaultInjector. Connections go through a LimitedTcpServer for Elasticsearch's HTTP limits.
class EsHttpServer
{
public:
    EsHttpServer(const Router& router, const Authenticator& authenticator, FaultInjector* faults,
                 const HttpLimits& limits = {});
    ~EsHttpServer();

    // 0 = any free port; returns the port or 0 on failure.
    quint16 listen(quint16 port);
    quint16 port() const { return m_port; }
    // An outage: stops listening and drops the open connections (clients see connection refused / reset);
    // resumeListening() listens again on the same port so saved URLs keep working.
    void stopListening();
    bool resumeListening();
    bool isListening() const;

    // The whole request pipeline without the socket (auth, authorisation, error rate, routing).
    RestResponse handle(RestRequest& request) const;
    int hungRequests() const { return static_cast<int>(m_hung.size()); }

private:
    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    static RestRequest toRestRequest(const QHttpServerRequest& request);
    static void send(QHttpServerResponder& responder, const RestResponse& response, bool head);

    const Router& m_router;
    const Authenticator& m_authenticator;
    FaultInjector* m_faults;
    HttpLimits m_limits;
    std::unique_ptr<QHttpServer> m_server;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_hung;
    quint16 m_port = 0;
};

} // namespace duper::sandbox
