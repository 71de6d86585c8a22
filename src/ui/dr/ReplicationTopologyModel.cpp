#include "ui/dr/ReplicationTopologyModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace duper::ui {

using Remote = ReplicationTopology::Remote;

ReplicationTopologyModel::ReplicationTopologyModel(QObject* parent) : TranslatableTableModel(parent)
{}

void ReplicationTopologyModel::setTopology(const ReplicationTopology& topology)
{
    beginResetModel();
    m_topology = topology;
    endResetModel();
}

const Remote* ReplicationTopologyModel::remoteAt(int row) const
{
    return row >= 0 && row < m_topology.remotes.size() ? &m_topology.remotes.at(row) : nullptr;
}

int ReplicationTopologyModel::rowOf(const QString& alias) const
{
    for (int row = 0; row < m_topology.remotes.size(); ++row) {
        if (m_topology.remotes.at(row).alias == alias)
            return row;
    }
    return -1;
}

QString ReplicationTopologyModel::connectionText(const Remote& remote)
{
    if (!remote.configured)
        return tr("Not configured");
    const QString mode = remote.mode == RemoteClusterMode::Proxy ? tr("proxy") : tr("sniff");
    return remote.connected ? tr("Connected (%1)").arg(mode) : tr("Not connected (%1)").arg(mode);
}

QString ReplicationTopologyModel::followersText(const Remote& remote)
{
    if (remote.followerCount() == 0)
        return tr("None");
    QStringList parts;
    if (remote.activeFollowers > 0)
        parts << tr("%n active", nullptr, remote.activeFollowers);
    if (remote.pausedFollowers > 0)
        parts << tr("%n paused", nullptr, remote.pausedFollowers);
    if (remote.errorFollowers > 0)
        parts << tr("%n with errors", nullptr, remote.errorFollowers);
    return parts.join(tr(", "));
}

QString ReplicationTopologyModel::patternsText(const Remote& remote)
{
    if (remote.activePatterns.isEmpty() && remote.pausedPatterns.isEmpty())
        return tr("None");
    QStringList parts;
    if (!remote.activePatterns.isEmpty())
        parts << tr("%n active", nullptr, int(remote.activePatterns.size()));
    if (!remote.pausedPatterns.isEmpty())
        parts << tr("%n paused", nullptr, int(remote.pausedPatterns.size()));
    return parts.join(tr(", "));
}

int ReplicationTopologyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_topology.remotes.size());
}

int ReplicationTopologyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicationTopologyModel::data(const QModelIndex& index, int role) const
{
    const Remote* remote = index.isValid() ? remoteAt(index.row()) : nullptr;
    if (!remote)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*remote, index.column());
    case Qt::ToolTipRole:
        return toolTip(*remote, index.column());
    case Qt::DecorationRole:
        return icon(*remote, index.column());
    case AliasRole:
        return remote->alias;
    case ActiveRole:
        return remote->activeFollowers;
    case PausedRole:
        return remote->pausedFollowers;
    case ErrorRole:
        return remote->errorFollowers;
    default:
        return {};
    }
}

QVariant ReplicationTopologyModel::displayText(const Remote& remote, int column) const
{
    switch (column) {
    case AliasColumn:
        return remote.alias;
    case ConnectionColumn:
        return connectionText(remote);
    case AddressesColumn:
        return remote.addresses.isEmpty() ? tr("—") : remote.addresses.join(QStringLiteral(", "));
    case FollowersColumn:
        return followersText(remote);
    case PatternsColumn:
        return patternsText(remote);
    case DataStreamsColumn:
        return remote.dataStreams.isEmpty() ? tr("None") : remote.dataStreams.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ReplicationTopologyModel::toolTip(const Remote& remote, int column) const
{
    switch (column) {
    case ConnectionColumn:
        if (!remote.configured)
            return tr("Follower indices or auto-follow patterns name this remote cluster, but this cluster has no "
                      "remote cluster of that name.");
        return {};
    case AddressesColumn:
        return remote.addresses.join(QLatin1Char('\n'));
    case PatternsColumn: {
        QStringList lines;
        for (const QString& name : remote.activePatterns)
            lines << tr("%1 (active)").arg(name);
        for (const QString& name : remote.pausedPatterns)
            lines << tr("%1 (paused)").arg(name);
        return lines.join(QLatin1Char('\n'));
    }
    case DataStreamsColumn:
        return remote.dataStreams.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant ReplicationTopologyModel::icon(const Remote& remote, int column) const
{
    // The icons repeat what the text says; they never carry a state alone.
    QStyle* style = QApplication::style();
    if (column == ConnectionColumn)
        return style->standardIcon(remote.configured && remote.connected ? QStyle::SP_DialogApplyButton
                                                                         : QStyle::SP_MessageBoxWarning);
    if (column == FollowersColumn && remote.errorFollowers > 0)
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    return {};
}

QVariant ReplicationTopologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TranslatableTableModel::headerData(section, orientation, role);
    switch (section) {
    case AliasColumn:
        return tr("Remote cluster");
    case ConnectionColumn:
        return tr("Connection");
    case AddressesColumn:
        return tr("Addresses");
    case FollowersColumn:
        return tr("Follower indices");
    case PatternsColumn:
        return tr("Auto-follow patterns");
    case DataStreamsColumn:
        return tr("Replicated data streams");
    default:
        return {};
    }
}

} // namespace duper::ui
