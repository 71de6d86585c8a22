#include "core/es/EsErrorBody.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>

namespace duper {

std::optional<EsErrorBody> EsErrorBody::parse(const QByteArray& body, QString* error)
{
    JsonReader reader(QStringLiteral("error"));
    QJsonObject root;
    EsErrorBody result;
    bool ok = reader.open(body, root);
    if (ok) {
        // "status" only repeats the HTTP status: one that is no small whole number (1e20, 1.5, "bad") is left out
        // rather than losing the error's reason with it.
        JsonReader statusReader(QStringLiteral("error"));
        int status = 0;
        if (statusReader.optInt(root, QStringLiteral("status"), {}, status))
            result.status = status;
        const QJsonValue value = root.value(QStringLiteral("error"));
        if (value.isObject())
            result.error = ErrorCause::fromJson(value.toObject());
        else if (value.isString()) // very old Elasticsearch: "error": "IndexMissingException[[x] missing]"
            result.error.reason = value.toString();
        else if (value.isUndefined() || value.isNull())
            ok = reader.fail(QStringLiteral("error"), QCoreApplication::translate("duper::Parsers", "is missing"));
        else
            ok = reader.fail(QStringLiteral("error"),
                             QCoreApplication::translate("duper::Parsers", "is not an object or a string"));
    }
    if (!ok) {
        reader.reportTo(error);
        return std::nullopt;
    }
    return result;
}

} // namespace duper
