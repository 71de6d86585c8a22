#pragma once

#include "core/alerts/AlertFinding.h"
#include "core/alerts/AlertThresholds.h"
#include "core/alerts/FollowerConditions.h"
#include "core/followers/FollowerRow.h"

#include <QCoreApplication>
#include <QList>

namespace duper {

// The alert rules applied to one follower row: lag above N operations (for M minutes), time since the last read,
// read exceptions, a fatal error, and paused for too large a share of the leader's retention lease period. Pure: the
// caller supplies how long conditions have lasted (AlertMonitor remembers it across refreshes). Only warnings and
// critical findings are returned, worst first per follower.
class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(duper::AlertRules)

public:
    static QList<AlertFinding> evaluate(const FollowerRow& row, const AlertThresholds& thresholds,
                                        const FollowerConditions& conditions);
    // The lag rule's condition, which AlertMonitor times: lag above the warning threshold.
    static bool lagAboveWarning(const FollowerRow& row, const AlertThresholds& thresholds);
    // The worst severity of `findings` (Ok when empty).
    static AlertSeverity worst(const QList<AlertFinding>& findings);

private:
    static std::optional<AlertFinding> lag(const FollowerRow& row, const AlertThresholds& thresholds,
                                           const FollowerConditions& conditions);
    static std::optional<AlertFinding> lastRead(const FollowerRow& row, const AlertThresholds& thresholds);
    static std::optional<AlertFinding> readExceptions(const FollowerRow& row, const AlertThresholds& thresholds);
    static std::optional<AlertFinding> fatal(const FollowerRow& row, const AlertThresholds& thresholds);
    static std::optional<AlertFinding> paused(const FollowerRow& row, const AlertThresholds& thresholds,
                                              const FollowerConditions& conditions);
    static QString retentionSource(const RetentionPeriod& retention);
};

} // namespace duper
