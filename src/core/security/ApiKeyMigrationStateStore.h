#pragma once

#include "core/security/ApiKeyMigrationState.h"

#include <QString>
#include <optional>

namespace duper {

// Keeps the ApiKeyMigrationState of an unfinished migration: one small JSON file per follower cluster and alias in
// a folder of the application's data (next to the DR reports; another folder for tests). Written before the first
// pause, removed once the migration succeeded or was rolled back, so a run that finds one is a resumed run.
class ApiKeyMigrationStateStore
{
public:
    explicit ApiKeyMigrationStateStore(QString directory = defaultDirectory());

    // <AppDataLocation>/migrations
    static QString defaultDirectory();
    const QString& directory() const { return m_directory; }

    // `cluster` tells follower clusters apart (their UUID, else name): two may use the same alias.
    std::optional<ApiKeyMigrationState> load(const QString& cluster, const QString& alias) const;
    bool save(const QString& cluster, const ApiKeyMigrationState& state, QString* error = nullptr) const;
    void remove(const QString& cluster, const QString& alias) const;
    QString path(const QString& cluster, const QString& alias) const;

private:
    QString m_directory;
};

} // namespace duper
