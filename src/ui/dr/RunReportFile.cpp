#include "ui/dr/RunReportFile.h"

#include "core/dr/ReportStore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace duper::ui {

QString RunReportFile::savedNote(const QString& path, const QString& error)
{
    return path.isEmpty() ? error : tr("Report saved: %1").arg(QFileInfo(path).fileName());
}

bool RunReportFile::write(QWidget* parent, const QString& path, const QString& markdown, const QJsonObject& json)
{
    QString error;
    if (ReportStore::exportTo(path, json, markdown, &error))
        return true;
    QMessageBox::warning(parent, tr("Export report"), error);
    return false;
}

QString RunReportFile::choose(QWidget* parent, const QString& directory, const QString& baseName)
{
    return QFileDialog::getSaveFileName(parent, tr("Export report"),
                                        QDir(directory).filePath(baseName + QStringLiteral(".md")),
                                        tr("Markdown (*.md);;JSON (*.json)"));
}

} // namespace duper::ui
