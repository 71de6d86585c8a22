#pragma once

#include "sandbox/FlatSettings.h"
#include "sandbox/RemoteConnection.h"
#include "sandbox/RestError.h"

#include <QJsonObject>
#include <QMap>

namespace duper::sandbox {

// Persistent and transient cluster settings, with the remote-cluster rules ES enforces on update (mode mismatch,
// null removes). Remotes come from the merged view (transient over persistent).
class ClusterSettings
{
public:
    // Applies a PUT /_cluster/settings body; returns the response body or sets `error`.
    QByteArray update(const QJsonObject& body, bool flat, RestError* error);
    QByteArray render(bool flat, bool includeDefaults) const;
    QMap<QString, RemoteConnection> remotes() const;
    // A boolean cluster setting in force (transient wins over persistent), or `fallback` when unset.
    bool flag(const QString& key, bool fallback) const;
    void setPersistent(const QString& key, const QJsonValue& value) { m_persistent.insert(key, value); }

private:
    static std::optional<RestError> validate(const FlatSettings::Map& merged);
    FlatSettings::Map merged() const;
    FlatSettings::Map m_persistent;
    FlatSettings::Map m_transient;
};

} // namespace duper::sandbox
