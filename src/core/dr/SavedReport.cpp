#include "core/dr/SavedReport.h"

#include <QCoreApplication>

namespace duper {

namespace {

SavedReport::Result resultOf(const QString& key)
{
    if (key == QLatin1String("succeeded"))
        return SavedReport::Result::Succeeded;
    if (key == QLatin1String("failed"))
        return SavedReport::Result::Failed;
    if (key == QLatin1String("cancelled"))
        return SavedReport::Result::Cancelled;
    return SavedReport::Result::Unknown;
}

} // namespace

SavedReport SavedReport::fromJson(const QJsonObject& json, const QString& baseName)
{
    SavedReport report;
    // ReportStore names files <action>-<subject>-<yyyyMMdd>-<HHmmss>; the subject may hold dashes itself.
    const QStringList parts = baseName.split(QLatin1Char('-'));
    if (parts.size() >= 4) {
        report.action = parts.first();
        report.subject = parts.mid(1, parts.size() - 3).join(QLatin1Char('-'));
        report.finishedAt =
            QDateTime::fromString(parts.at(parts.size() - 2) + parts.last(), QStringLiteral("yyyyMMddHHmmss"));
    }
    report.action = json.value(QStringLiteral("action")).toString(report.action);
    report.subject = json.value(QStringLiteral("remote_cluster")).toString(report.subject);
    report.cluster = json.value(QStringLiteral("cluster")).toString();
    for (const char* key : {"finished_at", "started_at"}) {
        const QDateTime time = QDateTime::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
        if (time.isValid()) {
            report.finishedAt = time;
            break;
        }
    }
    report.result = resultOf(json.value(QStringLiteral("result")).toString());
    report.failed = json.value(QStringLiteral("failed")).toInt();
    return report;
}

QString savedReportResultKey(SavedReport::Result result)
{
    switch (result) {
    case SavedReport::Result::Succeeded:
        return QStringLiteral("succeeded");
    case SavedReport::Result::Failed:
        return QStringLiteral("failed");
    case SavedReport::Result::Cancelled:
        return QStringLiteral("cancelled");
    case SavedReport::Result::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString savedReportActionTitle(const QString& action)
{
    if (action == QLatin1String("failover"))
        return QCoreApplication::translate("duper::SavedReport", "Failover");
    if (action == QLatin1String("failback"))
        return QCoreApplication::translate("duper::SavedReport", "Failback");
    if (action == QLatin1String("switch_back") || action == QLatin1String("switchback"))
        return QCoreApplication::translate("duper::SavedReport", "Switch back");
    if (action == QLatin1String("bidirectional"))
        return QCoreApplication::translate("duper::SavedReport", "Bi-directional setup");
    return action;
}

} // namespace duper
