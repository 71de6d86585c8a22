#include "core/dr/FailoverReport.h"

#include "core/dr/FailoverRun.h"
#include "core/dr/RunReportWriter.h"

#include <QCoreApplication>

namespace duper {

namespace {

RunReportWriter::Summary summary(const FailoverRun& run, const QString& clusterName)
{
    return RunReportWriter::summaryOf(run, QStringLiteral("failover"), clusterName,
                                      RunReportWriter::resultKey(run.wasCancelled(), run.succeeded()));
}

QList<RunReportWriter::Phase> phases(const FailoverRun& run)
{
    return RunReportWriter::phasesOf(run, failoverPhaseKey, failoverPhaseTitle);
}

} // namespace

QJsonObject FailoverReport::toJson(const FailoverRun& run, const QString& clusterName)
{
    QJsonObject json = RunReportWriter::header(summary(run, clusterName));
    json.insert(QStringLiteral("phases"), RunReportWriter::phasesJson(phases(run)));
    return json;
}

QString FailoverReport::toMarkdown(const FailoverRun& run, const QString& clusterName)
{
    const QString title = QCoreApplication::translate("duper::FailoverReport", "Failover of %1 from %2")
                              .arg(clusterName, run.plan().remoteCluster);
    return RunReportWriter::markdownHeader(title, summary(run, clusterName)) +
           RunReportWriter::markdownPhases(phases(run));
}

} // namespace duper
