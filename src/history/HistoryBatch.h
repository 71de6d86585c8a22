#pragma once

#include "history/FollowerSample.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace duper {

struct FollowerSnapshot;

// One refresh of one connection's followers: what the history store writes in one transaction.
struct HistoryBatch
{
    QString connectionId; // the connection profile's id (stable across renames)
    qint64 takenAtMs = 0;
    QList<FollowerSample> samples;

    static HistoryBatch fromSnapshot(const QString& connectionId, const FollowerSnapshot& snapshot);
};

} // namespace duper

Q_DECLARE_METATYPE(duper::HistoryBatch)
