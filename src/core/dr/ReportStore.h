#pragma once

#include "core/dr/SavedReport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace duper {

// Where reports of disaster-recovery runs are kept: one JSON and one Markdown file per run, named after the action,
// its subject and the time, in a folder of the application's data (or one given, for tests and --report-dir).
class ReportStore
{
public:
    explicit ReportStore(QString directory = defaultDirectory());

    // <AppDataLocation>/reports
    static QString defaultDirectory();
    const QString& directory() const { return m_directory; }

    // Writes <action>-<subject>-<yyyyMMdd-HHmmss>.json and .md; returns the JSON file's path, or empty with
    // *error set (the folder cannot be created, the disk is full).
    QString save(const QString& action, const QString& subject, const QJsonObject& json, const QString& markdown,
                 QString* error = nullptr) const;
    // Writes one report to `path` (an export the user chose): Markdown for a .md name, else JSON; false with
    // *error set.
    static bool exportTo(const QString& path, const QJsonObject& json, const QString& markdown,
                         QString* error = nullptr);
    // The reports in the folder, newest first; a file that is not a JSON object is skipped. Reads every file: call it
    // when the list is shown, not on a timer.
    QList<SavedReport> list() const;

private:
    QString m_directory;
};

} // namespace duper
