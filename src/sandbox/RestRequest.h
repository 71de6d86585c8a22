#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace duper::sandbox {

// An HTTP request as the emulated cluster sees it, independent of Qt HTTP Server so routes are easy to test.
struct RestRequest
{
    QByteArray method; // "GET", "PUT", ...
    QString path;      // decoded path, e.g. "/follower/_ccr/stats"
    QStringList segments;
    // Index of the first segment whose percent-decoded bytes are not UTF-8 (decoded with U+FFFD), -1 if none.
    int invalidUtf8Segment = -1;
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set by the server after authentication.
    QString user = QStringLiteral("elastic");
    bool restrictedUser = false;

    QString queryValue(const QString& name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool hasQuery(const QString& name) const { return query.hasQueryItem(name); }
    // ES boolean query flag: present with no value or "true".
    bool queryFlag(const QString& name) const
    {
        if (!query.hasQueryItem(name))
            return false;
        const QString v = queryValue(name);
        return v.isEmpty() || v == u"true";
    }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // Path plus query as ES quotes it in security messages ("/_ccr/stats?pretty").
    QString pathAndQuery() const
    {
        const QString q = query.toString(QUrl::FullyDecoded);
        return q.isEmpty() ? path : path + QLatin1Char('?') + q;
    }
};

} // namespace duper::sandbox
