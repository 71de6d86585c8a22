#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace duper {

// GET /<index>/_settings/index.soft_deletes.retention_lease.period?include_defaults=true&flat_settings=true: each
// index's retention lease period, set on the index or Elasticsearch's default.
struct RetentionLeaseSettingsResponse
{
    static const QString settingName; // "index.soft_deletes.retention_lease.period"

    QHash<QString, qint64> periodMsByIndex; // indices that report neither value get RetentionPeriod::defaultMs

    static std::optional<RetentionLeaseSettingsResponse> parse(const QByteArray& body, QString* error = nullptr);
};

} // namespace duper
