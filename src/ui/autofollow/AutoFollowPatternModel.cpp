#include "ui/autofollow/AutoFollowPatternModel.h"

#include "core/autofollow/AutoFollowPatternRules.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace duper::ui {

namespace {

bool sameErrors(const QList<AutoFollowError>& a, const QList<AutoFollowError>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].leaderIndex != b[i].leaderIndex || a[i].timestamp != b[i].timestamp ||
            a[i].autoFollowException.reason != b[i].autoFollowException.reason)
            return false;
    return true;
}

bool samePattern(const AutoFollowPattern& a, const AutoFollowPattern& b)
{
    // toJson covers every field but name and active.
    return a.active == b.active && a.toJson() == b.toJson();
}

} // namespace

AutoFollowPatternModel::AutoFollowPatternModel(QObject* parent) : TranslatableTableModel(parent)
{}

void AutoFollowPatternModel::applyPatterns(const QList<AutoFollowPattern>& patterns,
                                           const AutoFollowStats& autoFollowStats)
{
    applySnapshot(AutoFollowSnapshot::merge(patterns, autoFollowStats));
}

void AutoFollowPatternModel::applySnapshot(const AutoFollowSnapshot& snapshot)
{
    QHash<QString, Row> incoming;
    for (const Row& row : snapshot.rows)
        incoming.insert(row.pattern.name, row);

    // Remove vanished rows from the bottom up so the remaining indices stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows[row].pattern.name)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Update in place.
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& current = m_rows[row];
        const Row fresh = incoming.take(current.pattern.name);
        if (!samePattern(current.pattern, fresh.pattern) || !sameErrors(current.errors, fresh.errors)) {
            current = fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Append new ones in the server's order.
    QList<Row> added;
    for (const Row& row : snapshot.rows)
        if (incoming.contains(row.pattern.name))
            added << incoming.take(row.pattern.name);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows << added;
        endInsertRows();
    }
}

void AutoFollowPatternModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

int AutoFollowPatternModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].pattern.name == name)
            return row;
    return -1;
}

const AutoFollowPatternModel::Row* AutoFollowPatternModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QStringList AutoFollowPatternModel::names() const
{
    QStringList result;
    for (const Row& row : m_rows)
        result << row.pattern.name;
    return result;
}

int AutoFollowPatternModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AutoFollowPatternModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AutoFollowPatternModel::statusText(bool active)
{
    return active ? tr("Active") : tr("Paused");
}

QString AutoFollowPatternModel::followerPatternText(const AutoFollowPattern& pattern)
{
    return pattern.followIndexPattern.isEmpty() ? AutoFollowPatternRules::placeholder() : pattern.followIndexPattern;
}

QVariant AutoFollowPatternModel::display(const Row& row, int column) const
{
    const AutoFollowPattern& p = row.pattern;
    switch (column) {
    case NameColumn:
        return p.name;
    case StatusColumn:
        return statusText(p.active);
    case RemoteClusterColumn:
        return p.remoteCluster;
    case LeaderPatternsColumn:
        return p.leaderIndexPatterns.join(QStringLiteral(", "));
    case ExclusionPatternsColumn:
        return p.leaderIndexExclusionPatterns.join(QStringLiteral(", "));
    case FollowerPatternColumn:
        return followerPatternText(p);
    case ErrorsColumn:
        if (row.errors.isEmpty())
            return QString();
        return tr("%n error(s): %1", nullptr, int(row.errors.size()))
            .arg(row.errors.first().autoFollowException.deepestReason());
    default:
        return {};
    }
}

QVariant AutoFollowPatternModel::sortValue(const Row& row, int column) const
{
    switch (column) {
    case StatusColumn:
        return row.pattern.active ? 0 : 1;
    case ErrorsColumn:
        return qlonglong(row.errors.size());
    default:
        return display(row, column).toString().toLower();
    }
}

QVariant AutoFollowPatternModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ErrorsColumn && !row.errors.isEmpty()) {
            QStringList lines;
            for (const AutoFollowError& error : row.errors)
                lines << QStringLiteral("%1 — %2: %3")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(error.timestamp),
                                                     QLocale::ShortFormat),
                                  error.leaderIndex, error.autoFollowException.deepestReason());
            return lines.join(QLatin1Char('\n'));
        }
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case NameRole:
        return row.pattern.name;
    case ActiveRole:
        return row.pattern.active;
    default:
        return {};
    }
}

QVariant AutoFollowPatternModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case RemoteClusterColumn:
        return tr("Remote cluster");
    case LeaderPatternsColumn:
        return tr("Leader patterns");
    case ExclusionPatternsColumn:
        return tr("Exclusions");
    case FollowerPatternColumn:
        return tr("Follower index pattern");
    case ErrorsColumn:
        return tr("Recent errors");
    default:
        return {};
    }
}

} // namespace duper::ui
