#pragma once

#include "core/dr/ReplicationTopology.h"
#include "ui/common/TranslatableTableModel.h"

namespace duper::ui {

// The Disaster recovery tab's table: one row per remote cluster alias of a ReplicationTopology, with its connection,
// addresses and what replicates from it. setTopology() resets the rows; the page selects the previous alias again.
class ReplicationTopologyModel : public TranslatableTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AliasColumn,
        ConnectionColumn,
        AddressesColumn,
        FollowersColumn,
        PatternsColumn,
        DataStreamsColumn,
        ColumnCount
    };
    enum Role
    {
        AliasRole = Qt::UserRole + 1, // the alias, on every column
        ActiveRole,                   // follower counts, on every column
        PausedRole,
        ErrorRole
    };

    explicit ReplicationTopologyModel(QObject* parent = nullptr);

    void setTopology(const duper::ReplicationTopology& topology);
    const duper::ReplicationTopology& topology() const { return m_topology; }
    const duper::ReplicationTopology::Remote* remoteAt(int row) const;
    int rowOf(const QString& alias) const; // -1 if absent

    // "Connected (sniff)", "Not connected (proxy)", "Not configured": words, the icon only repeats them.
    static QString connectionText(const duper::ReplicationTopology::Remote& remote);
    // "3 active, 1 paused, 1 with errors" or "None".
    static QString followersText(const duper::ReplicationTopology::Remote& remote);
    static QString patternsText(const duper::ReplicationTopology::Remote& remote);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const duper::ReplicationTopology::Remote& remote, int column) const;
    QVariant toolTip(const duper::ReplicationTopology::Remote& remote, int column) const;
    QVariant icon(const duper::ReplicationTopology::Remote& remote, int column) const;

    duper::ReplicationTopology m_topology;
};

} // namespace duper::ui
