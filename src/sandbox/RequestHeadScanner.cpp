#include "sandbox/RequestHeadScanner.h"

#include "sandbox/HttpLimits.h"

#include <QList>
#include <algorithm>
#include <cctype>

namespace duper::sandbox {

namespace {

// Enough for a request line and headers at their limits plus line ends; nothing beyond it is kept.
constexpr qsizetype kMaxHeadBytes = HttpLimits::kMaxInitialLineLength + HttpLimits::kMaxHeaderSize + 8;

// Position just past the blank line that ends a head ("\n\n" or "\n\r\n"), searching from `from`; -1 if none yet.
qsizetype findHeadEnd(const QByteArray& head, qsizetype from)
{
    for (qsizetype p = std::max<qsizetype>(from, 0); p < head.size(); ++p) {
        if (head.at(p) != '\n')
            continue;
        if (p + 1 < head.size() && head.at(p + 1) == '\n')
            return p + 2;
        if (p + 2 < head.size() && head.at(p + 1) == '\r' && head.at(p + 2) == '\n')
            return p + 3;
    }
    return -1;
}

bool isHttpVersion(const QByteArray& v)
{
    return v.size() == 8 && v.startsWith("HTTP/") && std::isdigit(static_cast<unsigned char>(v.at(5))) &&
           v.at(6) == '.' && std::isdigit(static_cast<unsigned char>(v.at(7)));
}

} // namespace

RequestHeadScanner::Verdict RequestHeadScanner::fail(Verdict verdict, QString type, QString reason)
{
    m_state = State::Unchecked; // the connection is answered and closed
    m_type = std::move(type);
    m_reason = std::move(reason);
    return verdict;
}

RequestHeadScanner::Verdict RequestHeadScanner::feed(const QByteArray& data)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        if (m_state == State::Unchecked)
            return Verdict::Ok;
        if (m_state == State::Body) {
            const qsizetype take = static_cast<qsizetype>(std::min<qint64>(m_bodyLeft, n - i));
            i += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                m_state = State::Head;
            continue;
        }
        // Line ends between requests are skipped, as Netty does.
        if (m_head.isEmpty()) {
            while (i < n && (data.at(i) == '\r' || data.at(i) == '\n'))
                ++i;
            if (i == n)
                return Verdict::Ok;
        }
        const qsizetype old = m_head.size();
        const qsizetype take = std::min(kMaxHeadBytes + 1 - old, n - i);
        m_head.append(data.constData() + i, take);
        if (m_lineEnd < 0) {
            const qsizetype newline = m_head.indexOf('\n', old);
            const qsizetype lineLength = newline < 0 ? m_head.size() : newline;
            if (lineLength > HttpLimits::kMaxInitialLineLength) {
                return fail(
                    Verdict::TooLongLine, QStringLiteral("too_long_http_line_exception"),
                    QStringLiteral("An HTTP line is larger than %1 bytes.").arg(HttpLimits::kMaxInitialLineLength));
            }
            if (newline < 0) {
                i += take;
                continue;
            }
            m_lineEnd = newline;
            if (const Verdict v = checkRequestLine(m_head.left(newline)); v != Verdict::Ok)
                return v;
        }
        const qsizetype end = findHeadEnd(m_head, std::max(m_lineEnd, old - 2));
        const qsizetype headerBytes = (end < 0 ? m_head.size() : end) - m_lineEnd - 1;
        if (headerBytes > HttpLimits::kMaxHeaderSize + 2) {
            return fail(Verdict::TooLargeHeader, QStringLiteral("too_long_http_header_exception"),
                        QStringLiteral("HTTP header is larger than %1 bytes.").arg(HttpLimits::kMaxHeaderSize));
        }
        if (end < 0) {
            i += take;
            continue;
        }
        i += end - old;
        if (const Verdict v = endOfHead(); v != Verdict::Ok)
            return v;
    }
    return Verdict::Ok;
}

RequestHeadScanner::Verdict RequestHeadScanner::checkRequestLine(const QByteArray& line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    const bool methodOk = !parts.isEmpty() && !parts.first().isEmpty() &&
                          std::all_of(parts.first().begin(), parts.first().end(),
                                      [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (parts.size() != 3 || !methodOk || parts.at(1).isEmpty()) {
        return fail(Verdict::BadRequestLine, QStringLiteral("illegal_argument_exception"),
                    QStringLiteral("invalid HTTP request line: %1").arg(QString::fromUtf8(line.trimmed().left(256))));
    }
    if (!isHttpVersion(parts.at(2))) {
        return fail(Verdict::BadRequestLine, QStringLiteral("illegal_argument_exception"),
                    QStringLiteral("invalid version format: %1").arg(QString::fromUtf8(parts.at(2).left(256))));
    }
    return Verdict::Ok;
}

RequestHeadScanner::Verdict RequestHeadScanner::endOfHead()
{
    qint64 contentLength = 0;
    bool chunked = false;
    const QList<QByteArray> lines = m_head.mid(m_lineEnd + 1).split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = std::max<qint64>(value.toLongLong(), 0); // Qt HTTP Server rejects a malformed one
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    m_head.clear();
    m_lineEnd = -1;
    if (contentLength > m_maxContentLength)
        return fail(Verdict::TooLargeBody, {}, {});
    if (chunked) {
        m_state = State::Unchecked; // boundaries are no longer known; Qt HTTP Server takes it from here
    } else if (contentLength > 0) {
        m_state = State::Body;
        m_bodyLeft = contentLength;
    }
    return Verdict::Ok;
}

} // namespace duper::sandbox
