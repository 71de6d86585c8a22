#pragma once

#include "core/values/FollowParameters.h"

#include <QHash>
#include <QString>
#include <optional>

class QSettings;

namespace duper {

// The follow parameters Duper last read for each follower of one connection. Elasticsearch forgets a follower's
// parameters when it is paused (follow_info reports none and resume falls back to the defaults), so Duper keeps
// them to offer "resume with the settings it had". Stored (they are not secret) in the injected QSettings under
// "rememberedParameters/<connection id>/<follower>" as the JSON body resume_follow would take.
// remember() is meant to be called for every active row on every refresh: it compares against an in-memory copy
// and touches the settings only when something changed.
class RememberedParameters
{
public:
    // `settings` must outlive this object.
    RememberedParameters(QSettings* settings, QString connectionId);

    const QString& connectionId() const { return m_connectionId; }

    // Keeps `parameters` (wait_for_active_shards is not kept: it belongs to the follow call only).
    void remember(const QString& follower, const FollowParameters& parameters);
    std::optional<FollowParameters> recall(const QString& follower) const;
    void forget(const QString& follower);

    // Only the parameters whose value differs from Elasticsearch's default (follow_info reports all ten, defaults
    // included). Empty when the follower uses the defaults throughout.
    static FollowParameters customOnly(const FollowParameters& parameters);
    static bool hasCustomValues(const FollowParameters& parameters);

private:
    void load() const;
    QString key(const QString& follower) const;

    QSettings* m_settings;
    QString m_connectionId;
    mutable QHash<QString, FollowParameters> m_cache;
    mutable bool m_loaded = false;
};

} // namespace duper
