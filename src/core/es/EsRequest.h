#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace duper {

// What one Elasticsearch request is: a method, a path given as raw segments (each one percent-encoded by the
// client, so index names with '%', '+', '/', '#' or non-ASCII characters reach the server intact), query items and
// an optional body. Builders return *this so a request reads like the REST call it stands for.
class EsRequest
{
public:
    enum class BodyType
    {
        None,
        Json,
        NdJson
    };

    EsRequest() = default;
    EsRequest(QByteArray method, QStringList pathSegments)
        : m_method(std::move(method)), m_pathSegments(std::move(pathSegments))
    {}

    static EsRequest get(QStringList segments) { return EsRequest("GET", std::move(segments)); }
    static EsRequest put(QStringList segments) { return EsRequest("PUT", std::move(segments)); }
    static EsRequest post(QStringList segments) { return EsRequest("POST", std::move(segments)); }
    static EsRequest del(QStringList segments) { return EsRequest("DELETE", std::move(segments)); }

    EsRequest& addQuery(const QString& key, const QString& value)
    {
        m_query.append({key, value});
        return *this;
    }
    EsRequest& setJsonBody(QByteArray json)
    {
        m_body = std::move(json);
        m_bodyType = BodyType::Json;
        return *this;
    }
    // Newline-delimited JSON (bulk-style bodies); every line, the last included, must end with '\n'.
    EsRequest& setNdJsonBody(QByteArray ndjson)
    {
        m_body = std::move(ndjson);
        m_bodyType = BodyType::NdJson;
        return *this;
    }

    const QByteArray& method() const { return m_method; }
    const QStringList& pathSegments() const { return m_pathSegments; }
    const QList<std::pair<QString, QString>>& query() const { return m_query; }
    const QByteArray& body() const { return m_body; }
    BodyType bodyType() const { return m_bodyType; }

    // "/idx%2Bname/_ccr/info": the segments joined and percent-encoded, without the endpoint's path prefix.
    QByteArray encodedPath() const;
    // "a=1&b=x%2By", or empty.
    QByteArray encodedQuery() const;
    // "GET /idx/_ccr/info" for logs and error messages (never holds secrets: those live only in headers).
    QString describe() const;

private:
    QByteArray m_method = "GET";
    QStringList m_pathSegments;
    QList<std::pair<QString, QString>> m_query;
    QByteArray m_body;
    BodyType m_bodyType = BodyType::None;
};

} // namespace duper
