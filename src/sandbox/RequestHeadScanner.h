#pragma once

#include <QByteArray>
#include <QString>

namespace duper::sandbox {

// Follows the bytes of one HTTP/1.1 connection as they arrive, before Qt HTTP Server parses them, to apply
// Elasticsearch's limits: request line length, header size and declared body size. Tracks request boundaries
// through Content-Length; after a chunked body it stops checking that connection. Memory stays bounded by the
// limits.
class RequestHeadScanner
{
public:
    enum class Verdict
    {
        Ok,
        TooLongLine,
        TooLargeHeader,
        BadRequestLine,
        TooLargeBody
    };

    explicit RequestHeadScanner(qint64 maxContentLength) : m_maxContentLength(maxContentLength) {}

    Verdict feed(const QByteArray& data);
    // Elasticsearch's exception type and reason for the last non-Ok verdict.
    const QString& type() const { return m_type; }
    const QString& reason() const { return m_reason; }
    // True while part of a request head has arrived but not its end.
    bool inPartialHead() const { return m_state == State::Head && !m_head.isEmpty(); }

private:
    enum class State
    {
        Head,
        Body,
        Unchecked
    };

    Verdict fail(Verdict verdict, QString type, QString reason);
    Verdict checkRequestLine(const QByteArray& line);
    Verdict endOfHead();

    qint64 m_maxContentLength;
    State m_state = State::Head;
    QByteArray m_head;        // the current request head so far (request line + headers)
    qsizetype m_lineEnd = -1; // end of the request line in m_head, -1 until it has arrived
    qint64 m_bodyLeft = 0;
    QString m_type;
    QString m_reason;
};

} // namespace duper::sandbox
