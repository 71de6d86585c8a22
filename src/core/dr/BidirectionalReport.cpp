#include "core/dr/BidirectionalReport.h"

#include "core/dr/BidirectionalRun.h"
#include "core/dr/RunReportWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace duper {

namespace {

RunReportWriter::Summary summary(const BidirectionalRun& run)
{
    return {QStringLiteral("bidirectional"),
            run.plan().local.cluster,
            run.plan().local.alias,
            run.startedAt(),
            run.finishedAt(),
            RunReportWriter::resultKey(run.wasCancelled(), run.succeeded()),
            run.failedCount()};
}

QList<RunReportWriter::Phase> phases(const BidirectionalRun& run)
{
    QList<RunReportWriter::Phase> phases;
    // A conflict is recorded under CreatePatterns even when no pattern was to be created: list what has items too.
    const QList<BidirectionalPlan::Phase> planned = run.plan().phases();
    for (const BidirectionalPlan::Phase phase :
         {BidirectionalPlan::Phase::AddAliases, BidirectionalPlan::Phase::CreatePatterns,
          BidirectionalPlan::Phase::Verify}) {
        if (!planned.contains(phase) && run.items(phase).isEmpty())
            continue;
        RunReportWriter::Phase entry{bidirectionalPhaseKey(phase), bidirectionalPhaseTitle(phase), {}};
        for (const BidirectionalRun::Item& item : run.items(phase))
            entry.entries.append({item.result, item.side == BidirectionalSide::Local ? run.plan().local.cluster
                                                                                     : run.plan().other.cluster});
        phases.append(entry);
    }
    return phases;
}

QJsonObject sideJson(const BidirectionalPlan::Side& side)
{
    return QJsonObject{
        {QStringLiteral("cluster"), side.cluster},
        {QStringLiteral("follows"), side.otherCluster},
        {QStringLiteral("remote_cluster"), side.alias},
        {QStringLiteral("remote_cluster_state"), aliasStateKey(side.aliasState)},
        {QStringLiteral("auto_follow_pattern"), side.pattern.name},
        {QStringLiteral("leader_index_patterns"), QJsonArray::fromStringList(side.pattern.leaderIndexPatterns)},
        {QStringLiteral("follow_index_pattern"), side.pattern.followIndexPattern},
        {QStringLiteral("pattern_state"), patternStateKey(side.patternState)}};
}

} // namespace

QJsonObject BidirectionalReport::toJson(const BidirectionalRun& run)
{
    QJsonObject json = RunReportWriter::header(summary(run));
    json.insert(QStringLiteral("other_cluster"), run.plan().other.cluster);
    json.insert(QStringLiteral("remote_cluster_back"), run.plan().other.alias);
    json.insert(QStringLiteral("sides"), QJsonArray{sideJson(run.plan().local), sideJson(run.plan().other)});
    json.insert(QStringLiteral("phases"), RunReportWriter::phasesJson(phases(run)));
    return json;
}

QString BidirectionalReport::toMarkdown(const BidirectionalRun& run)
{
    const BidirectionalPlan& plan = run.plan();
    QString text = RunReportWriter::markdownHeader(
        QCoreApplication::translate("duper::BidirectionalReport", "Bi-directional replication between %1 and %2")
            .arg(plan.local.cluster, plan.other.cluster),
        summary(run));
    text += QStringLiteral("\n## ") + QCoreApplication::translate("duper::BidirectionalReport", "Planned") +
            QStringLiteral("\n\n");
    for (const BidirectionalPlan::Side& side : plan.sides())
        text += QCoreApplication::translate("duper::BidirectionalReport",
                                            "- %1 follows %2 through `%3` (%4) with the auto-follow pattern `%5` "
                                            "(%6): `%7` → `%8`")
                    .arg(side.cluster, side.otherCluster, side.alias, aliasStateKey(side.aliasState), side.pattern.name,
                         patternStateKey(side.patternState),
                         side.pattern.leaderIndexPatterns.join(QStringLiteral(", ")), side.pattern.followIndexPattern) +
                QLatin1Char('\n');
    return text + RunReportWriter::markdownPhases(phases(run));
}

} // namespace duper
