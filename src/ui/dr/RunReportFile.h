#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QWidget;

namespace duper::ui {

// A wizard's report of its run, for the user: the note that says where ReportStore saved it, and Export report…
// (a file picked by the user, Markdown for a .md name and JSON otherwise).
class RunReportFile
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::RunReportFile)

public:
    // "Report saved: <file name>" (a full path does not wrap and would be cut off), or why it was not saved.
    static QString savedNote(const QString& path, const QString& error);
    // Writes `markdown` or `json` to `path`; false after telling the user why (a message box over `parent`).
    static bool write(QWidget* parent, const QString& path, const QString& markdown, const QJsonObject& json);
    // Asks where to export, suggesting <directory>/<baseName>.md; empty when the user cancelled.
    static QString choose(QWidget* parent, const QString& directory, const QString& baseName);
};

} // namespace duper::ui
