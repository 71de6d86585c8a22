#pragma once

#include "core/followers/FollowerSnapshot.h"
#include "core/trend/CatchUpTracker.h"
#include "history/LagSparkline.h"
#include "history/RecentLag.h"
#include "ui/common/TranslatableTableModel.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <memory>

namespace duper::ui {

// The Follower indices table: one row per follower of the current FollowerSnapshot, in name order (a
// FollowerFilterProxyModel sorts and filters). applySnapshot() diffs against the shown snapshot, so selections and
// persistent indexes survive refreshes. The SelectedColumn is the bulk-selection check box, kept by follower name.
class FollowerTableModel : public TranslatableTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SelectedColumn,
        NameColumn,
        StatusColumn,
        RemoteClusterColumn,
        LeaderIndexColumn,
        LagColumn,
        LagTrendColumn, // the last hour's lag from the history store, drawn by LagSparklineDelegate
        CatchUpColumn,  // CatchUpTracker's estimate from the last refreshes' lag; beside the lag it is about
        OperationsPerSecondColumn,
        TimeSinceLastReadColumn,
        FailedReadsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, the state as int, names as they are
        NameRole,                    // the follower name, on every column
        StateRole,                   // int(FollowerState), on every column
        LagSparklineRole             // a duper::LagSparkline, on the LagTrendColumn
    };

    explicit FollowerTableModel(QObject* parent = nullptr);

    // Shows `snapshot` (null = empty): rows that vanished are removed, new ones inserted, changed ones reported.
    void applySnapshot(std::shared_ptr<const duper::FollowerSnapshot> snapshot);
    std::shared_ptr<const duper::FollowerSnapshot> snapshot() const { return m_snapshot; }

    const duper::FollowerRow* rowAt(int row) const;
    // When the follower will have caught up, from the lag of the snapshots shown so far.
    duper::CatchUpEstimate catchUpEstimate(const duper::FollowerRow& row) const;
    // True while the rows are in name order, as every snapshot from FollowerSnapshot::build is: comparing two rows'
    // positions then gives their name order without comparing the names.
    bool rowsInNameOrder() const { return m_rowsInNameOrder; }
    int rowOf(const QString& name) const; // -1 if absent
    // The last hour's lag of every follower (LagTrendFeed); an answer with an error says history is off.
    void setRecentLag(const duper::RecentLag& lag);
    // The follower's sparkline from the last setRecentLag (empty without points).
    const duper::LagSparkline& lagSparkline(const QString& name) const;

    // Checked follower names, in row order.
    QStringList checkedNames() const;
    void setChecked(const QStringList& names, bool checked);
    void clearChecked();

    // "3 s", "2 min", "—": how the table words a time since the last read (FollowerColumnTexts).
    static QString formatDuration(std::optional<qint64> millis);

    // Checks bounds itself instead of through hasIndex()'s two virtual calls: the sorting proxy asks for about
    // 130,000 indexes when 10,000 rows arrive.
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedNamesChanged();

private:
    QVariant sortKey(const duper::FollowerRow& row, int column) const;
    void removeVanished(const duper::FollowerSnapshot* next);
    void insertNewAndUpdate(const duper::FollowerSnapshot& next);

    std::shared_ptr<const duper::FollowerSnapshot> m_snapshot;
    // What the view sees, row by row. During applySnapshot it points into both snapshots; afterwards only into
    // m_snapshot (row k is m_snapshot->rows[k]).
    QList<const duper::FollowerRow*> m_rows;
    QSet<QString> m_checked;
    QString lagTrendToolTip(const QString& name) const;

    duper::CatchUpTracker m_catchUp;
    // The rows of the snapshot m_catchUp was last given: a row's position there is where the tracker keeps it.
    const QList<duper::FollowerRow>* m_catchUpRows = nullptr;
    bool m_rowsInNameOrder = true; // no rows yet
    duper::RecentLag m_recentLag;
    mutable QHash<QString, duper::LagSparkline> m_sparklines; // built when a cell first asks
};

} // namespace duper::ui
