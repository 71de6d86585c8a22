#include "core/security/ApiKeyMigrationState.h"

#include "core/ccr/ClusterSettingsResponse.h"

#include <QJsonArray>

namespace duper {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList result;
    for (const QJsonValue& item : value.toArray())
        result.append(item.toString());
    return result;
}

} // namespace

QJsonObject ApiKeyMigrationState::toJson() const
{
    // The settings are kept as the cluster-settings body that writes them, which ClusterSettingsResponse reads back.
    RemoteClusterSettings settings = previous;
    settings.exact = false;
    return QJsonObject{{QStringLiteral("remote_cluster"), alias},
                       {QStringLiteral("previous_settings"), settings.toJson()},
                       {QStringLiteral("paused_followers"), QJsonArray::fromStringList(pausedFollowers)},
                       {QStringLiteral("paused_patterns"), QJsonArray::fromStringList(pausedPatterns)}};
}

std::optional<ApiKeyMigrationState> ApiKeyMigrationState::fromJson(const QJsonObject& object)
{
    ApiKeyMigrationState state;
    state.alias = object.value(QStringLiteral("remote_cluster")).toString();
    if (state.alias.isEmpty())
        return std::nullopt;
    const auto settings =
        ClusterSettingsResponse::fromJson(object.value(QStringLiteral("previous_settings")).toObject());
    if (!settings)
        return std::nullopt;
    const RemoteClusterSettings* previous = settings->find(state.alias, true);
    if (!previous)
        previous = settings->find(state.alias, false);
    if (!previous)
        return std::nullopt;
    state.previous = *previous;
    state.pausedFollowers = strings(object.value(QStringLiteral("paused_followers")));
    state.pausedPatterns = strings(object.value(QStringLiteral("paused_patterns")));
    return state;
}

} // namespace duper
