#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace duper {

// One report a disaster-recovery run left in a ReportStore, as a list shows it: what was done to what, when, and
// whether it worked. Read from the JSON file; the Markdown beside it is the same report for people.
struct SavedReport
{
    enum class Result
    {
        Succeeded,
        Failed,
        Cancelled,
        Unknown // a report written by a newer or foreign tool
    };

    QString jsonPath;
    QString markdownPath; // empty when the .md is missing
    QString action;       // "failover", "failback", "switch_back", "bidirectional"
    QString subject;      // the remote cluster (or what else the action was about)
    QString cluster;      // the cluster it ran on
    QDateTime finishedAt; // or started, or the file's time
    Result result = Result::Unknown;
    int failed = 0;

    // Reads one report's JSON object; `baseName` (<action>-<subject>-<yyyyMMdd-HHmmss>) fills what the JSON lacks.
    static SavedReport fromJson(const QJsonObject& json, const QString& baseName);
};

QString savedReportResultKey(SavedReport::Result result); // "succeeded", "failed", "cancelled", "unknown"
// A report's action for people ("Failover", "Bi-directional setup", ...); an action this version does not know is
// shown as it is.
QString savedReportActionTitle(const QString& action);

} // namespace duper
