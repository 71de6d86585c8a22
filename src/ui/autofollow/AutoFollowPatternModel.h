#pragma once

#include "core/autofollow/AutoFollowPatternRow.h"
#include "core/autofollow/AutoFollowSnapshot.h"
#include "core/ccr/AutoFollowError.h"
#include "core/ccr/AutoFollowPattern.h"
#include "core/ccr/AutoFollowStats.h"
#include "ui/common/TranslatableTableModel.h"

#include <QList>
#include <QStringList>

namespace duper::ui {

// The auto-follow patterns of a cluster (GET /_ccr/auto_follow), each with the recent auto-follow errors that
// concern it (GET /_ccr/stats), as an AutoFollowSnapshot has them. applySnapshot() diffs by name so selection and
// scroll survive a refresh.
class AutoFollowPatternModel : public TranslatableTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        RemoteClusterColumn,
        LeaderPatternsColumn,
        ExclusionPatternsColumn,
        FollowerPatternColumn,
        ErrorsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns, lowercase text otherwise
        NameRole,                    // the pattern name, on every column
        ActiveRole,                  // bool
    };

    using Row = AutoFollowPatternRow;

    explicit AutoFollowPatternModel(QObject* parent = nullptr);

    void applySnapshot(const AutoFollowSnapshot& snapshot);
    // Merges the two answers first (AutoFollowSnapshot::merge).
    void applyPatterns(const QList<AutoFollowPattern>& patterns, const AutoFollowStats& autoFollowStats);
    void clear();

    int rowOf(const QString& name) const;
    const Row* rowAt(int row) const;
    const Row* rowNamed(const QString& name) const { return rowAt(rowOf(name)); }
    QStringList names() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(bool active);
    static QString followerPatternText(const AutoFollowPattern& pattern);

private:
    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace duper::ui
