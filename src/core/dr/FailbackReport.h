#pragma once

#include <QJsonObject>
#include <QString>

namespace duper {

class FailbackRun;
class SwitchBackRun;

// What a failback did, in the shape of FailoverReport (action, clusters, times, result, phases with items), plus
// the plan's indices with both clusters' document counts. Switching back after it (SwitchBackRun) is reported the
// same way: the header (action "switch_back", cluster A, its alias to B), then each stage — the failover on A, the
// failback that makes B follow A, the auto-follow patterns resumed on B — with its phases and items; a stage that
// did not start says so. Names only: no secret or URL credentials.
class FailbackReport
{
public:
    static QJsonObject toJson(const FailbackRun& run, const QString& clusterA, const QString& clusterB);
    static QString toMarkdown(const FailbackRun& run, const QString& clusterA, const QString& clusterB);
    // `clusterA` leads again; `clusterB` follows it.
    static QJsonObject toJson(const SwitchBackRun& run, const QString& clusterA, const QString& clusterB);
    static QString toMarkdown(const SwitchBackRun& run, const QString& clusterA, const QString& clusterB);
};

} // namespace duper
