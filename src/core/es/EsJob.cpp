#include "core/es/EsJob.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

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
} // namespace

EsJob::EsJob(EsRequest request, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_guard(std::make_shared<Guard>())
{
    m_guard->job = this;
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
    m_host = context.host;
    m_port = context.port;

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

    qCDebug(lcEsJob) << "sending" << m_request.describe();
    QNetworkReply* reply = nullptr;
    if (m_request.method() == "GET" && m_request.body().isEmpty())
        reply = context.manager->get(context.request);
    else
        reply = context.manager->sendCustomRequest(context.request, m_request.method(), m_request.body());
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors.append(errors); });
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
    QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_cancelled) {
        finishWithError(EsError::cancelled());
        return;
    }

    if (m_httpStatus > 0 && isHttpLevelError(error)) {
        if (m_httpStatus >= 200 && m_httpStatus < 300) {
            m_body = std::move(body);
            handleSuccess(m_body);
        } else {
            m_body = body;
            finishWithError(EsError::http(m_httpStatus, body));
        }
        return;
    }

    const QString detail = reply->errorString();
    switch (error) {
    case QNetworkReply::OperationCanceledError: // Qt aborts the reply when the transfer timeout fires
    case QNetworkReply::TimeoutError:
        finishWithError(EsError::timeout(m_timeoutMs));
        return;
    case QNetworkReply::ConnectionRefusedError:
        finishWithError(EsError::connectionRefused(m_host, m_port, detail));
        return;
    case QNetworkReply::HostNotFoundError:
        finishWithError(EsError::hostNotFound(m_host, detail));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        finishWithError(EsError::tls(m_host, m_port, detail, m_sslErrors));
        return;
    default:
        break;
    }
    if (m_httpStatus > 0) {
        // The status line and headers arrived, then the connection broke: a truncated answer.
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
    if (!m_sslErrors.isEmpty()) {
        finishWithError(EsError::tls(m_host, m_port, detail, m_sslErrors));
        return;
    }
    finishWithError(EsError::network(m_host, m_port, detail));
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
