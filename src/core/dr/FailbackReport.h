#pragma once

#include <QJsonObject>
#include <QString>

namespace duper {

class FailbackRun;

// What a failback did, in the shape of FailoverReport (action, clusters, times, result, phases with items), plus
// the plan's indices with both clusters' document counts. Names only: no secret or URL credentials.
class FailbackReport
{
public:
    static QJsonObject toJson(const FailbackRun& run, const QString& clusterA, const QString& clusterB);
    static QString toMarkdown(const FailbackRun& run, const QString& clusterA, const QString& clusterB);
};

} // namespace duper
