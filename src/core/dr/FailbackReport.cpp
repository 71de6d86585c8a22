#include "core/dr/FailbackReport.h"

#include "core/dr/FailbackRun.h"
#include "core/dr/FailoverReport.h"
#include "core/dr/FailoverRun.h"
#include "core/dr/RunReportWriter.h"
#include "core/dr/SwitchBackRun.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace duper {

namespace {

RunReportWriter::Summary summary(const FailbackRun& run, const QString& clusterA)
{
    const QString result = run.stoppedBeforeDeleting() && !run.wasCancelled()
                               ? QStringLiteral("stopped_before_deleting")
                               : RunReportWriter::resultKey(run.wasCancelled(), run.succeeded());
    return RunReportWriter::summaryOf(run, QStringLiteral("failback"), clusterA, result);
}

QList<RunReportWriter::Phase> phases(const FailbackRun& run)
{
    return RunReportWriter::phasesOf(run, failbackPhaseKey, failbackPhaseTitle);
}

int switchBackFailed(const SwitchBackRun& run)
{
    int failed = run.error().isError() ? 1 : 0;
    if (run.failoverRun())
        failed += run.failoverRun()->failedCount();
    if (run.failbackRun())
        failed += run.failbackRun()->failedCount();
    for (const BatchItemResult& result : run.resumedPatterns())
        failed += result.failed() ? 1 : 0;
    return failed;
}

RunReportWriter::Summary switchBackSummary(const SwitchBackRun& run, const QString& clusterA)
{
    return {QStringLiteral("switch_back"),
            clusterA,
            run.aliasOnA(),
            run.startedAt(),
            run.finishedAt(),
            RunReportWriter::resultKey(run.wasCancelled(), run.succeeded()),
            switchBackFailed(run)};
}

QString heading(const QString& title)
{
    return QStringLiteral("\n## ") + title + QStringLiteral("\n");
}

QString notStarted()
{
    return QLatin1Char('\n') + QCoreApplication::translate("duper::FailbackReport", "Not started.") + QLatin1Char('\n');
}

} // namespace

QJsonObject FailbackReport::toJson(const FailbackRun& run, const QString& clusterA, const QString& clusterB)
{
    QJsonArray indices;
    for (const FailbackPlan::Index& index : run.plan().indices)
        indices.append(QJsonObject{
            {QStringLiteral("index"), index.name},
            {QStringLiteral("on_old_leader"), failbackOnAKey(index.onA)},
            {QStringLiteral("differs"), index.differs()},
            {QStringLiteral("documents_old_leader"), index.statsA ? QJsonValue(index.statsA->documents) : QJsonValue()},
            {QStringLiteral("documents_promoted"), index.statsB.documents}});
    QJsonObject json = RunReportWriter::header(summary(run, clusterA));
    json.insert(QStringLiteral("promoted_cluster"), clusterB);
    json.insert(QStringLiteral("deleted_copies"), QJsonArray::fromStringList(run.plan().staleCopies()));
    json.insert(QStringLiteral("indices"), indices);
    json.insert(QStringLiteral("phases"), RunReportWriter::phasesJson(phases(run)));
    return json;
}

QString FailbackReport::toMarkdown(const FailbackRun& run, const QString& clusterA, const QString& clusterB)
{
    const QString title = QCoreApplication::translate("duper::FailbackReport", "Failback of %1 to follow %2 (%3)")
                              .arg(clusterA, clusterB, run.plan().remoteCluster);
    return RunReportWriter::markdownHeader(title, summary(run, clusterA)) +
           RunReportWriter::markdownPhases(phases(run));
}

QJsonObject FailbackReport::toJson(const SwitchBackRun& run, const QString& clusterA, const QString& clusterB)
{
    QJsonObject json = RunReportWriter::header(switchBackSummary(run, clusterA));
    json.insert(QStringLiteral("other_cluster"), clusterB);
    json.insert(QStringLiteral("remote_cluster_back"), run.aliasOnB());
    if (run.error().isError())
        json.insert(QStringLiteral("error"), run.error().userMessage());
    if (const FailoverRun* failover = run.failoverRun())
        json.insert(QStringLiteral("failover"), FailoverReport::toJson(*failover, clusterA));
    if (const FailbackRun* failback = run.failbackRun())
        json.insert(QStringLiteral("failback"), FailbackReport::toJson(*failback, clusterB, clusterA));
    QJsonArray resumed;
    for (const BatchItemResult& result : run.resumedPatterns())
        resumed.append(result.name);
    json.insert(QStringLiteral("resumed_patterns"), resumed);
    return json;
}

QString FailbackReport::toMarkdown(const SwitchBackRun& run, const QString& clusterA, const QString& clusterB)
{
    QString text = RunReportWriter::markdownHeader(
        QCoreApplication::translate("duper::FailbackReport", "Switch back: %1 leads again, %2 follows it")
            .arg(clusterA, clusterB),
        switchBackSummary(run, clusterA));
    if (run.error().isError())
        text += QCoreApplication::translate("duper::FailbackReport", "- Error: %1").arg(run.error().userMessage()) +
                QLatin1Char('\n');

    text += heading(QCoreApplication::translate("duper::FailbackReport", "1. Failover of %1 from %2")
                        .arg(clusterA, run.aliasOnA()));
    if (const FailoverRun* failover = run.failoverRun())
        text += RunReportWriter::markdownPhases(
            RunReportWriter::phasesOf(*failover, failoverPhaseKey, failoverPhaseTitle), 3);
    else
        text += notStarted();

    text += heading(QCoreApplication::translate("duper::FailbackReport", "2. Failback of %1 to follow %2 (%3)")
                        .arg(clusterB, clusterA, run.aliasOnB()));
    if (const FailbackRun* failback = run.failbackRun())
        text += RunReportWriter::markdownPhases(
            RunReportWriter::phasesOf(*failback, failbackPhaseKey, failbackPhaseTitle), 3);
    else
        text += notStarted();

    text += heading(
        QCoreApplication::translate("duper::FailbackReport", "3. Auto-follow patterns resumed on %1").arg(clusterB));
    if (run.resumedPatterns().isEmpty())
        text += QLatin1Char('\n') + QCoreApplication::translate("duper::FailbackReport", "None.") + QLatin1Char('\n');
    else
        text += QLatin1Char('\n');
    for (const BatchItemResult& result : run.resumedPatterns())
        text += QStringLiteral("- `%1`: %2\n").arg(result.name, RunReportWriter::outcomeText(result));
    return text;
}

} // namespace duper
