#include "ui/dr/RunReportFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>

namespace duper::ui {

QString RunReportFile::savedNote(const QString& path, const QString& error)
{
    return path.isEmpty() ? error : tr("Report saved: %1").arg(QFileInfo(path).fileName());
}

bool RunReportFile::write(QWidget* parent, const QString& path, const QString& markdown, const QJsonObject& json)
{
    const QByteArray data =
        path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ? markdown.toUtf8() : QJsonDocument(json).toJson();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    QMessageBox::warning(parent, tr("Export report"),
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

QString RunReportFile::choose(QWidget* parent, const QString& directory, const QString& baseName)
{
    return QFileDialog::getSaveFileName(parent, tr("Export report"),
                                        QDir(directory).filePath(baseName + QStringLiteral(".md")),
                                        tr("Markdown (*.md);;JSON (*.json)"));
}

} // namespace duper::ui
