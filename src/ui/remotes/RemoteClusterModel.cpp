#include "ui/remotes/RemoteClusterModel.h"

#include <QApplication>
#include <QIcon>
#include <QSet>
#include <QStyle>

namespace duper::ui {

RemoteClusterModel::RemoteClusterModel(QObject* parent) : TranslatableTableModel(parent)
{}

void RemoteClusterModel::applyRemotes(const QList<RemoteClusterRow>& rows)
{
    QSet<QString> incoming;
    for (const RemoteClusterRow& row : rows)
        incoming.insert(row.alias);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows.at(i).alias)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const RemoteClusterRow& row : rows) {
        const int existing = rowOf(row.alias);
        if (existing >= 0) {
            if (m_rows.at(existing) == row)
                continue;
            m_rows[existing] = row;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        } else {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rows.append(row);
            endInsertRows();
        }
    }
}

const RemoteClusterRow* RemoteClusterModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RemoteClusterModel::rowOf(const QString& alias) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).alias == alias)
            return i;
    return -1;
}

QString RemoteClusterModel::statusText(const RemoteClusterRow& row)
{
    if (row.connected)
        return tr("Connected");
    return row.inRemoteInfo ? tr("Not connected") : tr("Not connected (not reported yet)");
}

QString RemoteClusterModel::sourceText(RemoteClusterRow::Source source)
{
    switch (source) {
    case RemoteClusterRow::Source::Persistent:
        return tr("Persistent");
    case RemoteClusterRow::Source::Transient:
        return tr("Transient");
    case RemoteClusterRow::Source::Node:
        return tr("elasticsearch.yml");
    }
    return {};
}

QString RemoteClusterModel::usedByText(const RemoteClusterRow& row)
{
    if (!row.usedByKnown)
        return tr("unknown");
    if (row.usedBy.isEmpty())
        return tr("none");
    // No English .qm is loaded, so "%n index(es)" would show as is: pick the form here.
    return row.usedBy.size() == 1 ? tr("1 follower index") : tr("%1 follower indices").arg(row.usedBy.size());
}

QString RemoteClusterModel::securityText(RemoteClusterRow::Security security)
{
    return security == RemoteClusterRow::Security::ApiKey ? tr("API key") : tr("Certificate");
}

QString RemoteClusterModel::securityExplanation(RemoteClusterRow::Security security)
{
    return security == RemoteClusterRow::Security::ApiKey
               ? tr("Authenticated with a cross-cluster API key, kept in this cluster's keystore, on the remote "
                    "cluster server port (usually 9443).")
               : tr("Authenticated with TLS certificates trusted by both clusters, on the transport port (usually "
                    "9300); deprecated since Elasticsearch 9.0.");
}

int RemoteClusterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemoteClusterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteClusterModel::data(const QModelIndex& index, int role) const
{
    const RemoteClusterRow* row = rowAt(index.row());
    if (!row || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*row, index.column());
    case SortRole:
        return sortKey(*row, index.column());
    case AliasRole:
        return row->alias;
    case ConnectedRole:
        return row->connected;
    case Qt::DecorationRole:
        // The icon doubles the text; it never carries the status alone.
        if (index.column() == StatusColumn)
            return QApplication::style()->standardIcon(row->connected ? QStyle::SP_DialogApplyButton
                                                                      : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AddressesColumn)
            return row->addresses();
        if (index.column() == SecurityColumn)
            return securityExplanation(row->security);
        if (index.column() == UsedByColumn && !row->usedBy.isEmpty())
            return row->usedBy.join(QLatin1Char('\n'));
        if (index.column() == SourceColumn && !row->editable())
            return tr("Defined in elasticsearch.yml: change it there, not here.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ConnectionsColumn || index.column() == UsedByColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RemoteClusterModel::displayText(const RemoteClusterRow& row, int column) const
{
    switch (column) {
    case AliasColumn:
        return row.alias;
    case StatusColumn:
        return statusText(row);
    case ModeColumn:
        return row.mode == RemoteClusterMode::Proxy ? tr("proxy") : tr("sniff");
    case SecurityColumn:
        return securityText(row.security);
    case AddressesColumn:
        return row.addresses();
    case ConnectionsColumn:
        return row.mode == RemoteClusterMode::Proxy
                   ? tr("%1 of %2 sockets").arg(row.socketsConnected).arg(row.maxSocketConnections)
                   : tr("%1 of %2 nodes").arg(row.nodesConnected).arg(row.maxNodeConnections);
    case SkipUnavailableColumn:
        return row.skipUnavailable ? tr("yes") : tr("no");
    case UsedByColumn:
        return usedByText(row);
    case SourceColumn:
        return sourceText(row.source);
    default:
        return {};
    }
}

QVariant RemoteClusterModel::sortKey(const RemoteClusterRow& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return row.connected ? 1 : 0;
    case ConnectionsColumn:
        return row.connectionsInUse();
    case SkipUnavailableColumn:
        return row.skipUnavailable ? 1 : 0;
    case UsedByColumn:
        return row.usedByKnown ? int(row.usedBy.size()) : -1;
    case SourceColumn:
        return int(row.source);
    default:
        return displayText(row, column);
    }
}

QVariant RemoteClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SecurityColumn)
        return tr("How this cluster authenticates to the remote cluster: API key or certificate.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AliasColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ModeColumn:
        return tr("Mode");
    case SecurityColumn:
        return tr("Security");
    case AddressesColumn:
        return tr("Addresses");
    case ConnectionsColumn:
        return tr("Connections");
    case SkipUnavailableColumn:
        return tr("Skip unavailable");
    case UsedByColumn:
        return tr("Used by");
    case SourceColumn:
        return tr("Stored");
    default:
        return {};
    }
}

} // namespace duper::ui
