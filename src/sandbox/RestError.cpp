#include "sandbox/RestError.h"

#include "sandbox/JsonWriter.h"

namespace duper::sandbox {

RestError& RestError::withExtra(const QString& key, const QByteArray& json)
{
    m_extra.append({key, json});
    return *this;
}

RestError& RestError::withExtraString(const QString& key, const QString& value)
{
    return withExtra(key, JsonWriter::quoted(value));
}

RestError& RestError::withCause(const RestError& cause)
{
    m_cause = std::make_shared<RestError>(cause);
    return *this;
}

QByteArray RestError::causeJson(bool withRootCause) const
{
    JsonWriter w;
    w.beginObject();
    if (withRootCause) {
        // ES reports the innermost ElasticsearchException; x_content wrappers are their own root cause.
        w.key(QLatin1String("root_cause")).beginArray().raw(causeJsonFlat()).endArray();
    }
    w.key(QLatin1String("type")).value(m_type);
    w.key(QLatin1String("reason")).value(m_reason);
    for (const auto& [key, json] : m_extra)
        w.key(key).raw(json);
    if (m_cause)
        w.key(QLatin1String("caused_by")).raw(m_cause->causeJson(false));
    w.endObject();
    return w.take();
}

QByteArray RestError::causeJsonFlat() const
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("type")).value(m_type);
    w.key(QLatin1String("reason")).value(m_reason);
    for (const auto& [key, json] : m_extra)
        w.key(key).raw(json);
    w.endObject();
    return w.take();
}

QByteArray RestError::toJson() const
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1String("error")).raw(causeJson(true));
    w.key(QLatin1String("status")).value(m_status);
    w.endObject();
    return w.take();
}

RestResponse RestError::toResponse() const
{
    return RestResponse::json(toJson(), m_status);
}

RestError RestError::indexNotFound(const QString& index)
{
    RestError error(404, QStringLiteral("index_not_found_exception"), QStringLiteral("no such index [%1]").arg(index));
    error.withExtraString(QStringLiteral("resource.type"), QStringLiteral("index_or_alias"));
    error.withExtraString(QStringLiteral("resource.id"), index);
    error.withExtraString(QStringLiteral("index_uuid"), QStringLiteral("_na_"));
    error.withExtraString(QStringLiteral("index"), index);
    return error;
}

RestError RestError::noSuchRemoteCluster(const QString& alias)
{
    return {404, QStringLiteral("no_such_remote_cluster_exception"),
            QStringLiteral("no such remote cluster: [%1]").arg(alias)};
}

RestError RestError::validation(const QStringList& messages)
{
    QString reason = QStringLiteral("Validation Failed: ");
    for (qsizetype i = 0; i < messages.size(); ++i)
        reason += QStringLiteral("%1: %2;").arg(i + 1).arg(messages.at(i));
    return {400, QStringLiteral("action_request_validation_exception"), reason};
}

RestError RestError::invalidIndexName(const QString& index, const QString& reason)
{
    RestError error(400, QStringLiteral("invalid_index_name_exception"), reason);
    error.withExtraString(QStringLiteral("index_uuid"), QStringLiteral("_na_"));
    error.withExtraString(QStringLiteral("index"), index);
    return error;
}

RestError RestError::resourceAlreadyExists(const QString& index, const QString& uuid)
{
    RestError error(400, QStringLiteral("resource_already_exists_exception"),
                    QStringLiteral("index [%1/%2] already exists").arg(index, uuid));
    error.withExtraString(QStringLiteral("index_uuid"), uuid);
    error.withExtraString(QStringLiteral("index"), index);
    return error;
}

} // namespace duper::sandbox
