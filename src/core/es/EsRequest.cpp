#include "core/es/EsRequest.h"

#include <QUrl>

namespace duper {

namespace {

// RFC 3986 lets ',' '*' and ':' stand unencoded in a path segment; they carry meaning for Elasticsearch (index lists,
// wildcards, "cluster:index"), and no index name may contain ',' or '*', so they are left as they are. Everything
// else outside the unreserved set, '+' and '%' included, is percent-encoded.
QByteArray encodeSegment(const QString& segment)
{
    return QUrl::toPercentEncoding(segment, QByteArrayLiteral(",*:"));
}

QByteArray encodeQueryPart(const QString& part)
{
    return QUrl::toPercentEncoding(part, QByteArrayLiteral(",*:"));
}

} // namespace

QByteArray EsRequest::encodedPath() const
{
    if (m_pathSegments.isEmpty())
        return QByteArrayLiteral("/");
    QByteArray path;
    for (const QString& segment : m_pathSegments) {
        path += '/';
        path += encodeSegment(segment);
    }
    return path;
}

QByteArray EsRequest::encodedQuery() const
{
    QByteArray query;
    for (const auto& [key, value] : m_query) {
        if (!query.isEmpty())
            query += '&';
        query += encodeQueryPart(key);
        query += '=';
        query += encodeQueryPart(value);
    }
    return query;
}

QString EsRequest::describe() const
{
    QString text = QString::fromLatin1(m_method) + QLatin1Char(' ') + QString::fromLatin1(encodedPath());
    const QByteArray query = encodedQuery();
    if (!query.isEmpty())
        text += QLatin1Char('?') + QString::fromLatin1(query);
    return text;
}

} // namespace duper
