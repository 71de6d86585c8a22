#pragma once

#include "core/ccr/RemoteClusterMode.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace duper {

// The cluster.remote.<alias>.* settings of one remote: what to write through PUT /_cluster/settings, and what
// ClusterSettingsResponse reads back. Unset optionals are not written.
struct RemoteClusterSettings
{
    QString alias;
    std::optional<RemoteClusterMode> mode;
    QStringList seeds;                 // sniff
    QString proxyAddress;              // proxy
    std::optional<QString> serverName; // proxy
    std::optional<bool> skipUnavailable;
    std::optional<int> nodeConnections;        // sniff
    std::optional<int> proxySocketConnections; // proxy
    bool persistent = true;                    // else transient
    bool remove = false;                       // write null to every key of this remote
    // Write null to every key this does not set: puts back saved settings exactly (a rollback), dropping keys a
    // later change added.
    bool exact = false;

    // {"persistent"|"transient": {"cluster.remote.<alias>.<key>": value, ...}} with flat keys. Setting a mode
    // also nulls the other mode's keys, so switching sniff <-> proxy passes ES's mode validation.
    QJsonObject toJson() const;
};

} // namespace duper
