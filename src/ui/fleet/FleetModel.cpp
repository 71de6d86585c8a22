#include "ui/fleet/FleetModel.h"

#include "ui/fleet/FleetHealth.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

namespace duper::ui {

FleetModel::FleetModel(QObject* parent) : TranslatableTableModel(parent)
{}

void FleetModel::setRows(const QList<FleetRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void FleetModel::updateRow(const FleetRow& row)
{
    const int at = rowOf(row.connectionId);
    const bool wasRefreshing = m_refreshing.remove(row.connectionId);
    if (at < 0) {
        const int end = int(m_rows.size());
        beginInsertRows({}, end, end);
        m_rows.append(row);
        endInsertRows();
        return;
    }
    if (m_rows.at(at) == row) {
        if (wasRefreshing)
            emit dataChanged(index(at, UpdatedColumn), index(at, UpdatedColumn));
        return;
    }
    m_rows[at] = row;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

const FleetRow* FleetModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void FleetModel::setRefreshing(const QString& connectionId, bool refreshing)
{
    const bool changed = refreshing != m_refreshing.contains(connectionId);
    if (refreshing)
        m_refreshing.insert(connectionId);
    else
        m_refreshing.remove(connectionId);
    const int at = rowOf(connectionId);
    if (changed && at >= 0)
        emit dataChanged(index(at, UpdatedColumn), index(at, UpdatedColumn));
}

void FleetModel::updateAges()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, UpdatedColumn), index(int(m_rows.size()) - 1, UpdatedColumn),
                         {Qt::DisplayRole, SortRole});
}

int FleetModel::rowOf(const QString& connectionId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).connectionId == connectionId)
            return row;
    return -1;
}

QString FleetModel::stateText(const FleetRow& row)
{
    switch (row.state) {
    case FleetRow::State::Pending:
        return tr("Waiting…");
    case FleetRow::State::Reachable:
        return row.stale ? tr("Reachable (stale)") : tr("Reachable");
    case FleetRow::State::Unreachable:
        return tr("Unreachable");
    case FleetRow::State::Unauthorised:
        return tr("Not authorised");
    case FleetRow::State::SecretMissing:
        return tr("Secret missing");
    case FleetRow::State::NotOpened:
        return tr("Not opened");
    }
    return {};
}

QString FleetModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 120 * 1000)
        return tr("%1 s").arg(ms / 1000);
    if (ms < 120 * 60 * 1000)
        return tr("%1 min").arg(ms / 60000);
    return tr("%1 h").arg(ms / 3600000);
}

int FleetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::data(const QModelIndex& index, int role) const
{
    const FleetRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case Qt::DecorationRole:
        return decoration(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= ActiveColumn && index.column() <= SinceLastReadColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(*row, index.column());
    case ConnectionIdRole:
        return row->connectionId;
    case ReachableRole:
        return row->reachable();
    default:
        return {};
    }
}

QVariant FleetModel::displayText(const FleetRow& row, int column) const
{
    // An unreachable cluster's figures would be stale guesses: its row says why instead.
    const bool figures = row.reachable();
    const QString none = tr("—");
    switch (column) {
    case ConnectionColumn:
        return row.connectionName;
    case StateColumn:
        return stateText(row);
    case ClusterColumn:
        return row.clusterName.isEmpty() ? none : row.clusterName;
    case VersionColumn:
        return row.version.isEmpty() ? none : row.version;
    case LicenseColumn:
        return row.licenseType.isEmpty() ? none : row.licenseType;
    case ActiveColumn:
        return figures ? QVariant(row.activeFollowers) : QVariant(none);
    case PausedColumn:
        return figures ? QVariant(row.pausedFollowers) : QVariant(none);
    case ErrorColumn:
        return figures ? QVariant(row.errorFollowers) : QVariant(none);
    case PatternsColumn:
        return figures ? QVariant(row.autoFollowPatterns) : QVariant(none);
    case WorstLagColumn:
        return figures && row.worstLag ? QVariant(*row.worstLag) : QVariant(none);
    case SinceLastReadColumn:
        return figures && row.longestSinceLastReadMs ? QVariant(durationText(*row.longestSinceLastReadMs))
                                                     : QVariant(none);
    case RemotesColumn:
        return row.remotes.isEmpty() ? none : row.remotes.join(QStringLiteral(", "));
    case UpdatedColumn:
        return updatedText(row);
    default:
        return {};
    }
}

QString FleetModel::updatedText(const FleetRow& row) const
{
    if (m_refreshing.contains(row.connectionId) || row.state == FleetRow::State::Pending)
        return tr("Refreshing…");
    if (!row.refreshedAt.isValid())
        return tr("—");
    const qint64 age = qMax<qint64>(0, row.refreshedAt.msecsTo(QDateTime::currentDateTime()));
    const QString ago = age < 1000 ? tr("just now") : tr("%1 ago").arg(durationText(age - age % 1000));
    return row.stale ? tr("%1 (stale)").arg(ago) : ago;
}

QVariant FleetModel::decoration(const FleetRow& row, int column) const
{
    // The state reads without colour: each health has its own icon shape, next to the words.
    if (column == StateColumn)
        return FleetHealth::icon(FleetHealth::ofRow(row));
    if (column == UpdatedColumn && (m_refreshing.contains(row.connectionId) || row.state == FleetRow::State::Pending))
        return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
    return {};
}

QVariant FleetModel::sortValue(const FleetRow& row, int column) const
{
    // Missing figures sort below every real one.
    switch (column) {
    case ActiveColumn:
        return row.reachable() ? row.activeFollowers : -1;
    case PausedColumn:
        return row.reachable() ? row.pausedFollowers : -1;
    case ErrorColumn:
        return row.reachable() ? row.errorFollowers : -1;
    case PatternsColumn:
        return row.reachable() ? row.autoFollowPatterns : -1;
    case WorstLagColumn:
        return row.reachable() && row.worstLag ? *row.worstLag : qint64(-1);
    case SinceLastReadColumn:
        return row.reachable() && row.longestSinceLastReadMs ? *row.longestSinceLastReadMs : qint64(-1);
    case StateColumn:
        return int(row.state);
    case UpdatedColumn:
        return row.refreshedAt.isValid() ? row.refreshedAt.toMSecsSinceEpoch() : qint64(-1);
    default:
        return displayText(row, column).toString().toLower();
    }
}

QVariant FleetModel::toolTip(const FleetRow& row, int column) const
{
    if (column == UpdatedColumn && row.refreshedAt.isValid())
        return QLocale().toString(row.refreshedAt, QLocale::LongFormat);
    if (column == StateColumn || column == ConnectionColumn) {
        QStringList lines{row.url};
        if (!row.problem.isEmpty())
            lines << row.problem;
        if (!row.ccrProblem.isEmpty())
            lines << row.ccrProblem;
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TranslatableTableModel::headerData(section, orientation, role);
    switch (section) {
    case ConnectionColumn:
        return tr("Connection");
    case StateColumn:
        return tr("Status");
    case ClusterColumn:
        return tr("Cluster");
    case VersionColumn:
        return tr("Version");
    case LicenseColumn:
        return tr("License");
    case ActiveColumn:
        return tr("Active");
    case PausedColumn:
        return tr("Paused");
    case ErrorColumn:
        return tr("Error");
    case PatternsColumn:
        return tr("Auto-follow patterns");
    case WorstLagColumn:
        return tr("Worst lag");
    case SinceLastReadColumn:
        return tr("Since last read");
    case RemotesColumn:
        return tr("Remotes");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace duper::ui
