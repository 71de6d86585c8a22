#pragma once

#include "core/alerts/AlertFinding.h"
#include "core/alerts/AlertThresholds.h"
#include "core/followers/FollowerRow.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace duper::cli {

// What `duper check` prints, in the monitoring plugin format (Nagios/Icinga): one summary line with the status word
// and the performance data after '|', then one line per problem and the notes; or the same verdict as JSON. The
// exit code is the status: 0 OK, 1 WARNING, 2 CRITICAL; 3 UNKNOWN comes from unknown().
class CheckReport
{
public:
    // How many findings the summary line names before "and N more".
    static constexpr int summaryFindings = 3;

    CheckReport(QList<FollowerRow> rows, QList<AlertFinding> findings, AlertThresholds thresholds, QStringList notes);

    AlertSeverity status() const { return m_status; }
    int exitCode() const { return int(m_status); }
    QString summaryLine() const; // "CCR CRITICAL - 2 of 40 followers critical: f1 lag 120000 ops > 100000; ..."
    QString perfData() const;    // "'followers'=40;;;0; 'lag_max'=120000;1000;100000;0; ..."
    QStringList problemLines() const;
    // Summary line with the performance data, problem lines, notes.
    QString text() const;
    QJsonObject json() const;

    // Plugin status 3: the check could not run (cluster unreachable, credentials refused, bad usage).
    static constexpr int unknownExitCode = 3;
    static QString unknownText(const QString& reason);
    static QJsonObject unknownJson(const QString& reason);

private:
    struct Figures
    {
        qint64 active = 0, paused = 0, error = 0;
        qint64 lagMax = 0, lagTotal = 0, lastReadMaxMs = 0, readExceptions = 0, fatal = 0, pausedForMaxMs = 0;
        qint64 criticalFollowers = 0, warningFollowers = 0;
    };
    static QString perfValue(const QString& label, qint64 value, const QString& unit = {}, const QString& warn = {},
                             const QString& crit = {});

    QList<FollowerRow> m_rows;
    QList<AlertFinding> m_findings; // worst first
    AlertThresholds m_thresholds;
    QStringList m_notes;
    AlertSeverity m_status = AlertSeverity::Ok;
    Figures m_figures;
};

} // namespace duper::cli
