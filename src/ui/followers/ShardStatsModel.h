#pragma once

#include "core/ccr/ShardFollowStats.h"
#include "ui/common/TranslatableTableModel.h"

#include <QList>

namespace duper::ui {

// The shard-follow tasks of one follower index, one row per shard, with the figures of follow stats. Sizes and
// durations are shown in human units; SortRole gives the raw number so a proxy sorts them correctly.
class ShardStatsModel : public TranslatableTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // qint64
        ShardIdRole                  // int
    };
    enum Column
    {
        ShardColumn,
        LeaderCheckpointColumn,
        FollowerCheckpointColumn,
        LagColumn,
        OutstandingReadsColumn,
        OutstandingWritesColumn,
        WriteBufferOperationsColumn,
        WriteBufferBytesColumn,
        SuccessfulReadsColumn,
        FailedReadsColumn,
        SuccessfulWritesColumn,
        FailedWritesColumn,
        OperationsReadColumn,
        OperationsWrittenColumn,
        BytesReadColumn,
        TimeSinceLastReadColumn,
        MappingVersionColumn,
        SettingsVersionColumn,
        ColumnCount
    };

    explicit ShardStatsModel(QObject* parent = nullptr);

    // Updates the rows in place (dataChanged) when the same shards come back, so views keep their selection and
    // scroll position on every refresh; resets only when the set of shards changed.
    void setShards(const QList<duper::ShardFollowStats>& shards);
    const QList<duper::ShardFollowStats>& shards() const { return m_shards; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1.2 MB"; "512 bytes".
    static QString humanBytes(qint64 bytes);
    // "850 ms", "4.2 s", "3 min 5 s", "2 h 10 min"; "never" for -1 (no read yet).
    static QString humanDuration(qint64 millis);

private:
    static qint64 number(const duper::ShardFollowStats& shard, int column);

    QList<duper::ShardFollowStats> m_shards;
};

} // namespace duper::ui
