#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

namespace duper {

// Elasticsearch's ErrorCause: the `error` object of a failed response, an entry of `read_exceptions`, a
// `fatal_exception`, or an auto-follow error. Keys beyond the known ones ("index", "index_uuid", "header",
// "license.expired.feature", ...) are kept in `extra` so nothing the server said is lost.
struct ErrorCause
{
    QString type;   // e.g. "illegal_argument_exception"
    QString reason; // may be empty: ES allows a null reason
    QList<ErrorCause> rootCause;
    std::shared_ptr<const ErrorCause> causedBy;
    QJsonObject extra;

    bool isEmpty() const { return type.isEmpty() && reason.isEmpty(); }
    // The innermost reason worth showing: the first root cause's reason, else this reason.
    QString deepestReason() const;

    static ErrorCause fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};

} // namespace duper
