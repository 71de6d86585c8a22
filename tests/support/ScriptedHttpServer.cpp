#include "ScriptedHttpServer.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace duper::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ScriptedResponse ScriptedResponse::json(int status, QByteArray body)
{
    return text(status, "application/json; charset=UTF-8", std::move(body));
}

ScriptedResponse ScriptedResponse::text(int status, QByteArray contentType, QByteArray body)
{
    ScriptedResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers.append({"Content-Type", std::move(contentType)});
    return response;
}

ScriptedResponse ScriptedResponse::truncated(QByteArray bodyPrefix, qint64 declaredLength)
{
    ScriptedResponse response = json(200, std::move(bodyPrefix));
    response.mode = Mode::Truncate;
    response.declaredLength = declaredLength;
    return response;
}

ScriptedResponse ScriptedResponse::trickled(int status, QByteArray body, qsizetype pieceBytes, int pieceIntervalMs)
{
    ScriptedResponse response = json(status, std::move(body));
    response.mode = Mode::Trickle;
    response.pieceBytes = std::max<qsizetype>(pieceBytes, 1);
    response.pieceIntervalMs = pieceIntervalMs;
    return response;
}

ScriptedResponse ScriptedResponse::hang()
{
    ScriptedResponse response;
    response.mode = Mode::Hang;
    return response;
}

ScriptedResponse ScriptedResponse::close()
{
    ScriptedResponse response;
    response.mode = Mode::Close;
    return response;
}

ScriptedHttpServer::ScriptedHttpServer(QObject* parent)
    : QObject(parent),
      m_default(ScriptedResponse::json(
          404, R"({"error":{"root_cause":[{"type":"scripted","reason":"no scripted response"}],"type":"scripted",)"
               R"("reason":"no scripted response"},"status":404})"))
{}

ScriptedHttpServer::~ScriptedHttpServer()
{
    if (m_server)
        m_server->close();
}

bool ScriptedHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedHttpServer::listenTls(const QSslCertificate& certificate, const QSslKey& key,
                                   const QList<QSslCertificate>& requiredClientCas)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    if (requiredClientCas.isEmpty()) {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        config.setCaCertificates(requiredClientCas);
    }
    server->setSslConfiguration(config);
    server->setHandshakeTimeout(3000);
    m_server = std::move(server);
    // QSslServer queues a connection only once its handshake has succeeded.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ScriptedHttpServer::url(const QString& scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

quint16 ScriptedHttpServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket]() {
            m_buffers.remove(socket);
            m_hanging.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (m_hanging.contains(socket))
        return;
    if (!buffer.isEmpty() && static_cast<unsigned char>(buffer.at(0)) == 0x16) {
        // A TLS ClientHello on a plain HTTP port.
        ++m_tlsHelloCount;
        buffer.clear();
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }

    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const qsizetype question = request.target.indexOf('?');
        request.path = question < 0 ? request.target : request.target.left(question);
        request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
        qint64 contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (buffer.size() - bodyStart < contentLength)
            return; // wait for the rest of the body
        request.body = buffer.mid(bodyStart, contentLength);
        buffer.remove(0, bodyStart + contentLength);

        m_requests.append(request);
        const ScriptedResponse response = responseFor(request);
        emit requestReceived(request);
        write(socket, response);
        if (response.mode != ScriptedResponse::Mode::Respond)
            return;
    }
}

ScriptedResponse ScriptedHttpServer::responseFor(const RecordedRequest& request)
{
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    if (m_handler)
        return m_handler(request);
    return m_default;
}

void ScriptedHttpServer::write(QTcpSocket* socket, const ScriptedResponse& response)
{
    switch (response.mode) {
    case ScriptedResponse::Mode::Hang:
        m_hanging.append(socket);
        return;
    case ScriptedResponse::Mode::Close:
        socket->disconnectFromHost();
        return;
    case ScriptedResponse::Mode::Respond:
    case ScriptedResponse::Mode::Truncate:
    case ScriptedResponse::Mode::Trickle:
        break;
    }
    const qint64 length =
        response.mode == ScriptedResponse::Mode::Truncate ? response.declaredLength : response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    if (response.mode == ScriptedResponse::Mode::Truncate)
        head += "Connection: close\r\n";
    head += "\r\n";
    if (response.mode == ScriptedResponse::Mode::Trickle) {
        socket->write(head);
        auto* timer = new QTimer(socket);
        timer->setInterval(response.pieceIntervalMs);
        connect(timer, &QTimer::timeout, socket,
                [socket, timer, body = response.body, piece = response.pieceBytes, offset = qsizetype(0)]() mutable {
                    socket->write(body.constData() + offset, std::min(piece, body.size() - offset));
                    offset += std::min(piece, body.size() - offset);
                    if (offset >= body.size())
                        timer->deleteLater();
                });
        timer->start();
        return;
    }
    socket->write(head + response.body);
    if (response.mode == ScriptedResponse::Mode::Truncate)
        socket->disconnectFromHost(); // after the buffered bytes are written
}

} // namespace duper::test
