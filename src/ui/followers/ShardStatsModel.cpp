#include "ui/followers/ShardStatsModel.h"

#include <QLocale>
#include <limits>

namespace duper::ui {

namespace {

bool sameShards(const QList<ShardFollowStats>& a, const QList<ShardFollowStats>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).shardId != b.at(i).shardId)
            return false;
    }
    return true;
}

} // namespace

ShardStatsModel::ShardStatsModel(QObject* parent) : TranslatableTableModel(parent)
{}

void ShardStatsModel::setShards(const QList<ShardFollowStats>& shards)
{
    if (!sameShards(m_shards, shards)) {
        beginResetModel();
        m_shards = shards;
        endResetModel();
        return;
    }
    m_shards = shards;
    if (!m_shards.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ShardStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shards.size());
}

int ShardStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ShardStatsModel::number(const ShardFollowStats& shard, int column)
{
    switch (column) {
    case ShardColumn:
        return shard.shardId;
    case LeaderCheckpointColumn:
        return shard.leaderGlobalCheckpoint;
    case FollowerCheckpointColumn:
        return shard.followerGlobalCheckpoint;
    case LagColumn:
        return shard.globalCheckpointLag();
    case OutstandingReadsColumn:
        return shard.outstandingReadRequests;
    case OutstandingWritesColumn:
        return shard.outstandingWriteRequests;
    case WriteBufferOperationsColumn:
        return shard.writeBufferOperationCount;
    case WriteBufferBytesColumn:
        return shard.writeBufferSizeInBytes;
    case SuccessfulReadsColumn:
        return shard.successfulReadRequests;
    case FailedReadsColumn:
        return shard.failedReadRequests;
    case SuccessfulWritesColumn:
        return shard.successfulWriteRequests;
    case FailedWritesColumn:
        return shard.failedWriteRequests;
    case OperationsReadColumn:
        return shard.operationsRead;
    case OperationsWrittenColumn:
        return shard.operationsWritten;
    case BytesReadColumn:
        return shard.bytesRead;
    case TimeSinceLastReadColumn:
        // "Never read" sorts as the longest time ago.
        return shard.timeSinceLastReadMillis < 0 ? std::numeric_limits<qint64>::max() : shard.timeSinceLastReadMillis;
    case MappingVersionColumn:
        return shard.followerMappingVersion;
    case SettingsVersionColumn:
        return shard.followerSettingsVersion;
    default:
        return 0;
    }
}

QVariant ShardStatsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shards.size() || index.column() >= ColumnCount)
        return {};
    const ShardFollowStats& shard = m_shards.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WriteBufferBytesColumn:
        case BytesReadColumn:
            return humanBytes(number(shard, column));
        case TimeSinceLastReadColumn:
            return humanDuration(shard.timeSinceLastReadMillis);
        case ShardColumn:
            return QString::number(shard.shardId);
        default:
            return QLocale().toString(number(shard, column));
        }
    case Qt::ToolTipRole:
        if (column == WriteBufferBytesColumn || column == BytesReadColumn)
            return tr("%1 bytes").arg(QLocale().toString(number(shard, column)));
        if (column == TimeSinceLastReadColumn && shard.timeSinceLastReadMillis >= 0)
            return tr("%1 ms").arg(QLocale().toString(shard.timeSinceLastReadMillis));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return number(shard, column);
    case ShardIdRole:
        return shard.shardId;
    default:
        return {};
    }
}

QVariant ShardStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ShardColumn:
            return tr("Shard");
        case LeaderCheckpointColumn:
            return tr("Leader checkpoint");
        case FollowerCheckpointColumn:
            return tr("Follower checkpoint");
        case LagColumn:
            return tr("Lag");
        case OutstandingReadsColumn:
            return tr("Outstanding reads");
        case OutstandingWritesColumn:
            return tr("Outstanding writes");
        case WriteBufferOperationsColumn:
            return tr("Buffered operations");
        case WriteBufferBytesColumn:
            return tr("Buffer size");
        case SuccessfulReadsColumn:
            return tr("Successful reads");
        case FailedReadsColumn:
            return tr("Failed reads");
        case SuccessfulWritesColumn:
            return tr("Successful writes");
        case FailedWritesColumn:
            return tr("Failed writes");
        case OperationsReadColumn:
            return tr("Operations read");
        case OperationsWrittenColumn:
            return tr("Operations written");
        case BytesReadColumn:
            return tr("Bytes read");
        case TimeSinceLastReadColumn:
            return tr("Last read");
        case MappingVersionColumn:
            return tr("Mapping version");
        case SettingsVersionColumn:
            return tr("Settings version");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LeaderCheckpointColumn:
            return tr("The leader shard's global checkpoint: operations up to this sequence number are safe on the "
                      "leader.");
        case FollowerCheckpointColumn:
            return tr("The follower shard's global checkpoint: operations up to this sequence number have been "
                      "replicated.");
        case LagColumn:
            return tr("Leader checkpoint minus follower checkpoint: operations not yet replicated.");
        case WriteBufferOperationsColumn:
        case WriteBufferBytesColumn:
            return tr("Operations read from the leader and waiting to be written to the follower.");
        case TimeSinceLastReadColumn:
            return tr("Time since the last read request to the leader returned.");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString ShardStatsModel::humanBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString ShardStatsModel::humanDuration(qint64 millis)
{
    if (millis < 0)
        return tr("never");
    if (millis < 1000)
        return tr("%1 ms").arg(millis);
    if (millis < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(millis) / 1000.0, 'f', 1));
    const qint64 seconds = millis / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace duper::ui
