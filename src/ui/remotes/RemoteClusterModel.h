#pragma once

#include "core/remotes/RemoteClusterRow.h"
#include "ui/common/TranslatableTableModel.h"

#include <QList>

namespace duper::ui {

// The Remote clusters table: one row per remote (RemoteClusterRow). applyRemotes() diffs by alias, so selection and
// persistent indexes survive refreshes. Sort through a QSortFilterProxyModel with sortRole() == SortRole.
class RemoteClusterModel : public TranslatableTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AliasColumn,
        StatusColumn,
        ModeColumn,
        SecurityColumn,
        AddressesColumn,
        ConnectionsColumn,
        SkipUnavailableColumn,
        UsedByColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for counts, 0/1 for flags, text otherwise
        AliasRole,                   // the alias, on every column
        ConnectedRole                // bool, on every column
    };

    explicit RemoteClusterModel(QObject* parent = nullptr);

    // Shows `rows`: remotes that vanished are removed, new ones appended, changed ones reported with dataChanged.
    void applyRemotes(const QList<duper::RemoteClusterRow>& rows);
    const QList<duper::RemoteClusterRow>& remotes() const { return m_rows; }
    const duper::RemoteClusterRow* rowAt(int row) const;
    int rowOf(const QString& alias) const; // -1 if absent

    static QString statusText(const duper::RemoteClusterRow& row);
    static QString sourceText(duper::RemoteClusterRow::Source source);
    static QString usedByText(const duper::RemoteClusterRow& row);
    static QString securityText(duper::RemoteClusterRow::Security security);
    // One sentence on what the security model means.
    static QString securityExplanation(duper::RemoteClusterRow::Security security);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const duper::RemoteClusterRow& row, int column) const;
    QVariant sortKey(const duper::RemoteClusterRow& row, int column) const;

    QList<duper::RemoteClusterRow> m_rows;
};

} // namespace duper::ui
