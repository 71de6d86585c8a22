#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <memory>
#include <utility>

class QTcpSocket;

namespace duper::test {

// One HTTP request as it arrived on the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // raw request target: "/idx%2Bx/_ccr/info?master_timeout=30s"
    QByteArray path;   // target up to '?', still percent-encoded
    QByteArray query;  // after '?', still percent-encoded
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// What the server does with one request. Besides proper answers it can misbehave on purpose.
struct ScriptedResponse
{
    enum class Mode
    {
        Respond,  // status line, headers, body
        Truncate, // Content-Length larger than the body sent, then close
        Hang,     // read the request, never answer (the connection stays open)
        Close,    // close the connection without answering
        Trickle,  // a proper answer whose body is written a piece at a time, as a slow network delivers it
    };

    Mode mode = Mode::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 declaredLength = -1; // Truncate only
    qsizetype pieceBytes = 0;   // Trickle only
    int pieceIntervalMs = 0;    // Trickle only

    static ScriptedResponse json(int status, QByteArray body);
    static ScriptedResponse text(int status, QByteArray contentType, QByteArray body);
    static ScriptedResponse truncated(QByteArray bodyPrefix, qint64 declaredLength);
    static ScriptedResponse trickled(int status, QByteArray body, qsizetype pieceBytes, int pieceIntervalMs);
    static ScriptedResponse hang();
    static ScriptedResponse close();
    ScriptedResponse& withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
};

// A tiny HTTP/1.1 server on 127.0.0.1 for robustness tests of the client (test support, not the sandbox). Answers
// from a FIFO of scripted responses, then from the handler, then with the default response (404). Records every
// request. A TLS ClientHello on the plain socket gets a plain-text "400 Bad Request" and a close, like a real plain
// HTTP server.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest&)>;

    explicit ScriptedHttpServer(QObject* parent = nullptr);
    ~ScriptedHttpServer() override;

    // Listens on 127.0.0.1 at a free port.
    bool listen();
    // Same, speaking HTTPS with this certificate and key (a QSslServer); use url("https"). With
    // `requiredClientCas`, a client certificate issued by one of them is required.
    bool listenTls(const QSslCertificate& certificate, const QSslKey& key,
                   const QList<QSslCertificate>& requiredClientCas = {});
    quint16 port() const;
    QUrl url(const QString& scheme = QStringLiteral("http")) const;

    void enqueue(ScriptedResponse response) { m_queue.enqueue(std::move(response)); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setDefaultResponse(ScriptedResponse response) { m_default = std::move(response); }

    const QList<RecordedRequest>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int connectionCount() const { return m_connectionCount; }
    int tlsHelloCount() const { return m_tlsHelloCount; }

    // A loopback port with nothing listening on it (bound briefly, then released).
    static quint16 unusedPort();

signals:
    void requestReceived(const duper::test::RecordedRequest& request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    ScriptedResponse responseFor(const RecordedRequest& request);
    void write(QTcpSocket* socket, const ScriptedResponse& response);

    std::unique_ptr<QTcpServer> m_server;
    QQueue<ScriptedResponse> m_queue;
    Handler m_handler;
    ScriptedResponse m_default;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QTcpSocket*> m_hanging;
    int m_connectionCount = 0;
    int m_tlsHelloCount = 0;
};

} // namespace duper::test
