#pragma once

#include "core/es/ErrorCause.h"

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace duper {

// Everything that can go wrong with one Elasticsearch request, in one type. A default-constructed EsError is "no
// error". userMessage() turns every case into words a user understands, in one place, keeping Elasticsearch's own
// reason where there is one.
class EsError
{
public:
    enum class Kind
    {
        None,
        ConnectionRefused, // nothing listens at host:port
        HostNotFound,
        Timeout, // no byte for the transfer timeout
        Tls,     // handshake failed, certificate untrusted, hostname mismatch
        Cancelled,
        Http,              // the server answered with a status >= 300
        MalformedResponse, // 2xx but bad JSON, truncated body, or the wrong shape
        Configuration,     // the request could not be sent as configured (unreadable CA file, bad URL)
        Network,           // any other transport failure
    };

    EsError() = default;

    static EsError connectionRefused(QString host, int port, QString detail);
    static EsError hostNotFound(QString host, QString detail);
    static EsError timeout(int timeoutMs);
    static EsError tls(QString host, int port, QString detail, QList<QSslError> sslErrors);
    static EsError cancelled();
    // Reads ES's {"error": ..., "status": n} body when there is one; otherwise keeps the raw body.
    static EsError http(int status, const QByteArray& body);
    static EsError malformed(QString detail);
    static EsError configuration(QString detail);
    static EsError network(QString host, int port, QString detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // The HTTP status for Http errors (also set on MalformedResponse when a status line arrived), else 0.
    int httpStatus() const { return m_httpStatus; }
    // ES's error object for Http errors with an ES body; empty otherwise.
    const ErrorCause& cause() const { return m_cause; }
    // The response body when it was not ES's error JSON (a proxy's HTML page...), at most 4 KB.
    const QByteArray& rawBody() const { return m_rawBody; }
    // Technical detail: Qt's error string, the parser's message. Never holds secrets.
    const QString& detail() const { return m_detail; }
    const QList<QSslError>& sslErrors() const { return m_sslErrors; }
    QStringList sslErrorTexts() const;
    int timeoutMs() const { return m_timeoutMs; }

    // "GET /idx/_ccr/info" — set by the job so messages can say which call failed.
    const QString& requestDescription() const { return m_request; }
    void setRequestDescription(QString description) { m_request = std::move(description); }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // "URL: message" for each URL of the cluster that could not be reached, in the order tried (set by the job when
    // it tried more than one; the error itself is the last one's).
    const QStringList& failedUrls() const { return m_failedUrls; }
    void setFailedUrls(QStringList attempts) { m_failedUrls = std::move(attempts); }

    // One sentence or two for people, translated; with every URL tried when there were several.
    QString userMessage() const;

private:
    // An error of `kind` about the host:port it happened at (port -1: none) with the system's detail text.
    static EsError at(Kind kind, QString host, int port, QString detail);
    QString singleMessage() const;
    QString httpMessage() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    ErrorCause m_cause;
    QByteArray m_rawBody;
    QString m_detail;
    QList<QSslError> m_sslErrors;
    QString m_host;
    int m_port = -1;
    int m_timeoutMs = 0;
    QString m_request;
    QStringList m_failedUrls;
};

} // namespace duper
