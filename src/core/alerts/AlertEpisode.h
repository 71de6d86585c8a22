#pragma once

#include "core/alerts/AlertFinding.h"

#include <optional>

namespace duper {

// One continuous stretch during which a rule fired for a follower: from the refresh that first reported it to the
// one that no longer did. A rule that stays firing over many refreshes is one episode, not one per refresh.
struct AlertEpisode
{
    quint64 id = 0; // unique within one AlertMonitor
    QString follower;
    AlertKind kind = AlertKind::Lag;
    AlertSeverity severity = AlertSeverity::Warning; // the worst it reached
    qint64 firedAtMs = 0;
    std::optional<qint64> clearedAtMs; // unset while it lasts
    AlertFinding latest;               // the finding of the last refresh it fired in

    bool isActive() const { return !clearedAtMs.has_value(); }

    friend bool operator==(const AlertEpisode&, const AlertEpisode&) = default;
};

} // namespace duper
