#include "core/dr/FailbackReport.h"

#include "core/dr/FailbackRun.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace duper {

namespace {

QString resultKey(const FailbackRun& run)
{
    if (run.wasCancelled())
        return QStringLiteral("cancelled");
    if (run.stoppedBeforeDeleting())
        return QStringLiteral("stopped_before_deleting");
    return run.succeeded() ? QStringLiteral("succeeded") : QStringLiteral("failed");
}

} // namespace

QJsonObject FailbackReport::toJson(const FailbackRun& run, const QString& clusterA, const QString& clusterB)
{
    QJsonArray phases;
    for (const FailbackPlan::Phase phase : run.plan().phases()) {
        QJsonArray items;
        for (const FailbackRun::Item& item : run.items(phase)) {
            QJsonObject entry{{QStringLiteral("name"), item.result.name},
                              {QStringLiteral("outcome"), item.result.outcomeKey()}};
            if (item.result.failed())
                entry.insert(QStringLiteral("error"), item.result.message);
            items.append(entry);
        }
        phases.append(
            QJsonObject{{QStringLiteral("phase"), failbackPhaseKey(phase)}, {QStringLiteral("items"), items}});
    }
    QJsonArray indices;
    for (const FailbackPlan::Index& index : run.plan().indices)
        indices.append(QJsonObject{
            {QStringLiteral("index"), index.name},
            {QStringLiteral("on_old_leader"), failbackOnAKey(index.onA)},
            {QStringLiteral("differs"), index.differs()},
            {QStringLiteral("documents_old_leader"), index.statsA ? QJsonValue(index.statsA->documents) : QJsonValue()},
            {QStringLiteral("documents_promoted"), index.statsB.documents}});
    return QJsonObject{
        {QStringLiteral("action"), QStringLiteral("failback")},
        {QStringLiteral("cluster"), clusterA},
        {QStringLiteral("promoted_cluster"), clusterB},
        {QStringLiteral("remote_cluster"), run.plan().remoteCluster},
        {QStringLiteral("started_at"), run.startedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"), run.finishedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("result"), resultKey(run)},
        {QStringLiteral("failed"), run.failedCount()},
        {QStringLiteral("deleted_copies"), QJsonArray::fromStringList(run.plan().staleCopies())},
        {QStringLiteral("indices"), indices},
        {QStringLiteral("phases"), phases},
    };
}

QString FailbackReport::toMarkdown(const FailbackRun& run, const QString& clusterA, const QString& clusterB)
{
    QString text = QCoreApplication::translate("duper::FailbackReport", "# Failback of %1 to follow %2 (%3)")
                       .arg(clusterA, clusterB, run.plan().remoteCluster) +
                   QStringLiteral("\n\n");
    text += QCoreApplication::translate("duper::FailbackReport", "- Started: %1")
                .arg(run.startedAt().toString(Qt::ISODate)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("duper::FailbackReport", "- Finished: %1")
                .arg(run.finishedAt().toString(Qt::ISODate)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("duper::FailbackReport", "- Result: %1 (%n failed)", nullptr, run.failedCount())
                .arg(resultKey(run)) +
            QLatin1Char('\n');
    for (const FailbackPlan::Phase phase : run.plan().phases()) {
        text += QStringLiteral("\n## ") + failbackPhaseTitle(phase) + QStringLiteral("\n\n");
        const QList<FailbackRun::Item> items = run.items(phase);
        if (items.isEmpty())
            text += QCoreApplication::translate("duper::FailbackReport", "Not run.") + QLatin1Char('\n');
        for (const FailbackRun::Item& item : items)
            text += QStringLiteral("- `%1`: %2%3\n")
                        .arg(item.result.name, item.result.outcomeKey(),
                             item.result.failed() ? QStringLiteral(": ") + item.result.message : QString());
    }
    return text;
}

} // namespace duper
