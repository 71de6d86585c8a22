#pragma once

#include "core/alerts/RetentionPeriod.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace duper {

class EsClient;

// Reads the retention lease period of leader indices from the leader cluster, one settings request per index in
// parallel (a missing index fails alone, not the lot). An index whose setting could not be read gets Elasticsearch's
// default, marked as assumed with the reason. Emits finished() once, also for an empty list.
class RetentionPeriodLookup : public QObject
{
    Q_OBJECT

public:
    RetentionPeriodLookup(EsClient* leader, QStringList leaderIndices, QObject* parent = nullptr);

    void start();
    // By leader index name; complete after finished().
    const QHash<QString, RetentionPeriod>& periods() const { return m_periods; }

signals:
    void finished();

private:
    void finishOne();

    EsClient* m_leader;
    QStringList m_indices;
    QHash<QString, RetentionPeriod> m_periods;
    int m_pending = 0;
};

} // namespace duper
