#include "core/dr/FailoverReport.h"

#include "core/dr/FailoverRun.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace duper {

namespace {

QString outcomeText(const BatchItemResult& result)
{
    switch (result.outcome) {
    case BatchItemResult::Outcome::Succeeded:
        return QCoreApplication::translate("duper::FailoverReport", "done");
    case BatchItemResult::Outcome::AlreadyDone:
        return QCoreApplication::translate("duper::FailoverReport", "already done");
    case BatchItemResult::Outcome::Failed:
        return QCoreApplication::translate("duper::FailoverReport", "failed: %1").arg(result.message);
    case BatchItemResult::Outcome::Pending:
        break;
    }
    return QCoreApplication::translate("duper::FailoverReport", "not run");
}

QString result(const FailoverRun& run)
{
    if (run.wasCancelled())
        return QStringLiteral("cancelled");
    return run.succeeded() ? QStringLiteral("succeeded") : QStringLiteral("failed");
}

} // namespace

QJsonObject FailoverReport::toJson(const FailoverRun& run, const QString& clusterName)
{
    QJsonArray phases;
    for (const FailoverPlan::Phase phase : run.plan().phases()) {
        QJsonArray items;
        for (const FailoverRun::Item& item : run.items(phase)) {
            QJsonObject entry{{QStringLiteral("name"), item.result.name},
                              {QStringLiteral("outcome"), item.result.outcomeKey()}};
            if (item.result.failed())
                entry.insert(QStringLiteral("error"), item.result.message);
            items.append(entry);
        }
        phases.append(
            QJsonObject{{QStringLiteral("phase"), failoverPhaseKey(phase)}, {QStringLiteral("items"), items}});
    }
    return QJsonObject{
        {QStringLiteral("action"), QStringLiteral("failover")},
        {QStringLiteral("cluster"), clusterName},
        {QStringLiteral("remote_cluster"), run.plan().remoteCluster},
        {QStringLiteral("started_at"), run.startedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"), run.finishedAt().toString(Qt::ISODateWithMs)},
        {QStringLiteral("result"), result(run)},
        {QStringLiteral("failed"), run.failedCount()},
        {QStringLiteral("phases"), phases},
    };
}

QString FailoverReport::toMarkdown(const FailoverRun& run, const QString& clusterName)
{
    QString text;
    text += QCoreApplication::translate("duper::FailoverReport", "# Failover of %1 from %2")
                .arg(clusterName, run.plan().remoteCluster) +
            QStringLiteral("\n\n");
    text += QCoreApplication::translate("duper::FailoverReport", "- Started: %1")
                .arg(run.startedAt().toString(Qt::ISODate)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("duper::FailoverReport", "- Finished: %1")
                .arg(run.finishedAt().toString(Qt::ISODate)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("duper::FailoverReport", "- Result: %1 (%n failed)", nullptr, run.failedCount())
                .arg(result(run)) +
            QStringLiteral("\n");
    for (const FailoverPlan::Phase phase : run.plan().phases()) {
        text += QStringLiteral("\n## ") + failoverPhaseTitle(phase) + QStringLiteral("\n\n");
        const QList<FailoverRun::Item> items = run.items(phase);
        if (items.isEmpty())
            text += QCoreApplication::translate("duper::FailoverReport", "Not run.") + QLatin1Char('\n');
        for (const FailoverRun::Item& item : items)
            text += QStringLiteral("- `%1`: %2\n").arg(item.result.name, outcomeText(item.result));
    }
    return text;
}

} // namespace duper
