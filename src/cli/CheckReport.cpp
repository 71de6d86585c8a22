#include "cli/CheckReport.h"

#include "core/alerts/AlertRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace duper::cli {

namespace {

QString statusWord(AlertSeverity severity)
{
    return QStringLiteral("CCR %1 - ").arg(alertSeverityName(severity));
}

} // namespace

CheckReport::CheckReport(QList<FollowerRow> rows, QList<AlertFinding> findings, AlertThresholds thresholds,
                         QStringList notes)
    : m_rows(std::move(rows)), m_findings(std::move(findings)), m_thresholds(std::move(thresholds)),
      m_notes(std::move(notes))
{
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const AlertFinding& a, const AlertFinding& b) { return a.severity > b.severity; });
    m_status = AlertRules::worst(m_findings);
    QHash<QString, AlertSeverity> worstByFollower;
    for (const AlertFinding& f : std::as_const(m_findings)) {
        AlertSeverity& worst = worstByFollower[f.follower];
        worst = std::max(worst, f.severity);
        if (f.kind == AlertKind::Paused && f.pausedForMs)
            m_figures.pausedForMaxMs = std::max(m_figures.pausedForMaxMs, *f.pausedForMs);
    }
    for (AlertSeverity severity : std::as_const(worstByFollower))
        ++(severity == AlertSeverity::Critical ? m_figures.criticalFollowers : m_figures.warningFollowers);
    for (const FollowerRow& row : std::as_const(m_rows)) {
        ++(row.state == FollowerState::Paused  ? m_figures.paused
           : row.state == FollowerState::Error ? m_figures.error
                                               : m_figures.active);
        m_figures.lagMax = std::max(m_figures.lagMax, row.lag);
        m_figures.lagTotal += row.lag;
        m_figures.lastReadMaxMs = std::max(m_figures.lastReadMaxMs, row.timeSinceLastReadMillis.value_or(0));
        m_figures.readExceptions += row.readExceptionCount;
        m_figures.fatal += row.hasFatalException ? 1 : 0;
    }
}

QString CheckReport::summaryLine() const
{
    const qsizetype total = m_rows.size();
    if (m_status == AlertSeverity::Ok) {
        if (total == 0)
            return statusWord(m_status) + QCoreApplication::translate("duper::cli", "no follower indices to check");
        return statusWord(m_status) + QCoreApplication::translate("duper::cli", "%1 followers, lag max %2 ops")
                                          .arg(total)
                                          .arg(m_figures.lagMax);
    }
    const bool critical = m_status == AlertSeverity::Critical;
    QString counts = critical ? QCoreApplication::translate("duper::cli", "%1 of %2 followers critical")
                                    .arg(m_figures.criticalFollowers)
                                    .arg(total)
                              : QCoreApplication::translate("duper::cli", "%1 of %2 followers warning")
                                    .arg(m_figures.warningFollowers)
                                    .arg(total);
    if (critical && m_figures.warningFollowers > 0)
        counts += QCoreApplication::translate("duper::cli", ", %1 warning").arg(m_figures.warningFollowers);
    QStringList named;
    qsizetype worstCount = 0;
    for (const AlertFinding& f : m_findings) {
        if (f.severity != m_status)
            break;
        if (++worstCount <= summaryFindings)
            named.append(f.summary);
    }
    if (worstCount > summaryFindings)
        named.append(QCoreApplication::translate("duper::cli", "and %1 more").arg(worstCount - summaryFindings));
    return statusWord(m_status) + counts + QStringLiteral(": ") + named.join(QStringLiteral("; "));
}

QString CheckReport::perfValue(const QString& label, qint64 value, const QString& unit, const QString& warn,
                               const QString& crit)
{
    // 'label'=value[unit];[warn];[crit];[min];[max], labels quoted (the plugin guidelines allow any characters then).
    return QStringLiteral("'%1'=%2%3;%4;%5;0;").arg(label, QString::number(value), unit, warn, crit);
}

QString CheckReport::perfData() const
{
    const Figures& f = m_figures;
    const auto seconds = [](qint64 ms) { return QString::number(ms / 1000); };
    return QStringList{
        perfValue(QStringLiteral("followers"), m_rows.size()),
        perfValue(QStringLiteral("active"), f.active),
        perfValue(QStringLiteral("paused"), f.paused),
        perfValue(QStringLiteral("error"), f.error),
        perfValue(QStringLiteral("lag_max"), f.lagMax, {}, QString::number(m_thresholds.lagWarning),
                  QString::number(m_thresholds.lagCritical)),
        perfValue(QStringLiteral("lag_total"), f.lagTotal),
        perfValue(QStringLiteral("last_read_max"), f.lastReadMaxMs / 1000, QStringLiteral("s"),
                  seconds(m_thresholds.lastReadWarningMs), seconds(m_thresholds.lastReadCriticalMs)),
        perfValue(QStringLiteral("read_exceptions"), f.readExceptions),
        perfValue(QStringLiteral("fatal"), f.fatal),
        perfValue(QStringLiteral("paused_for_max"), f.pausedForMaxMs / 1000, QStringLiteral("s")),
        perfValue(QStringLiteral("critical"), f.criticalFollowers),
        perfValue(QStringLiteral("warning"), f.warningFollowers),
    }
        .join(QLatin1Char(' '));
}

QStringList CheckReport::problemLines() const
{
    QStringList lines;
    for (const AlertFinding& f : m_findings)
        lines.append(alertSeverityName(f.severity) + QStringLiteral(": ") + f.text);
    return lines;
}

QString CheckReport::text() const
{
    QStringList lines{summaryLine() + QStringLiteral(" | ") + perfData()};
    lines += problemLines();
    lines += m_notes;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject CheckReport::json() const
{
    QJsonArray problems;
    for (const AlertFinding& f : m_findings) {
        QJsonObject problem{{QStringLiteral("follower_index"), f.follower},
                            {QStringLiteral("kind"), alertKindName(f.kind)},
                            {QStringLiteral("severity"), alertSeverityName(f.severity).toLower()},
                            {QStringLiteral("value"), f.value},
                            {QStringLiteral("threshold"), f.threshold},
                            {QStringLiteral("summary"), f.summary},
                            {QStringLiteral("message"), f.text}};
        if (f.kind == AlertKind::Paused) {
            problem.insert(QStringLiteral("paused_for_ms"), f.pausedForMs.value_or(0));
            problem.insert(QStringLiteral("paused_start_known"), f.pausedStartKnown);
        }
        if (f.retention) {
            problem.insert(QStringLiteral("retention_lease_period_ms"), f.retention->milliseconds);
            problem.insert(QStringLiteral("retention_lease_period_source"), f.retention->sourceName());
        }
        problems.append(problem);
    }
    const Figures& g = m_figures;
    const QJsonObject figures{{QStringLiteral("followers"), m_rows.size()},
                              {QStringLiteral("active"), g.active},
                              {QStringLiteral("paused"), g.paused},
                              {QStringLiteral("error"), g.error},
                              {QStringLiteral("lag_max"), g.lagMax},
                              {QStringLiteral("lag_total"), g.lagTotal},
                              {QStringLiteral("last_read_max_ms"), g.lastReadMaxMs},
                              {QStringLiteral("read_exceptions"), g.readExceptions},
                              {QStringLiteral("fatal"), g.fatal},
                              {QStringLiteral("paused_for_max_ms"), g.pausedForMaxMs},
                              {QStringLiteral("critical"), g.criticalFollowers},
                              {QStringLiteral("warning"), g.warningFollowers}};
    const QJsonObject thresholds{{QStringLiteral("lag_warning"), m_thresholds.lagWarning},
                                 {QStringLiteral("lag_critical"), m_thresholds.lagCritical},
                                 {QStringLiteral("lag_for_ms"), m_thresholds.lagForMs},
                                 {QStringLiteral("last_read_warning_ms"), m_thresholds.lastReadWarningMs},
                                 {QStringLiteral("last_read_critical_ms"), m_thresholds.lastReadCriticalMs},
                                 {QStringLiteral("paused_warning"), m_thresholds.pausedWarning.toString()},
                                 {QStringLiteral("paused_critical"), m_thresholds.pausedCritical.toString()}};
    return QJsonObject{{QStringLiteral("command"), QStringLiteral("check")},
                       {QStringLiteral("status"), alertSeverityName(m_status)},
                       {QStringLiteral("exit_code"), exitCode()},
                       {QStringLiteral("summary"), summaryLine()},
                       {QStringLiteral("figures"), figures},
                       {QStringLiteral("thresholds"), thresholds},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
}

QString CheckReport::unknownText(const QString& reason)
{
    return QStringLiteral("CCR UNKNOWN - ") + reason;
}

QJsonObject CheckReport::unknownJson(const QString& reason)
{
    return QJsonObject{{QStringLiteral("command"), QStringLiteral("check")},
                       {QStringLiteral("status"), QStringLiteral("UNKNOWN")},
                       {QStringLiteral("exit_code"), unknownExitCode},
                       {QStringLiteral("summary"), unknownText(reason)},
                       {QStringLiteral("error"), reason}};
}

} // namespace duper::cli
