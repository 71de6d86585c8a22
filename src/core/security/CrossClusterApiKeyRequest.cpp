#include "core/security/CrossClusterApiKeyRequest.h"

#include "core/values/TimeValue.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace duper {

namespace {

QJsonArray namesEntry(const QStringList& names)
{
    return QJsonArray{QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(names)}}};
}

} // namespace

QStringList CrossClusterApiKeyRequest::problems(bool forCreate) const
{
    QStringList result;
    if (forCreate && name.trimmed().isEmpty())
        result.append(QCoreApplication::translate("duper::CrossClusterApiKeyRequest", "the key needs a name"));
    if (forCreate && replication.isEmpty() && search.isEmpty())
        result.append(QCoreApplication::translate(
            "duper::CrossClusterApiKeyRequest",
            "give the index patterns the key may replicate (or search); a key without access is refused"));
    for (const QString& pattern : replication + search) {
        if (pattern.trimmed().isEmpty() || pattern.contains(QLatin1Char(':')))
            result.append(QCoreApplication::translate("duper::CrossClusterApiKeyRequest",
                                                      "\"%1\" is not an index pattern of the leader cluster")
                              .arg(pattern));
    }
    if (expiration) {
        const auto parsed = TimeValue::parse(*expiration, QStringLiteral("expiration"));
        if (!parsed)
            result.append(parsed.error().message());
        else if (parsed.value().milliseconds() <= 0)
            result.append(QCoreApplication::translate("duper::CrossClusterApiKeyRequest",
                                                      "expiration: give a positive time such as 30d"));
    }
    return result;
}

QJsonObject CrossClusterApiKeyRequest::toJson(bool forCreate) const
{
    QJsonObject body;
    if (forCreate)
        body.insert(QStringLiteral("name"), name);
    QJsonObject access;
    if (!replication.isEmpty())
        access.insert(QStringLiteral("replication"), namesEntry(replication));
    if (!search.isEmpty())
        access.insert(QStringLiteral("search"), namesEntry(search));
    if (!access.isEmpty())
        body.insert(QStringLiteral("access"), access);
    if (expiration)
        body.insert(QStringLiteral("expiration"), *expiration);
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    return body;
}

} // namespace duper
