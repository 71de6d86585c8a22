#include "core/dr/ReportStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>

namespace duper {

namespace {

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("duper::ReportStore", "Cannot write the report %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

ReportStore::ReportStore(QString directory) : m_directory(std::move(directory))
{}

QString ReportStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/reports");
}

QString ReportStore::save(const QString& action, const QString& subject, const QJsonObject& json,
                          const QString& markdown, QString* error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("duper::ReportStore", "Cannot create the report folder %1.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return {};
    }
    // Aliases and cluster names are safe already; keep the file name portable anyway.
    QString safeSubject = subject;
    safeSubject.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString base =
        QDir(m_directory)
            .filePath(QStringLiteral("%1-%2-%3")
                          .arg(action, safeSubject,
                               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString jsonPath = base + QStringLiteral(".json");
    if (!writeFile(jsonPath, QJsonDocument(json).toJson(QJsonDocument::Indented), error) ||
        !writeFile(base + QStringLiteral(".md"), markdown.toUtf8(), error))
        return {};
    return jsonPath;
}

bool ReportStore::exportTo(const QString& path, const QJsonObject& json, const QString& markdown, QString* error)
{
    const bool isMarkdown = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
    return writeFile(path, isMarkdown ? markdown.toUtf8() : QJsonDocument(json).toJson(QJsonDocument::Indented), error);
}

QList<SavedReport> ReportStore::list() const
{
    QList<SavedReport> reports;
    const QDir dir(m_directory);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable);
    for (const QFileInfo& info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        if (!document.isObject())
            continue;
        SavedReport report = SavedReport::fromJson(document.object(), info.completeBaseName());
        report.jsonPath = info.absoluteFilePath();
        const QString markdown = dir.filePath(info.completeBaseName() + QStringLiteral(".md"));
        if (QFileInfo::exists(markdown))
            report.markdownPath = QFileInfo(markdown).absoluteFilePath();
        if (!report.finishedAt.isValid())
            report.finishedAt = info.lastModified();
        reports.append(std::move(report));
    }
    std::stable_sort(reports.begin(), reports.end(), [](const SavedReport& a, const SavedReport& b) {
        return a.finishedAt > b.finishedAt || (a.finishedAt == b.finishedAt && a.jsonPath > b.jsonPath);
    });
    return reports;
}

} // namespace duper
