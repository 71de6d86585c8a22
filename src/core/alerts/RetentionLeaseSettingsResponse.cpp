#include "core/alerts/RetentionLeaseSettingsResponse.h"

#include "core/alerts/RetentionPeriod.h"
#include "core/json/JsonReader.h"
#include "core/values/TimeValue.h"

namespace duper {

const QString RetentionLeaseSettingsResponse::settingName = QStringLiteral("index.soft_deletes.retention_lease.period");

namespace {

// The value in a flat (flat_settings=true) or nested settings object; empty when absent.
QString settingIn(const QJsonObject& settings)
{
    const QJsonValue flat = settings.value(RetentionLeaseSettingsResponse::settingName);
    if (flat.isString())
        return flat.toString();
    QJsonValue node = settings;
    for (const QString& part : RetentionLeaseSettingsResponse::settingName.split(QLatin1Char('.')))
        node = node.toObject().value(part);
    return node.isString() ? node.toString() : QString();
}

} // namespace

std::optional<RetentionLeaseSettingsResponse> RetentionLeaseSettingsResponse::parse(const QByteArray& body,
                                                                                    QString* error)
{
    JsonReader reader(QStringLiteral("index settings"));
    QJsonObject root;
    if (!reader.open(body, root)) {
        reader.reportTo(error);
        return std::nullopt;
    }
    RetentionLeaseSettingsResponse response;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject index = it.value().toObject();
        // The index's own value wins over the default include_defaults adds.
        QString text = settingIn(index.value(QStringLiteral("settings")).toObject());
        if (text.isEmpty())
            text = settingIn(index.value(QStringLiteral("defaults")).toObject());
        if (text.isEmpty()) {
            response.periodMsByIndex.insert(it.key(), RetentionPeriod::defaultMs);
            continue;
        }
        const auto parsed = TimeValue::parse(text, settingName);
        if (!parsed || parsed.value().milliseconds() < 0) {
            reader.fail(it.key() + QStringLiteral(".") + settingName, QStringLiteral("is not a time value"));
            reader.reportTo(error);
            return std::nullopt;
        }
        response.periodMsByIndex.insert(it.key(), parsed.value().milliseconds());
    }
    return response;
}

} // namespace duper
