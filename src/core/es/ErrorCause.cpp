#include "core/es/ErrorCause.h"

#include <QJsonArray>

namespace duper {

QString ErrorCause::deepestReason() const
{
    for (const ErrorCause& root : rootCause) {
        if (!root.reason.isEmpty())
            return root.reason;
    }
    return reason;
}

ErrorCause ErrorCause::fromJson(const QJsonObject& object)
{
    ErrorCause cause;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == u"type") {
            cause.type = it.value().toString();
        } else if (key == u"reason") {
            cause.reason = it.value().toString();
        } else if (key == u"root_cause") {
            const QJsonArray roots = it.value().toArray();
            for (const QJsonValue& root : roots)
                cause.rootCause.append(fromJson(root.toObject()));
        } else if (key == u"caused_by") {
            cause.causedBy = std::make_shared<const ErrorCause>(fromJson(it.value().toObject()));
        } else {
            cause.extra.insert(key, it.value());
        }
    }
    return cause;
}

QJsonObject ErrorCause::toJson() const
{
    QJsonObject object = extra;
    if (!rootCause.isEmpty()) {
        QJsonArray roots;
        for (const ErrorCause& root : rootCause)
            roots.append(root.toJson());
        object.insert(QStringLiteral("root_cause"), roots);
    }
    object.insert(QStringLiteral("type"), type);
    object.insert(QStringLiteral("reason"), reason.isNull() ? QJsonValue() : QJsonValue(reason));
    if (causedBy)
        object.insert(QStringLiteral("caused_by"), causedBy->toJson());
    return object;
}

} // namespace duper
