#pragma once

#include "core/alerts/AlertSeverity.h"
#include "core/alerts/PausedLimit.h"

#include <QtGlobal>

namespace duper {

// The limits the alert rules apply, with defaults that suit a healthy CCR set-up: a caught-up follower long-polls the
// leader (read_poll_timeout, 1m by default), so a read older than 5 minutes means reads are not coming back; lag is in
// operations over all shards.
struct AlertThresholds
{
    qint64 lagWarning = 1000; // operations; above this is a warning
    qint64 lagCritical = 100000;
    // Lag must stay above lagWarning this long before it counts (0: at once). Needs someone who remembers when it
    // started: AlertMonitor, or `duper check --state-file`.
    qint64 lagForMs = 0;
    qint64 lastReadWarningMs = 5 * 60'000;
    qint64 lastReadCriticalMs = 15 * 60'000;
    // A paused follower: the leader keeps the operations it still needs only for its retention lease period.
    PausedLimit pausedWarning = PausedLimit::share(0.5);
    PausedLimit pausedCritical = PausedLimit::share(0.8);
    AlertSeverity readExceptions = AlertSeverity::Warning;
    AlertSeverity fatal = AlertSeverity::Critical;

    friend bool operator==(const AlertThresholds&, const AlertThresholds&) = default;
};

} // namespace duper
