#include "core/dr/RunReportWriter.h"

#include <QCoreApplication>

namespace duper {

QString RunReportWriter::resultKey(bool cancelled, bool succeeded)
{
    if (cancelled)
        return QStringLiteral("cancelled");
    return succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed");
}

QJsonObject RunReportWriter::header(const Summary& summary)
{
    return QJsonObject{
        {QStringLiteral("action"), summary.action},
        {QStringLiteral("cluster"), summary.cluster},
        {QStringLiteral("remote_cluster"), summary.remoteCluster},
        {QStringLiteral("started_at"), summary.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"), summary.finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("result"), summary.result},
        {QStringLiteral("failed"), summary.failed},
    };
}

QJsonArray RunReportWriter::phasesJson(const QList<Phase>& phases)
{
    QJsonArray array;
    for (const Phase& phase : phases) {
        QJsonArray items;
        for (const Entry& entry : phase.entries) {
            QJsonObject item{{QStringLiteral("name"), entry.result.name},
                             {QStringLiteral("outcome"), entry.result.outcomeKey()}};
            if (entry.result.failed())
                item.insert(QStringLiteral("error"), entry.result.message);
            if (!entry.cluster.isEmpty())
                item.insert(QStringLiteral("cluster"), entry.cluster);
            items.append(item);
        }
        array.append(QJsonObject{{QStringLiteral("phase"), phase.key}, {QStringLiteral("items"), items}});
    }
    return array;
}

QString RunReportWriter::markdownHeader(const QString& title, const Summary& summary)
{
    QString text = QStringLiteral("# ") + title + QStringLiteral("\n\n");
    text += QCoreApplication::translate("duper::RunReportWriter", "- Started: %1")
                .arg(summary.startedAt.toString(Qt::ISODate)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("duper::RunReportWriter", "- Finished: %1")
                .arg(summary.finishedAt.toString(Qt::ISODate)) +
            QLatin1Char('\n');
    text += QCoreApplication::translate("duper::RunReportWriter", "- Result: %1 (%n failed)", nullptr, summary.failed)
                .arg(summary.result) +
            QLatin1Char('\n');
    return text;
}

QString RunReportWriter::markdownPhases(const QList<Phase>& phases, int level)
{
    const QString heading = QString(level, QLatin1Char('#')) + QLatin1Char(' ');
    QString text;
    for (const Phase& phase : phases) {
        text += QLatin1Char('\n') + heading + phase.title + QStringLiteral("\n\n");
        if (phase.entries.isEmpty())
            text += QCoreApplication::translate("duper::RunReportWriter", "Not run.") + QLatin1Char('\n');
        for (const Entry& entry : phase.entries)
            text += (entry.cluster.isEmpty()
                         ? QStringLiteral("- `%1`: %2\n").arg(entry.result.name, outcomeText(entry.result))
                         : QStringLiteral("- `%1` (%2): %3\n")
                               .arg(entry.result.name, entry.cluster, outcomeText(entry.result)));
    }
    return text;
}

QString RunReportWriter::outcomeText(const BatchItemResult& result)
{
    switch (result.outcome) {
    case BatchItemResult::Outcome::Succeeded:
        return QCoreApplication::translate("duper::RunReportWriter", "done");
    case BatchItemResult::Outcome::AlreadyDone:
        return QCoreApplication::translate("duper::RunReportWriter", "already done");
    case BatchItemResult::Outcome::Failed:
        return QCoreApplication::translate("duper::RunReportWriter", "failed: %1").arg(result.message);
    case BatchItemResult::Outcome::Pending:
        break;
    }
    return QCoreApplication::translate("duper::RunReportWriter", "not run");
}

} // namespace duper
