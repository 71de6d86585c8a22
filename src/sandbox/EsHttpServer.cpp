#include "sandbox/EsHttpServer.h"

#include "sandbox/Authenticator.h"
#include "sandbox/ConnectionGuard.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/FilterPath.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/LimitedTcpServer.h"
#include "sandbox/RestError.h"
#include "sandbox/Router.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace duper::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

EsHttpServer::EsHttpServer(const Router& router, const Authenticator& authenticator, FaultInjector* faults,
                           const HttpLimits& limits)
    : m_router(router), m_authenticator(authenticator), m_faults(faults), m_limits(limits),
      m_server(std::make_unique<QHttpServer>())
{
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        onRequest(request, std::move(responder));
    });
}

EsHttpServer::~EsHttpServer() = default;

quint16 EsHttpServer::listen(quint16 port)
{
    auto* tcp = new LimitedTcpServer(m_limits, m_server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        delete tcp;
        return 0;
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    return m_port;
}

void EsHttpServer::stopListening()
{
    for (QTcpServer* server : m_server->servers()) {
        server->close();
        // QHttpServer parents its connection sockets to the QTcpServer that accepted them.
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>())
            socket->abort();
    }
    m_hung.clear();
}

bool EsHttpServer::resumeListening()
{
    if (isListening())
        return true;
    const QList<QTcpServer*> servers = m_server->servers();
    if (servers.isEmpty() || m_port == 0)
        return false;
    // The same QTcpServer keeps its connection to QHttpServer, so listening again is all it takes.
    return servers.first()->listen(QHostAddress::LocalHost, m_port);
}

bool EsHttpServer::isListening() const
{
    const QList<QTcpServer*> servers = m_server->servers();
    return std::any_of(servers.begin(), servers.end(), [](const QTcpServer* s) { return s->isListening(); });
}

RestRequest EsHttpServer::toRestRequest(const QHttpServerRequest& request)
{
    RestRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyDecoded);
    if (r.path.isEmpty())
        r.path = QStringLiteral("/");
    for (const QString& part : url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const QByteArray bytes = QByteArray::fromPercentEncoding(part.toUtf8());
        QStringDecoder utf8(QStringDecoder::Utf8);
        r.segments.append(utf8(bytes));
        if (utf8.hasError() && r.invalidUtf8Segment < 0)
            r.invalidUtf8Segment = static_cast<int>(r.segments.size() - 1);
    }
    r.query = request.query();
    r.body = request.body();
    r.headers = request.headers();
    return r;
}

RestResponse EsHttpServer::handle(RestRequest& request) const
{
    RestError error;
    const auto principal = m_authenticator.authenticate(request, &error);
    if (!principal) {
        RestResponse response = error.toResponse();
        for (const QByteArray& value : Authenticator::wwwAuthenticateValues())
            response.headers.append({QByteArrayLiteral("WWW-Authenticate"), value});
        return response;
    }
    request.user = principal->user;
    request.restrictedUser = principal->restricted;
    if (auto denied = m_authenticator.authorize(*principal, request))
        return denied->toResponse();
    if (m_faults) {
        const int status = m_faults->drawErrorStatus();
        if (status == 429) {
            return RestError(
                       429, QStringLiteral("es_rejected_execution_exception"),
                       QStringLiteral("rejected execution of coordinating operation [coordinating_and_primary_bytes=0, "
                                      "replica_bytes=0, all_bytes=0, coordinating_operation_bytes=1024, "
                                      "max_coordinating_and_primary_bytes=0]"))
                .toResponse();
        }
        if (status == 503) {
            return RestError(503, QStringLiteral("cluster_block_exception"),
                             QStringLiteral("blocked by: [SERVICE_UNAVAILABLE/2/no master];"))
                .toResponse();
        }
    }
    // The first segment names indices: bytes that are not UTF-8 cannot name one (they used to create "\uFFFD").
    if (request.invalidUtf8Segment == 0 && !request.segments.first().startsWith(QLatin1Char('_'))) {
        const QString name = request.segments.first();
        return RestError::invalidIndexName(name,
                                           QStringLiteral("Invalid index name [%1], must be valid UTF-8").arg(name))
            .toResponse();
    }
    RestResponse response = m_router.dispatch(request);
    if (response.contentType != "application/json")
        return response;
    // Like ES's newErrorBuilder, filter_path leaves error bodies whole.
    const bool errorBody = response.status >= 400 && response.body.startsWith("{\"error\"");
    if (request.hasQuery(QStringLiteral("filter_path")) && !errorBody)
        response.body = FilterPath(request.queryValue(QStringLiteral("filter_path"))).apply(response.body);
    if (request.queryFlag(QStringLiteral("pretty")))
        response.body = JsonWriter::pretty(response.body);
    return response;
}

void EsHttpServer::send(QHttpServerResponder& responder, const RestResponse& response, bool head)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader(QByteArrayLiteral("X-elastic-product"), QByteArrayLiteral("Elasticsearch"));
    responder.writeHeader(QByteArrayLiteral("content-type"), response.contentType);
    for (const auto& [key, value] : response.headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("content-length"), QByteArray::number(head ? 0 : response.body.size()));
    responder.writeBody(head ? QByteArray() : response.body);
}

void EsHttpServer::onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    if (m_faults && m_faults->hang) {
        ConnectionGuard::setBusy(responder.socket(), true);
        m_hung.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    RestRequest rest = toRestRequest(request);
    const RestResponse response = handle(rest);
    const bool head = rest.method == "HEAD";
    if (m_faults && m_faults->latencyMs > 0) {
        auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket = holder->socket();
        ConnectionGuard::setBusy(socket, true);
        QTimer::singleShot(m_faults->latencyMs, m_server.get(), [holder, socket, response, head] {
            if (socket) {
                ConnectionGuard::setBusy(socket, false);
                send(*holder, response, head);
            }
        });
        return;
    }
    send(responder, response, head);
}

} // namespace duper::sandbox
