#pragma once

#include "core/fleet/FleetRow.h"
#include "core/followers/FollowerRow.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>
#include <optional>

class QPalette;

namespace duper::ui {

// How healthy a cluster or a replication edge of the fleet is, and how the page shows it: a colour that reads on the
// palette (light and dark themes) and an icon with a different shape per health, so nobody needs the colour.
class FleetHealth
{
    Q_DECLARE_TR_FUNCTIONS(duper::ui::FleetHealth)

public:
    enum class Level
    {
        Unknown, // not answered yet, or nothing to judge (an edge of auto-follow patterns only)
        Good,    // reachable / every follower active
        Warning, // not authorised, secret missing, stale figures / a follower paused
        Bad,     // unreachable, not opened / a follower in error
    };

    static Level ofRow(const duper::FleetRow& row);
    static Level ofState(std::optional<duper::FollowerState> worst);

    // Deep tones on light palettes, light ones on dark palettes.
    static QColor color(Level level, const QPalette& palette);
    // A check mark, a warning sign, a stop sign or a question mark (the style's standard icons).
    static QIcon icon(Level level);
    // "active", "paused", "error", "no followers" (translated), what an edge label says.
    static QString stateText(std::optional<duper::FollowerState> worst);
};

} // namespace duper::ui
