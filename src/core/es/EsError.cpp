#include "core/es/EsError.h"

#include "core/es/EsErrorBody.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace duper {

namespace {

constexpr qsizetype kMaxRawBody = 4096;

QString hostPort(const QString& host, int port)
{
    return port > 0 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
}

// "Elasticsearch said: “reason”" or nothing.
QString saidSuffix(const QString& reason)
{
    if (reason.isEmpty())
        return {};
    return QLatin1Char(' ') + QCoreApplication::translate("duper::EsError", "Elasticsearch said: “%1”").arg(reason);
}

QString durationText(int ms)
{
    if (ms == 1000)
        return QCoreApplication::translate("duper::EsError", "1 second");
    if (ms % 1000 == 0)
        return QCoreApplication::translate("duper::EsError", "%1 seconds").arg(ms / 1000);
    if (ms > 1000)
        return QCoreApplication::translate("duper::EsError", "%1 seconds").arg(QString::number(ms / 1000.0, 'f', 1));
    return QCoreApplication::translate("duper::EsError", "%1 ms").arg(ms);
}

bool isLicenseProblem(const ErrorCause& cause)
{
    if (cause.extra.contains(QStringLiteral("license.expired.feature")))
        return true;
    const QString reason = cause.reason;
    return reason.contains(QStringLiteral("non-compliant for [")) ||
           reason.contains(QStringLiteral("is not licensed for ["));
}

} // namespace

EsError EsError::at(Kind kind, QString host, int port, QString detail)
{
    EsError e;
    e.m_kind = kind;
    e.m_host = std::move(host);
    e.m_port = port;
    e.m_detail = std::move(detail);
    return e;
}

EsError EsError::connectionRefused(QString host, int port, QString detail)
{
    return at(Kind::ConnectionRefused, std::move(host), port, std::move(detail));
}

EsError EsError::hostNotFound(QString host, QString detail)
{
    return at(Kind::HostNotFound, std::move(host), -1, std::move(detail));
}

EsError EsError::timeout(int timeoutMs)
{
    EsError e;
    e.m_kind = Kind::Timeout;
    e.m_timeoutMs = timeoutMs;
    return e;
}

EsError EsError::tls(QString host, int port, QString detail, QList<QSslError> sslErrors)
{
    EsError e = at(Kind::Tls, std::move(host), port, std::move(detail));
    e.m_sslErrors = std::move(sslErrors);
    return e;
}

EsError EsError::cancelled()
{
    EsError e;
    e.m_kind = Kind::Cancelled;
    return e;
}

EsError EsError::http(int status, const QByteArray& body)
{
    EsError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = status;
    if (std::optional<EsErrorBody> parsed = EsErrorBody::parse(body, nullptr)) {
        e.m_cause = std::move(parsed->error);
        if (e.m_cause.type.isEmpty() && !e.m_cause.reason.isEmpty())
            e.m_cause.type = QStringLiteral("error"); // very old clusters send "error" as a plain string
    } else {
        e.m_rawBody = body.left(kMaxRawBody); // not ES's error JSON: a proxy's page, plain text...
    }
    return e;
}

EsError EsError::malformed(QString detail)
{
    return at(Kind::MalformedResponse, {}, -1, std::move(detail));
}

EsError EsError::configuration(QString detail)
{
    return at(Kind::Configuration, {}, -1, std::move(detail));
}

EsError EsError::network(QString host, int port, QString detail)
{
    return at(Kind::Network, std::move(host), port, std::move(detail));
}

QStringList EsError::sslErrorTexts() const
{
    QStringList texts;
    for (const QSslError& error : m_sslErrors)
        texts.append(error.errorString());
    return texts;
}

QString EsError::userMessage() const
{
    if (m_failedUrls.size() > 1 && m_kind != Kind::None)
        return QCoreApplication::translate("duper::EsError", "None of the %1 URLs of the cluster could be reached. %2")
            .arg(m_failedUrls.size())
            .arg(m_failedUrls.join(QLatin1Char(' ')));
    return singleMessage();
}

QString EsError::singleMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::ConnectionRefused:
        return QCoreApplication::translate(
                   "duper::EsError",
                   "Nothing is listening at %1. Is Elasticsearch running there, and are the host and port right?")
            .arg(hostPort(m_host, m_port));
    case Kind::HostNotFound:
        return QCoreApplication::translate("duper::EsError",
                                           "The host name “%1” could not be resolved. Check the cluster URL.")
            .arg(m_host);
    case Kind::Timeout:
        return QCoreApplication::translate(
                   "duper::EsError",
                   "The cluster did not answer within %1. It may be overloaded or unreachable; try again or raise "
                   "the timeout.")
            .arg(durationText(m_timeoutMs));
    case Kind::Tls: {
        bool mismatch = false;
        bool untrusted = false;
        bool expired = false;
        for (const QSslError& error : m_sslErrors) {
            switch (error.error()) {
            case QSslError::HostNameMismatch:
                mismatch = true;
                break;
            case QSslError::CertificateExpired:
            case QSslError::CertificateNotYetValid:
                expired = true;
                break;
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::CertificateUntrusted:
                untrusted = true;
                break;
            default:
                break;
            }
        }
        const QString where = hostPort(m_host, m_port);
        if (mismatch)
            return QCoreApplication::translate(
                       "duper::EsError",
                       "The certificate presented by %1 is not issued for that host name. Connect with the name the "
                       "certificate was made for, or fix the certificate.")
                .arg(where);
        if (untrusted)
            return QCoreApplication::translate(
                       "duper::EsError",
                       "The certificate presented by %1 is not trusted. Pass the CA certificate that signed it with "
                       "--ca-cert (or add it to the connection's CA files).")
                .arg(where);
        if (expired)
            return QCoreApplication::translate("duper::EsError",
                                               "The certificate presented by %1 has expired or is not valid yet.")
                .arg(where);
        if (!m_sslErrors.isEmpty())
            return QCoreApplication::translate("duper::EsError", "The TLS connection to %1 failed: %2")
                .arg(where, sslErrorTexts().join(QStringLiteral("; ")));
        return QCoreApplication::translate(
                   "duper::EsError",
                   "The TLS handshake with %1 failed (%2). Does the server speak https, and does the URL's scheme "
                   "match it?")
            .arg(where, m_detail);
    }
    case Kind::Cancelled:
        return QCoreApplication::translate("duper::EsError", "The request was cancelled.");
    case Kind::Http:
        return httpMessage();
    case Kind::MalformedResponse:
        return QCoreApplication::translate("duper::EsError", "The cluster's answer could not be read: %1")
            .arg(m_detail);
    case Kind::Configuration:
        return QCoreApplication::translate("duper::EsError", "The request could not be sent: %1").arg(m_detail);
    case Kind::Network:
        return QCoreApplication::translate("duper::EsError", "Network error talking to %1: %2")
            .arg(hostPort(m_host, m_port), m_detail);
    }
    return {};
}

QString EsError::httpMessage() const
{
    QString reason = m_cause.reason.isEmpty() ? m_cause.deepestReason() : m_cause.reason;
    // Body-parsing errors wrap the real problem ("failed to parse field [x]" caused by "failed to parse [1.5s],
    // fractional time values are not supported"): show the innermost cause too.
    const ErrorCause* innermost = nullptr;
    for (const ErrorCause* cause = m_cause.causedBy.get(); cause; cause = cause->causedBy.get())
        innermost = cause;
    if (innermost && !innermost->reason.isEmpty() && !reason.contains(innermost->reason))
        reason += QStringLiteral(": ") + innermost->reason;
    const QString said = saidSuffix(reason);
    const QString call = m_request.isEmpty() ? QCoreApplication::translate("duper::EsError", "the request") : m_request;

    if (isLicenseProblem(m_cause)) {
        if (m_cause.reason.contains(QStringLiteral("is not licensed for [")))
            return QCoreApplication::translate(
                       "duper::EsError",
                       "The remote cluster's license does not allow cross-cluster replication: CCR needs a platinum, "
                       "enterprise or trial license on both clusters.") +
                   said;
        return QCoreApplication::translate(
                   "duper::EsError",
                   "This cluster's license does not allow cross-cluster replication: CCR needs a platinum, enterprise "
                   "or trial license on both clusters.") +
               said;
    }

    switch (m_httpStatus) {
    case 400:
        return QCoreApplication::translate("duper::EsError", "The cluster refused %1 as invalid.").arg(call) + said;
    case 401:
        if (reason.contains(QStringLiteral("missing authentication credentials")))
            return QCoreApplication::translate(
                       "duper::EsError",
                       "The cluster needs credentials: set a user and password, an API key or a token for this "
                       "connection.") +
                   said;
        return QCoreApplication::translate(
                   "duper::EsError",
                   "The cluster rejected the credentials (wrong user name or password, or an invalid or expired API "
                   "key or token).") +
               said;
    case 403: {
        static const QRegularExpression actionRe(
            QStringLiteral(R"(action \[([^\]]+)\] is unauthorized for (?:user|API key id) \[([^\]]+)\])"));
        static const QRegularExpression grantRe(
            QStringLiteral(R"(granted by the (cluster|index) privileges \[([^\]]+)\])"));
        const QRegularExpressionMatch action = actionRe.match(reason);
        const QRegularExpressionMatch grant = grantRe.match(reason);
        if (action.hasMatch() && grant.hasMatch()) {
            const QString privileges = grant.captured(2).split(QLatin1Char(',')).join(QStringLiteral(", "));
            const QString message =
                grant.captured(1) == u"cluster"
                    ? QCoreApplication::translate("duper::EsError",
                                                  "%1 may not run “%2”: that needs one of the cluster privileges %3.")
                    : QCoreApplication::translate("duper::EsError",
                                                  "%1 may not run “%2”: that needs one of the index privileges %3.");
            return message.arg(action.captured(2), action.captured(1), privileges) + said;
        }
        if (action.hasMatch())
            return QCoreApplication::translate("duper::EsError", "%1 lacks the privilege to run “%2”.")
                       .arg(action.captured(2), action.captured(1)) +
                   said;
        return QCoreApplication::translate("duper::EsError", "The cluster refused %1: a privilege is missing.")
                   .arg(call) +
               said;
    }
    case 404: {
        if (m_cause.isEmpty())
            return QCoreApplication::translate(
                       "duper::EsError",
                       "The cluster has no endpoint for %1 (HTTP 404). Is the URL right, including any path prefix, "
                       "and is this Elasticsearch?")
                .arg(call);
        const QString index = m_cause.extra.value(QStringLiteral("index")).toString();
        if (m_cause.type == u"index_not_found_exception" && !index.isEmpty())
            return QCoreApplication::translate("duper::EsError", "The index “%1” does not exist.").arg(index) + said;
        if (m_cause.type == u"no_such_remote_cluster_exception")
            return QCoreApplication::translate("duper::EsError",
                                               "No such remote cluster is configured on this cluster.") +
                   said;
        return QCoreApplication::translate("duper::EsError", "Not found.") + said;
    }
    case 408:
        return QCoreApplication::translate("duper::EsError", "The cluster timed out handling %1.").arg(call) + said;
    case 409:
        return QCoreApplication::translate(
                   "duper::EsError", "Conflict: the cluster state changed while handling %1. Reload and try again.")
                   .arg(call) +
               said;
    case 429:
        return QCoreApplication::translate("duper::EsError",
                                           "The cluster is busy (too many requests); try again in a moment.") +
               said;
    default:
        break;
    }
    if (m_httpStatus >= 500) {
        if (m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504)
            return QCoreApplication::translate("duper::EsError",
                                               "The cluster is unavailable right now (HTTP %1); try again later.")
                       .arg(m_httpStatus) +
                   said;
        return QCoreApplication::translate("duper::EsError", "The cluster failed with an internal error (HTTP %1).")
                   .arg(m_httpStatus) +
               said;
    }
    if (m_httpStatus >= 300 && m_httpStatus < 400)
        return QCoreApplication::translate(
                   "duper::EsError",
                   "The cluster answered %1 with a redirect (HTTP %2); point the connection at the final URL.")
            .arg(call)
            .arg(m_httpStatus);
    if (!said.isEmpty())
        return QCoreApplication::translate("duper::EsError", "The cluster answered %1 with HTTP %2.")
                   .arg(call)
                   .arg(m_httpStatus) +
               said;
    return QCoreApplication::translate("duper::EsError", "The cluster answered %1 with HTTP %2: %3")
        .arg(call)
        .arg(m_httpStatus)
        .arg(QString::fromUtf8(m_rawBody.left(200)).simplified());
}

} // namespace duper
