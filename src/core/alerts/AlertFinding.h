#pragma once

#include "core/alerts/AlertKind.h"
#include "core/alerts/AlertSeverity.h"
#include "core/alerts/RetentionPeriod.h"

#include <QString>
#include <optional>

namespace duper {

// One rule's verdict on one follower: only warnings and critical findings are reported.
struct AlertFinding
{
    QString follower;
    AlertKind kind = AlertKind::Lag;
    AlertSeverity severity = AlertSeverity::Warning;
    // The measured figure and the limit it crossed, in the rule's unit: operations (lag), milliseconds (last read,
    // paused), count (read exceptions); threshold is 0 where there is none (fatal, read exceptions, unknown pause).
    qint64 value = 0;
    qint64 threshold = 0;
    QString summary; // short, for the one-line verdict: "lag 120000 ops > 100000" (translated)
    QString text;    // a sentence for people, with what to do (translated)
    // Paused only.
    std::optional<qint64> pausedForMs; // at least this long when !pausedStartKnown
    bool pausedStartKnown = false;
    std::optional<RetentionPeriod> retention;

    friend bool operator==(const AlertFinding&, const AlertFinding&) = default;
};

} // namespace duper
