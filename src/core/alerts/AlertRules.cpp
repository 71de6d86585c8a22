#include "core/alerts/AlertRules.h"

#include "core/alerts/AlertDuration.h"
#include "core/i18n/PluralCount.h"

#include <algorithm>

namespace duper {

namespace {

AlertFinding finding(const FollowerRow& row, AlertKind kind, AlertSeverity severity, qint64 value, qint64 threshold)
{
    AlertFinding f;
    f.follower = row.name;
    f.kind = kind;
    f.severity = severity;
    f.value = value;
    f.threshold = threshold;
    return f;
}

// The reason of the first read exception, for a follower whose reads fail but that the snapshot does not call Error.
QString firstReadFailure(const FollowerRow& row)
{
    if (!row.errorSummary.isEmpty())
        return row.errorSummary;
    for (const ShardFollowStats& shard : row.shards) {
        if (shard.readExceptions.isEmpty())
            continue;
        const ErrorCause& cause = shard.readExceptions.first().exception;
        const QString reason = cause.deepestReason();
        return reason.isEmpty() ? cause.type : reason;
    }
    return {};
}

} // namespace

QList<AlertFinding> AlertRules::evaluate(const FollowerRow& row, const AlertThresholds& thresholds,
                                         const FollowerConditions& conditions)
{
    QList<AlertFinding> findings;
    for (auto&& candidate :
         {fatal(row, thresholds), readExceptions(row, thresholds), paused(row, thresholds, conditions),
          lag(row, thresholds, conditions), lastRead(row, thresholds)}) {
        if (candidate)
            findings.append(*candidate);
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const AlertFinding& a, const AlertFinding& b) { return a.severity > b.severity; });
    return findings;
}

bool AlertRules::lagAboveWarning(const FollowerRow& row, const AlertThresholds& thresholds)
{
    return row.state != FollowerState::Paused && row.lag > thresholds.lagWarning;
}

AlertSeverity AlertRules::worst(const QList<AlertFinding>& findings)
{
    AlertSeverity severity = AlertSeverity::Ok;
    for (const AlertFinding& f : findings)
        severity = std::max(severity, f.severity);
    return severity;
}

std::optional<AlertFinding> AlertRules::lag(const FollowerRow& row, const AlertThresholds& thresholds,
                                            const FollowerConditions& conditions)
{
    if (!lagAboveWarning(row, thresholds))
        return std::nullopt;
    // "For M minutes": a short burst the follower catches up with is replication at work, not a problem.
    if (thresholds.lagForMs > 0 && conditions.lagAboveForMs.value_or(-1) < thresholds.lagForMs)
        return std::nullopt;
    const bool critical = row.lag > thresholds.lagCritical;
    const qint64 limit = critical ? thresholds.lagCritical : thresholds.lagWarning;
    AlertFinding f =
        finding(row, AlertKind::Lag, critical ? AlertSeverity::Critical : AlertSeverity::Warning, row.lag, limit);
    f.summary = tr("%1 lag %2 ops > %3").arg(row.name).arg(row.lag).arg(limit);
    f.text = thresholds.lagForMs > 0
                 ? tr("%1 is %2 operations behind its leader (limit %3) and has been above %4 for %5.")
                       .arg(row.name)
                       .arg(row.lag)
                       .arg(limit)
                       .arg(thresholds.lagWarning)
                       .arg(AlertDuration::compact(conditions.lagAboveForMs.value_or(0)))
                 : tr("%1 is %2 operations behind its leader (limit %3).").arg(row.name).arg(row.lag).arg(limit);
    return f;
}

std::optional<AlertFinding> AlertRules::lastRead(const FollowerRow& row, const AlertThresholds& thresholds)
{
    if (row.state == FollowerState::Paused || !row.timeSinceLastReadMillis)
        return std::nullopt;
    const qint64 since = *row.timeSinceLastReadMillis;
    if (since <= thresholds.lastReadWarningMs)
        return std::nullopt;
    const bool critical = since > thresholds.lastReadCriticalMs;
    const qint64 limit = critical ? thresholds.lastReadCriticalMs : thresholds.lastReadWarningMs;
    AlertFinding f =
        finding(row, AlertKind::LastRead, critical ? AlertSeverity::Critical : AlertSeverity::Warning, since, limit);
    f.summary =
        tr("%1 last read %2 ago > %3").arg(row.name, AlertDuration::compact(since), AlertDuration::compact(limit));
    f.text = tr("%1 last read from its leader %2 ago (limit %3): check the remote cluster connection.")
                 .arg(row.name, AlertDuration::compact(since), AlertDuration::compact(limit));
    return f;
}

std::optional<AlertFinding> AlertRules::readExceptions(const FollowerRow& row, const AlertThresholds& thresholds)
{
    if (row.readExceptionCount == 0 || thresholds.readExceptions == AlertSeverity::Ok)
        return std::nullopt;
    // Reads that keep failing make the window show Error (FollowerRow::repeatingReadFailureThreshold): critical.
    const bool repeating = row.state == FollowerState::Error && !row.hasFatalException;
    AlertFinding f =
        finding(row, AlertKind::ReadExceptions, repeating ? AlertSeverity::Critical : thresholds.readExceptions,
                row.readExceptionCount, 0);
    const QString reason = firstReadFailure(row);
    f.summary = tr("%1 read exceptions: %2").arg(row.name).arg(row.readExceptionCount);
    f.text = tr("%1 fails to read from its leader (%2, %3; Elasticsearch retries): %4")
                 .arg(row.name, tr("%n read exceptions", nullptr, row.readExceptionCount),
                      tr("%1 failed reads", nullptr, pluralCount(row.failedReads)).arg(row.failedReads), reason);
    return f;
}

std::optional<AlertFinding> AlertRules::fatal(const FollowerRow& row, const AlertThresholds& thresholds)
{
    if (!row.hasFatalException || thresholds.fatal == AlertSeverity::Ok)
        return std::nullopt;
    AlertFinding f = finding(row, AlertKind::Fatal, thresholds.fatal, 1, 0);
    f.summary = tr("%1 fatal error").arg(row.name);
    f.text = tr("%1 stopped replicating on a fatal error: %2").arg(row.name, row.errorSummary);
    return f;
}

QString AlertRules::retentionSource(const RetentionPeriod& retention)
{
    if (retention.source == RetentionPeriod::Source::Leader)
        return tr("read from the leader index");
    // Said in so many words: an alert timed against a guessed period must not pass for one timed against the leader.
    const QString period = AlertDuration::compact(RetentionPeriod::defaultMs);
    if (retention.note.isEmpty())
        return tr("assumed %1 default: no leader connection given").arg(period);
    return tr("assumed %1 default: %2").arg(period, retention.note);
}

std::optional<AlertFinding> AlertRules::paused(const FollowerRow& row, const AlertThresholds& thresholds,
                                               const FollowerConditions& conditions)
{
    if (row.state != FollowerState::Paused)
        return std::nullopt;
    const RetentionPeriod& retention = conditions.retention;
    const qint64 pausedFor = conditions.pausedForMs.value_or(0);
    const qint64 warningMs = thresholds.pausedWarning.limitMs(retention.milliseconds);
    const qint64 criticalMs = thresholds.pausedCritical.limitMs(retention.milliseconds);
    AlertSeverity severity = pausedFor >= criticalMs  ? AlertSeverity::Critical
                             : pausedFor >= warningMs ? AlertSeverity::Warning
                                                      : AlertSeverity::Ok;
    // Elasticsearch does not record when a follower was paused: with an unknown start the deadline may be close
    // already, so it is at least a warning (and critical once even the known part passes the critical limit).
    if (!conditions.pausedStartKnown)
        severity = std::max(severity, AlertSeverity::Warning);
    if (severity == AlertSeverity::Ok)
        return std::nullopt;
    AlertFinding f = finding(row, AlertKind::Paused, severity, pausedFor,
                             severity == AlertSeverity::Critical ? criticalMs : warningMs);
    f.pausedForMs = pausedFor;
    f.pausedStartKnown = conditions.pausedStartKnown;
    f.retention = retention;
    const QString period = AlertDuration::compact(retention.milliseconds);
    const QString duration = AlertDuration::compact(pausedFor);
    const int percent =
        retention.milliseconds > 0 ? int(std::min<qint64>(pausedFor * 100 / retention.milliseconds, 999)) : 100;
    const QString remaining = AlertDuration::compact(retention.milliseconds - pausedFor);
    const QString deadline =
        pausedFor >= retention.milliseconds
            ? tr("The period has passed: resuming will probably fail and the follower must be recreated.")
        : conditions.pausedStartKnown
            ? tr("Resume it within %1, or it must be recreated.").arg(remaining)
            : tr("At most %1 remain before resuming fails and the follower must be recreated.").arg(remaining);
    if (conditions.pausedStartKnown) {
        f.summary = tr("%1 paused %2 (%3% of %4)").arg(row.name, duration).arg(percent).arg(period);
        f.text = tr("%1 has been paused for %2, %3% of its leader's retention lease period of %4 (%5). %6")
                     .arg(row.name, duration)
                     .arg(percent)
                     .arg(period, retentionSource(retention), deadline);
        return f;
    }
    // Less than compact() prints would read "paused for at least 0s": that is no known part yet.
    const bool knownPart = pausedFor >= AlertDuration::smallestUnitMs;
    f.summary = knownPart ? tr("%1 paused at least %2 of %3 (start unknown)").arg(row.name, duration, period)
                          : tr("%1 paused (since when is unknown)").arg(row.name);
    f.text = knownPart
                 ? tr("%1 is paused, for at least %2: it was already paused when first seen, and Elasticsearch does "
                      "not record since when. Its leader keeps the operations it needs for %3 (%4). %5")
                       .arg(row.name, duration, period, retentionSource(retention), deadline)
                 : tr("%1 is paused; since when is not known (Elasticsearch does not record it). Its leader keeps the "
                      "operations it needs for %2 (%3). %4")
                       .arg(row.name, period, retentionSource(retention), deadline);
    return f;
}

} // namespace duper
