#include "ui/followers/FollowerColumnTexts.h"

#include "ui/followers/FollowerTableModel.h"

#include <QLocale>

namespace duper::ui {

namespace {
const QString kMissing = QString(QChar(0x2014)); // "—"
} // namespace

QString FollowerColumnTexts::title(int column)
{
    switch (column) {
    case FollowerTableModel::SelectedColumn:
        return QString();
    case FollowerTableModel::NameColumn:
        return tr("Name");
    case FollowerTableModel::StatusColumn:
        return tr("Status");
    case FollowerTableModel::RemoteClusterColumn:
        return tr("Remote cluster");
    case FollowerTableModel::LeaderIndexColumn:
        return tr("Leader index");
    case FollowerTableModel::LagColumn:
        return tr("Lag (ops)");
    case FollowerTableModel::OperationsPerSecondColumn:
        return tr("Ops/s");
    case FollowerTableModel::TimeSinceLastReadColumn:
        return tr("Last read");
    case FollowerTableModel::FailedReadsColumn:
        return tr("Failed reads");
    case FollowerTableModel::CatchUpColumn:
        return tr("Catch-up");
    case FollowerTableModel::LagTrendColumn:
        return tr("Lag trend");
    default:
        return {};
    }
}

QString FollowerColumnTexts::headerToolTip(int column)
{
    switch (column) {
    case FollowerTableModel::SelectedColumn:
        return tr("Select followers for a bulk action");
    case FollowerTableModel::LagColumn:
        return tr("Operations the follower is behind: the sum over its shards of the leader's global checkpoint "
                  "minus the follower's");
    case FollowerTableModel::OperationsPerSecondColumn:
        return tr("Operations written per second since the previous refresh");
    case FollowerTableModel::TimeSinceLastReadColumn:
        return tr("The longest time since a shard last read from the leader");
    case FollowerTableModel::FailedReadsColumn:
        return tr("Failed read requests, summed over the shards");
    case FollowerTableModel::LagTrendColumn:
        return tr("The lag over the last hour, from Duper's replication history (the highest lag of each minute)");
    case FollowerTableModel::CatchUpColumn:
        return tr("When the follower will have caught up with its leader, at the pace its lag changed over the last "
                  "refreshes; “Falling behind” when the lag keeps growing");
    default:
        return {};
    }
}

QString FollowerColumnTexts::formatDuration(std::optional<qint64> millis)
{
    if (!millis || *millis < 0)
        return kMissing;
    const qint64 seconds = *millis / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 d").arg(seconds / 86400);
}

QString FollowerColumnTexts::stateText(FollowerState state)
{
    switch (state) {
    case FollowerState::Active:
        return tr("Active");
    case FollowerState::Paused:
        return tr("Paused");
    case FollowerState::Error:
        return tr("Error");
    }
    return {};
}

QString FollowerColumnTexts::catchUpText(const CatchUpEstimate& estimate)
{
    switch (estimate.kind) {
    case CatchUpEstimate::Kind::CaughtUp:
        return tr("Caught up");
    case CatchUpEstimate::Kind::FallingBehind:
        return tr("Falling behind");
    case CatchUpEstimate::Kind::Eta: {
        const qint64 seconds = estimate.secondsLeft;
        if (seconds < 60)
            return tr("< 1 min");
        if (seconds < 3600)
            return tr("≈ %1 min").arg((seconds + 59) / 60);
        if (seconds < 48 * 3600)
            return tr("≈ %1 h").arg((seconds + 3599) / 3600);
        return tr("≈ %1 d").arg((seconds + 86399) / 86400);
    }
    case CatchUpEstimate::Kind::Unknown:
        break;
    }
    return tr("Unknown");
}

QVariant FollowerColumnTexts::cellText(const FollowerRow& row, int column)
{
    switch (column) {
    case FollowerTableModel::NameColumn:
        return row.name;
    case FollowerTableModel::StatusColumn:
        return stateText(row.state);
    case FollowerTableModel::RemoteClusterColumn:
        return row.remoteCluster;
    case FollowerTableModel::LeaderIndexColumn:
        return row.leaderIndex;
    case FollowerTableModel::LagColumn:
        return row.shards.isEmpty() ? kMissing : QLocale().toString(row.lag);
    case FollowerTableModel::OperationsPerSecondColumn:
        return row.operationsPerSecond ? QLocale().toString(*row.operationsPerSecond, 'f', 1) : kMissing;
    case FollowerTableModel::TimeSinceLastReadColumn:
        return formatDuration(row.timeSinceLastReadMillis);
    case FollowerTableModel::FailedReadsColumn:
        return row.shards.isEmpty() ? kMissing : QLocale().toString(row.failedReads);
    default:
        return {};
    }
}

} // namespace duper::ui
