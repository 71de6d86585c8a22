#pragma once

#include "core/autofollow/AutoFollowPatternRow.h"
#include "core/ccr/AutoFollowStats.h"
#include "core/es/EsError.h"

#include <QList>
#include <QString>

namespace duper {

// A cluster's auto-follow patterns at one moment: GET /_ccr/auto_follow merged with the auto_follow_stats of
// GET /_ccr/stats, each pattern with the recent errors that concern it.
struct AutoFollowSnapshot
{
    QList<AutoFollowPatternRow> rows; // in the server's order
    AutoFollowStats stats;
    // Set when GET /_ccr/stats failed: the patterns are still right, they only lack their recent errors.
    EsError statsError;

    qsizetype indexOf(const QString& name) const;
    const AutoFollowPatternRow* row(const QString& name) const;

    // Gives each pattern the errors that concern it (AutoFollowPatternRules::errorsFor).
    static AutoFollowSnapshot merge(const QList<AutoFollowPattern>& patterns, const AutoFollowStats& stats);
};

} // namespace duper
