#include "core/security/ApiKeyMigrationStateStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace duper {

ApiKeyMigrationStateStore::ApiKeyMigrationStateStore(QString directory) : m_directory(std::move(directory))
{}

QString ApiKeyMigrationStateStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/migrations");
}

QString ApiKeyMigrationStateStore::path(const QString& cluster, const QString& alias) const
{
    QString name = QStringLiteral("apikey-%1-%2.json").arg(cluster, alias);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QDir(m_directory).filePath(name);
}

std::optional<ApiKeyMigrationState> ApiKeyMigrationStateStore::load(const QString& cluster, const QString& alias) const
{
    QFile file(path(cluster, alias));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto state = ApiKeyMigrationState::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!state || state->alias != alias)
        return std::nullopt;
    return state;
}

bool ApiKeyMigrationStateStore::save(const QString& cluster, const ApiKeyMigrationState& state, QString* error) const
{
    const QString target = path(cluster, state.alias);
    QSaveFile file(target);
    const QByteArray data = QJsonDocument(state.toJson()).toJson(QJsonDocument::Indented);
    if (QDir().mkpath(m_directory) && file.open(QIODevice::WriteOnly) && file.write(data) == data.size() &&
        file.commit())
        return true;
    if (error)
        *error = QCoreApplication::translate("duper::ApiKeyMigration", "Cannot write the migration state %1: %2")
                     .arg(QDir::toNativeSeparators(target), file.errorString());
    return false;
}

void ApiKeyMigrationStateStore::remove(const QString& cluster, const QString& alias) const
{
    QFile::remove(path(cluster, alias));
}

} // namespace duper
