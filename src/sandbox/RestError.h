#pragma once

#include "sandbox/RestResponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>

namespace duper::sandbox {

// An Elasticsearch exception as the REST layer renders it:
// {"error":{"root_cause":[{...}],"type":..,"reason":..,<extra keys>,"caused_by":{..}},"status":N}.
class RestError
{
public:
    RestError() = default;
    RestError(int status, QString type, QString reason)
        : m_status(status), m_type(std::move(type)), m_reason(std::move(reason))
    {}

    int status() const { return m_status; }
    const QString& type() const { return m_type; }
    const QString& reason() const { return m_reason; }
    bool isNull() const { return m_type.isEmpty(); }

    // Extra keys rendered after "reason" in insertion order; `json` is already serialised.
    RestError& withExtra(const QString& key, const QByteArray& json);
    RestError& withExtraString(const QString& key, const QString& value);
    RestError& withCause(const RestError& cause);

    // The ErrorCause object (without root_cause unless `withRootCause`).
    QByteArray causeJson(bool withRootCause) const;
    QByteArray toJson() const;
    RestResponse toResponse() const;

    // Common Elasticsearch exceptions.
    static RestError illegalArgument(const QString& reason)
    {
        return {400, QStringLiteral("illegal_argument_exception"), reason};
    }
    static RestError indexNotFound(const QString& index);
    static RestError resourceNotFound(const QString& reason)
    {
        return {404, QStringLiteral("resource_not_found_exception"), reason};
    }
    static RestError noSuchRemoteCluster(const QString& alias);
    static RestError validation(const QStringList& messages);
    static RestError invalidIndexName(const QString& index, const QString& reason);
    static RestError xContentParse(const QString& reason)
    {
        return {400, QStringLiteral("x_content_parse_exception"), reason};
    }
    static RestError resourceAlreadyExists(const QString& index, const QString& uuid);

private:
    QByteArray causeJsonFlat() const;
    int m_status = 500;
    QString m_type;
    QString m_reason;
    QList<QPair<QString, QByteArray>> m_extra;
    std::shared_ptr<RestError> m_cause;
};

} // namespace duper::sandbox
