#pragma once

#include "core/batch/BatchItemResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace duper {

// The parts every disaster-recovery report shares, so failover, failback, switch-back and bi-directional reports
// read alike: a header (action, clusters, times, result, failed count) and the phases with each item's outcome, as
// JSON for tools and as Markdown for people. Names and messages only: callers never pass a secret or a URL.
class RunReportWriter
{
public:
    struct Entry
    {
        BatchItemResult result;
        QString cluster; // where the item ran, when a run works on several clusters; else empty
    };
    struct Phase
    {
        QString key;   // for JSON
        QString title; // for people
        QList<Entry> entries;
    };
    struct Summary
    {
        QString action;
        QString cluster;
        QString remoteCluster;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString result; // "succeeded", "failed", "cancelled", ...
        int failed = 0;
    };

    // `Run` is a RunRecord whose plan() has phases(); `key` and `title` name a phase.
    template <typename Run, typename Key, typename Title>
    static QList<Phase> phasesOf(const Run& run, Key key, Title title)
    {
        QList<Phase> phases;
        for (const auto phase : run.plan().phases()) {
            Phase entry{key(phase), title(phase), {}};
            for (const auto& item : run.items(phase))
                entry.entries.append({item.result, {}});
            phases.append(entry);
        }
        return phases;
    }
    template <typename Run> static Summary summaryOf(const Run& run, QString action, QString cluster, QString result)
    {
        return {std::move(action), std::move(cluster), run.plan().remoteCluster, run.startedAt(),
                run.finishedAt(),  std::move(result),  run.failedCount()};
    }
    // "cancelled", "succeeded" or "failed".
    static QString resultKey(bool cancelled, bool succeeded);

    // {"action", "cluster", "remote_cluster", "started_at", "finished_at", "result", "failed"}
    static QJsonObject header(const Summary& summary);
    // [{"phase", "items": [{"name", "outcome", "error"?, "cluster"?}]}]
    static QJsonArray phasesJson(const QList<Phase>& phases);

    // "# <title>" and the started/finished/result lines.
    static QString markdownHeader(const QString& title, const Summary& summary);
    // One "## <phase>" section per phase with a "- `name`: outcome" line per item ("Not run." when empty);
    // `level` is the heading's level.
    static QString markdownPhases(const QList<Phase>& phases, int level = 2);
    // "done", "already done", "failed: <message>", "not run" (translated).
    static QString outcomeText(const BatchItemResult& result);
};

} // namespace duper
