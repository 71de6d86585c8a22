#include "core/es/EsJob.h"

#include "core/es/EsClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace duper {

namespace {
Q_LOGGING_CATEGORY(lcEsJob, "duper.es.job", QtInfoMsg)

// Errors where Qt still hands us a complete HTTP answer: the status code decides, not the transport.
bool isHttpLevelError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return error == QNetworkReply::NoError || (code >= 201 && code <= 299) || (code >= 301 && code <= 398) ||
           (code >= 401 && code <= 499);
}

// Failures before a connection to the node existed: the request cannot have reached it.
bool neverConnected(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}
// Spare bytes kept after a body read from the network, so a JSON parser that needs padding (simdjson: 64) reads it
// in place instead of copying it (see OnDemandReader::open).
constexpr qsizetype kBodyPadding = 128;
// The most Qt buffers for a reply before we read it. Every readyRead copies what is buffered on this (the GUI)
// thread, and writing fresh memory costs a page fault per 4 KiB: a few megabytes in one go stall the GUI for tens
// of milliseconds. Bounded, each copy stays well under a millisecond or two, and Qt holds at most this much beside
// our copy of the body.
constexpr qint64 kReplyReadBufferSize = 512 * 1024;
// The most a Content-Length header makes us reserve up front (it is the server's word; beyond this the buffer grows
// as the body really arrives).
constexpr qint64 kLargestReservation = qint64(1) << 30;

} // namespace

EsJob::EsJob(EsRequest request, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_guard(std::make_shared<Guard>())
{
    m_guard->job = this;
}

void EsJob::appendAvailable(QNetworkReply* reply)
{
    if (!reply->isOpen())
        return;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype size = m_body.size();
    if (size == 0 && m_body.capacity() == 0) {
        bool ok = false;
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && declared > 0 && declared <= kLargestReservation) {
            m_body.reserve(qsizetype(declared) + kBodyPadding);
            m_bodyReserved = true;
            m_declaredBodyLength = declared;
        }
    }
    const qsizetype needed = size + qsizetype(available) + kBodyPadding;
    if (m_body.capacity() < needed) {
        if (m_bodyReserved)
            bodyBufferReleasing(); // more than declared: the buffer moves
        m_bodyReserved = false;
        m_body.reserve(std::max(needed, m_body.capacity() * 2));
    }
    m_body.resize(size + qsizetype(available));
    const qint64 got = reply->read(m_body.data() + size, available);
    m_body.resize(size + qsizetype(std::max<qint64>(got, 0)));
    m_bodyBytesReceived = m_body.size();
}

bool EsJob::adoptDirectBody(QNetworkReply* reply)
{
    if (m_directBody)
        return true;
    QSharedPointer<char> buffer =
        reply->attribute(QNetworkRequest::DownloadBufferAttribute).value<QSharedPointer<char>>();
    if (!buffer)
        return false;
    m_directBody = std::move(buffer);
    m_bodyReceivedDirectly = true;
    bool ok = false;
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    m_declaredBodyLength = ok ? declared : -1;
    return true;
}

QByteArray EsJob::finalBody(QNetworkReply* reply)
{
    if (!adoptDirectBody(reply)) {
        appendAvailable(reply);
        return std::exchange(m_body, QByteArray());
    }
    // Nothing was read from the reply, so all it holds is the body so far (all of it, unless the connection broke).
    const qsizetype size = qsizetype(std::max<qint64>(reply->isOpen() ? reply->bytesAvailable() : 0, 0));
    m_bodyBytesReceived = size;
    return QByteArray::fromRawData(m_directBody.data(), size);
}

const QByteArray& EsJob::body() const
{
    if (m_bodyIsView) {
        // Made on first use only: most jobs never read their body once it is parsed.
        QByteArray copy;
        copy.reserve(m_body.size() + kBodyPadding);
        copy.append(m_body.constData(), m_body.size());
        m_body = std::move(copy);
        m_bodyIsView = false;
    }
    return m_body;
}

EsJob::~EsJob()
{
    {
        QMutexLocker locker(&m_guard->mutex);
        m_guard->job = nullptr;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QByteArray EsJob::responseHeader(const QByteArray& name) const
{
    for (const auto& [key, value] : m_responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void EsJob::start(const StartContext& context)
{
    m_clock.start();
    m_pool = context.pool;
    m_offThreadThreshold = context.offThreadThreshold;
    m_timeoutMs = context.timeoutMs;
    m_client = context.client;

    if (context.failBeforeSending) {
        const EsError error = *context.failBeforeSending;
        QTimer::singleShot(0, this, [this, error]() { finishWithError(error); });
        return;
    }
    if (!context.manager) {
        const EsError error =
            EsError::configuration(QCoreApplication::translate("duper::EsJob", "no network access manager is set"));
        QTimer::singleShot(0, this, [this, error]() { finishWithError(error); });
        return;
    }
    send(context);
}

void EsJob::send(const StartContext& context)
{
    m_host = context.host;
    m_port = context.port;
    m_displayUrl = context.displayUrl;
    m_urlIndex = context.urlIndex;
    m_urlsTried = context.urlsTried;
    m_sslErrors.clear();
    m_responseHeaders.clear();
    m_httpStatus = 0;
    m_requestSent = false;
    m_body = QByteArray();
    m_bodyIsView = false;
    m_directBody.reset();
    m_bodyReceivedDirectly = false;
    m_bodyBytesReceived = 0;

    qCDebug(lcEsJob) << "sending" << m_request.describe() << "to" << m_displayUrl;
    QNetworkRequest request = context.request;
    if (readsBodyWhileArriving()) {
        // Qt's network thread then writes a 200 body of declared length straight into one buffer (adoptDirectBody):
        // the bytes never pass through this thread, so a large answer costs it neither copies nor page faults.
        // Qt offers that only for an uncompressed body, and would inflate a compressed one on this thread anyway.
        request.setAttribute(QNetworkRequest::MaximumDownloadBufferSizeAttribute, kLargestReservation);
        request.setRawHeader("Accept-Encoding", "identity");
    }
    QNetworkReply* reply = nullptr;
    if (m_request.method() == "GET" && m_request.body().isEmpty())
        reply = context.manager->get(request);
    else
        reply = context.manager->sendCustomRequest(request, m_request.method(), m_request.body());
    reply->setParent(this);
    reply->setReadBufferSize(kReplyReadBufferSize);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors.append(errors); });
    connect(reply, &QNetworkReply::requestSent, this, [this]() { m_requestSent = true; });
    // The body is copied piece by piece as it arrives into a buffer reserved from Content-Length (plus room for a
    // parser's padding), instead of being joined in one go on this thread when the reply finishes.
    m_bodyReserved = false;
    m_declaredBodyLength = -1;
    connect(reply, &QNetworkReply::readyRead, this, [this, reply]() {
        if (reply != m_reply)
            return;
        // Either way m_bodyBytesReceived says how much of the body is in.
        const bool direct = adoptDirectBody(reply);
        if (direct)
            m_bodyBytesReceived = std::max<qint64>(reply->bytesAvailable(), 0);
        else
            appendAvailable(reply);
        if (!direct && !m_bodyReserved)
            return; // a buffer that may still move: nothing to read in place
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            bodyArriving(direct ? m_directBody.data() : m_body.constData(), qsizetype(m_bodyBytesReceived));
    });
    connect(reply, &QNetworkReply::finished, this, &EsJob::onReplyFinished);
}

void EsJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply && m_reply->isRunning()) {
        m_reply->abort(); // emits QNetworkReply::finished synchronously -> onReplyFinished -> Cancelled
        if (m_finished)
            return;
    }
    // Not sent yet, or parsing off-thread: finish now; a late parse result is ignored.
    finishWithError(EsError::cancelled());
}

void EsJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_responseHeaders = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError error = reply->error();
    QByteArray body = finalBody(reply);
    const bool succeeded = !m_cancelled && m_httpStatus >= 200 && m_httpStatus < 300 && isHttpLevelError(error);
    if (!succeeded)
        bodyBufferReleasing();
    m_bodyReserved = false;

    if (m_cancelled) {
        finishWithError(EsError::cancelled());
        return;
    }

    if (m_httpStatus > 0 && m_client)
        m_client->rememberReachable(m_urlIndex); // this node answers: start there next time

    if (m_httpStatus > 0 && isHttpLevelError(error)) {
        if (m_httpStatus >= 200 && m_httpStatus < 300) {
            m_body = std::move(body);
            m_bodyIsView = !m_directBody.isNull();
            handleSuccess(m_body);
        } else {
            m_body = body;
            finishWithError(EsError::http(m_httpStatus, body));
        }
        return;
    }

    const bool namedFailure = error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError ||
                              error == QNetworkReply::ConnectionRefusedError ||
                              error == QNetworkReply::HostNotFoundError ||
                              error == QNetworkReply::SslHandshakeFailedError;
    if (m_httpStatus > 0 && !namedFailure) {
        // The status line and headers arrived, then the connection broke: a truncated answer.
        const QString detail = reply->errorString();
        const QByteArray declared = reply->rawHeader("Content-Length");
        const QString what =
            declared.isEmpty()
                ? QCoreApplication::translate("duper::EsJob", "the connection closed after %1 bytes of the body (%2)")
                      .arg(body.size())
                      .arg(detail)
                : QCoreApplication::translate("duper::EsJob",
                                              "the body is truncated: %1 of %2 bytes arrived before the connection "
                                              "closed")
                      .arg(body.size())
                      .arg(QString::fromLatin1(declared));
        EsError truncated = EsError::malformed(what);
        truncated.setHttpStatus(m_httpStatus);
        finishWithError(truncated);
        return;
    }
    const EsError failure = transportError(reply);
    m_failedAttempts.append(QStringLiteral("%1: %2").arg(m_displayUrl, failure.userMessage()));
    // The next node may take the request when this one provably never got it: no connection was made (any method),
    // or a read-only request failed before it went out. Qt 6.4 reports requestSent() only for bodiless requests, so
    // a POST/PUT/DELETE that timed out or lost its connection is never sent twice.
    const bool readOnly = m_request.method() == "GET" || m_request.method() == "HEAD";
    const bool unsent = m_httpStatus == 0 && body.isEmpty() && !m_requestSent;
    if (unsent && (neverConnected(error) || readOnly) && m_client && m_client->sendToNextUrl(this))
        return;
    finishWithError(failure);
}

EsError EsJob::transportError(QNetworkReply* reply) const
{
    const QString detail = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // Qt aborts the reply when the transfer timeout fires
    case QNetworkReply::TimeoutError:
        return EsError::timeout(m_timeoutMs);
    case QNetworkReply::ConnectionRefusedError:
        return EsError::connectionRefused(m_host, m_port, detail);
    case QNetworkReply::HostNotFoundError:
        return EsError::hostNotFound(m_host, detail);
    case QNetworkReply::SslHandshakeFailedError:
        return EsError::tls(m_host, m_port, detail, m_sslErrors);
    default:
        break;
    }
    if (!m_sslErrors.isEmpty())
        return EsError::tls(m_host, m_port, detail, m_sslErrors);
    return EsError::network(m_host, m_port, detail);
}

void EsJob::handleSuccess(const QByteArray&)
{
    finishSuccess();
}

void EsJob::finishSuccess()
{
    if (m_finished)
        return;
    m_error = EsError();
    emitFinished();
}

void EsJob::finishWithError(EsError error)
{
    if (m_finished)
        return;
    error.setRequestDescription(m_request.describe());
    if (m_failedAttempts.size() > 1)
        error.setFailedUrls(m_failedAttempts);
    if (error.httpStatus() == 0 && m_httpStatus > 0 && error.kind() != EsError::Kind::Cancelled)
        error.setHttpStatus(m_httpStatus);
    m_error = std::move(error);
    emitFinished();
}

void EsJob::emitFinished()
{
    m_finished = true;
    m_elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_error)
        qCDebug(lcEsJob).noquote() << m_request.describe() << "failed after" << m_elapsedMs
                                   << "ms:" << m_error.userMessage();
    else
        qCDebug(lcEsJob).noquote() << m_request.describe() << "->" << m_httpStatus << "in" << m_elapsedMs << "ms";
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace duper
