#include "core/dr/ReportStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

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

} // namespace duper
