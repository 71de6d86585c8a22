#pragma once

#include <QJsonObject>
#include <QString>

namespace duper {

class FailoverRun;

// What a failover did, for the record and to hand on: the remote, the cluster, start and end, and every item of
// every phase with its outcome and error. Names only: a report never holds a secret or a URL's credentials.
class FailoverReport
{
public:
    static QJsonObject toJson(const FailoverRun& run, const QString& clusterName);
    static QString toMarkdown(const FailoverRun& run, const QString& clusterName);
};

} // namespace duper
