#pragma once

#include "core/fleet/FleetRow.h"
#include "ui/common/TranslatableTableModel.h"

#include <QList>
#include <QSet>

namespace duper::ui {

// The fleet table: one row per saved connection as FleetService reports it — reachable or why not, cluster, version,
// license, followers by status, auto-follow patterns, worst lag, time since the worst last read, remotes. Rows arrive
// one cluster at a time: updateRow() changes that row in place (selection, sort and scroll stay), setRows() replaces
// the list when the saved connections change. Sort by SortRole (numbers for the numeric columns).
class FleetModel : public TranslatableTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ConnectionColumn,
        StateColumn,
        ClusterColumn,
        VersionColumn,
        LicenseColumn,
        ActiveColumn,
        PausedColumn,
        ErrorColumn,
        PatternsColumn,
        WorstLagColumn,
        SinceLastReadColumn,
        RemotesColumn,
        UpdatedColumn, // the refresh indicator: "Refreshing…", or how long ago the figures were read
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for counts, lag and time; text otherwise
        ConnectionIdRole,            // the connection id, on every column
        ReachableRole,               // bool, on every column
    };

    explicit FleetModel(QObject* parent = nullptr);

    void setRows(const QList<duper::FleetRow>& rows);
    // Replaces the row of the same connection; a connection not listed yet is appended.
    void updateRow(const duper::FleetRow& row);
    const duper::FleetRow* rowAt(int row) const;
    // A refresh of that connection was asked for and has not answered yet: its Updated cell says so (with an icon).
    // Cleared by the next updateRow() of the connection.
    void setRefreshing(const QString& connectionId, bool refreshing);
    bool isRefreshing(const QString& connectionId) const { return m_refreshing.contains(connectionId); }
    // The Updated column says "12 s ago": the page calls this now and then so the ages move on.
    void updateAges();
    int rowOf(const QString& connectionId) const; // -1 if absent

    // "Reachable", "Unreachable", "Not authorised", "Secret missing", "Not opened", "Waiting…" (translated).
    static QString stateText(const duper::FleetRow& row);
    // "850 ms", "42 s", "7 min", "3 h".
    static QString durationText(qint64 ms);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const duper::FleetRow& row, int column) const;
    QVariant sortValue(const duper::FleetRow& row, int column) const;
    QVariant toolTip(const duper::FleetRow& row, int column) const;

    QVariant decoration(const duper::FleetRow& row, int column) const;
    QString updatedText(const duper::FleetRow& row) const;

    QList<duper::FleetRow> m_rows;
    QSet<QString> m_refreshing;
};

} // namespace duper::ui
