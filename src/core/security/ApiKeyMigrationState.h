#pragma once

#include "core/ccr/RemoteClusterSettings.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// What a migration to an API key must remember across runs (ApiKeyMigrationStateStore keeps it from before the
// first pause until the migration succeeded or was rolled back): the alias's settings before the switch, and what
// the migration itself paused — so a second run resumes exactly those and not what the user had paused. Holds
// addresses and names only, never a key.
struct ApiKeyMigrationState
{
    QString alias;
    RemoteClusterSettings previous;
    QStringList pausedFollowers;
    QStringList pausedPatterns;

    QJsonObject toJson() const;
    // Nullopt when `object` is not a state of this shape.
    static std::optional<ApiKeyMigrationState> fromJson(const QJsonObject& object);
};

} // namespace duper
