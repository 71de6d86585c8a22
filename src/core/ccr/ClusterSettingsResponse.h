#pragma once

#include "core/ccr/RemoteClusterSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace duper {

// The remote cluster settings of GET /_cluster/settings (or of a PUT /_cluster/settings body / response), nested
// or flat (?flat_settings=true). Remotes of `persistent` come first, then `transient` ones.
struct ClusterSettingsResponse
{
    bool acknowledged = false; // PUT responses only
    QList<RemoteClusterSettings> remotes;

    const RemoteClusterSettings* find(const QString& alias, bool persistent = true) const
    {
        for (const RemoteClusterSettings& remote : remotes)
            if (remote.alias == alias && remote.persistent == persistent)
                return &remote;
        return nullptr;
    }

    static std::optional<ClusterSettingsResponse> parse(const QByteArray& body, QString* error = nullptr);
    static std::optional<ClusterSettingsResponse> fromJson(const QJsonObject& object, QString* error = nullptr);
};

} // namespace duper
