#include "ui/followers/FollowerTableModel.h"

#include "ui/followers/FollowerColumnTexts.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QThreadPool>

namespace duper::ui {

namespace {

constexpr qsizetype kReleaseOffThreadRows = 1000;

bool isNumericColumn(int column)
{
    return column == FollowerTableModel::LagColumn || column == FollowerTableModel::OperationsPerSecondColumn ||
           column == FollowerTableModel::TimeSinceLastReadColumn || column == FollowerTableModel::FailedReadsColumn;
}

// Which displayed columns differ between two versions of a row, as a [first, last] range; first > last = none.
std::pair<int, int> changedColumns(const FollowerRow& a, const FollowerRow& b)
{
    int first = FollowerTableModel::ColumnCount;
    int last = -1;
    const auto mark = [&](bool differs, int column) {
        if (differs) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    // The error summary is the status tooltip.
    mark(a.state != b.state || a.errorSummary != b.errorSummary, FollowerTableModel::StatusColumn);
    mark(a.remoteCluster != b.remoteCluster, FollowerTableModel::RemoteClusterColumn);
    mark(a.leaderIndex != b.leaderIndex, FollowerTableModel::LeaderIndexColumn);
    mark(a.lag != b.lag, FollowerTableModel::LagColumn);
    mark(a.operationsPerSecond != b.operationsPerSecond, FollowerTableModel::OperationsPerSecondColumn);
    mark(a.timeSinceLastReadMillis != b.timeSinceLastReadMillis, FollowerTableModel::TimeSinceLastReadColumn);
    mark(a.failedReads != b.failedReads, FollowerTableModel::FailedReadsColumn);
    if (last >= 0 && (a.state != b.state || a.errorSummary != b.errorSummary)) {
        first = FollowerTableModel::NameColumn; // the whole row carries the Error tooltip
        last = FollowerTableModel::ColumnCount - 1;
    }
    return {first, last};
}

} // namespace

FollowerTableModel::FollowerTableModel(QObject* parent) : TranslatableTableModel(parent)
{}

void FollowerTableModel::applySnapshot(std::shared_ptr<const FollowerSnapshot> snapshot)
{
    // Keep the shown snapshot alive until the end: m_rows points into it while rows are moved over.
    std::shared_ptr<const FollowerSnapshot> previous = m_snapshot;
    static const FollowerSnapshot empty;
    const FollowerSnapshot& next = snapshot ? *snapshot : empty;
    // Before the rows change, so every signal below already sees the new estimates.
    const bool estimatesChanged = m_catchUp.update(next);
    m_catchUpRows = &next.rows;
    // Rows keep their order while a sorted snapshot is merged into sorted rows (the signals below see every step).
    m_rowsInNameOrder = m_rowsInNameOrder && next.sortedByName;
    removeVanished(&next);
    insertNewAndUpdate(next);
    m_rowsInNameOrder = next.sortedByName || next.rows.isEmpty();
    m_snapshot = std::move(snapshot);
    if (estimatesChanged && !m_rows.isEmpty())
        emit dataChanged(index(0, CatchUpColumn), index(int(m_rows.size()) - 1, CatchUpColumn));
    // Freeing 10,000 rows takes milliseconds: let the pool drop the last reference, not the GUI thread.
    if (previous && previous->rows.size() >= kReleaseOffThreadRows)
        QThreadPool::globalInstance()->start([old = std::move(previous)]() mutable { old.reset(); });
}

void FollowerTableModel::removeVanished(const FollowerSnapshot* next)
{
    bool uncheckedAny = false;
    // From the back so the row numbers of runs still to remove stay valid.
    int row = int(m_rows.size()) - 1;
    // Both lists in name order: the row kept before this one is usually found right before it in `next`.
    qsizetype hint = next->rows.size() - 1;
    while (row >= 0) {
        if (const qsizetype found = next->indexOf(m_rows.at(row)->name, hint); found >= 0) {
            hint = found - 1;
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && next->indexOf(m_rows.at(row)->name, hint) < 0)
            uncheckedAny |= m_checked.remove(m_rows.at(row--)->name);
        const int first = row + 1;
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    if (uncheckedAny)
        emit checkedNamesChanged();
}

void FollowerTableModel::insertNewAndUpdate(const FollowerSnapshot& next)
{
    // Both lists are in name order and every row left in m_rows is also in `next`: one merge walk.
    int changedFirstRow = -1;
    int changedLastRow = -1;
    int changedFirstColumn = ColumnCount;
    int changedLastColumn = -1;
    const auto flushChanged = [&]() {
        if (changedFirstRow >= 0)
            emit dataChanged(index(changedFirstRow, changedFirstColumn), index(changedLastRow, changedLastColumn));
        changedFirstRow = -1;
        changedFirstColumn = ColumnCount;
        changedLastColumn = -1;
    };

    qsizetype shown = 0;
    const qsizetype total = next.rows.size();
    qsizetype j = 0;
    while (j < total) {
        const FollowerRow& incoming = next.rows.at(j);
        if (shown < m_rows.size() && m_rows.at(shown)->name == incoming.name) {
            const FollowerRow* old = m_rows.at(shown);
            m_rows[shown] = &incoming;
            const auto [first, last] = changedColumns(*old, incoming);
            if (first <= last) {
                // Consecutive changed rows go out as one range: a refresh of 10,000 rows is one signal, not 10,000.
                if (changedFirstRow < 0 || changedLastRow != shown - 1) {
                    flushChanged();
                    changedFirstRow = int(shown);
                }
                changedLastRow = int(shown);
                changedFirstColumn = std::min(changedFirstColumn, first);
                changedLastColumn = std::max(changedLastColumn, last);
            }
            ++shown;
            ++j;
            continue;
        }
        if (shown < m_rows.size() && next.indexOf(m_rows.at(shown)->name) < j) {
            // Not in name order (a hand-made snapshot): no diff possible.
            flushChanged();
            beginResetModel();
            m_rows.clear();
            for (const FollowerRow& row : next.rows)
                m_rows.append(&row);
            endResetModel();
            return;
        }
        // A run of new rows goes in before the next kept one.
        qsizetype end = j + 1;
        const QString* keptName = shown < m_rows.size() ? &m_rows.at(shown)->name : nullptr;
        while (end < total && (!keptName || next.rows.at(end).name != *keptName))
            ++end;
        flushChanged();
        beginInsertRows(QModelIndex(), int(shown), int(shown + (end - j) - 1));
        QList<const FollowerRow*> inserted;
        inserted.reserve(end - j);
        for (qsizetype k = j; k < end; ++k)
            inserted.append(&next.rows.at(k));
        m_rows.insert(shown, end - j, nullptr);
        std::copy(inserted.cbegin(), inserted.cend(), m_rows.begin() + shown);
        endInsertRows();
        shown += end - j;
        j = end;
    }
    flushChanged();
}

CatchUpEstimate FollowerTableModel::catchUpEstimate(const FollowerRow& row) const
{
    // The tracker keeps its followers in the order of the rows it was given: a row from them finds its estimate by
    // position, without a search (sorting 10,000 rows by this column asks about 260,000 times).
    qsizetype hint = -1;
    if (m_catchUpRows && !m_catchUpRows->isEmpty()) {
        const FollowerRow* first = m_catchUpRows->constData();
        if (std::less_equal<>()(first, &row) && std::less<>()(&row, first + m_catchUpRows->size()))
            hint = &row - first;
    }
    return m_catchUp.estimate(row.name, hint);
}

const FollowerRow* FollowerTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int FollowerTableModel::rowOf(const QString& name) const
{
    return m_snapshot ? int(m_snapshot->indexOf(name)) : -1;
}

QStringList FollowerTableModel::checkedNames() const
{
    QStringList names;
    if (m_checked.isEmpty())
        return names;
    for (const FollowerRow* row : m_rows) {
        if (m_checked.contains(row->name))
            names.append(row->name);
    }
    return names;
}

void FollowerTableModel::setChecked(const QStringList& names, bool checked)
{
    // One signal for the whole span: "select all" on 10,000 rows must not send 10,000 of them.
    int firstRow = -1;
    int lastRow = -1;
    for (const QString& name : names) {
        const int row = rowOf(name);
        if (row < 0 || m_checked.contains(name) == checked)
            continue; // only shown followers can be checked
        if (checked)
            m_checked.insert(name);
        else
            m_checked.remove(name);
        firstRow = firstRow < 0 ? row : std::min(firstRow, row);
        lastRow = std::max(lastRow, row);
    }
    if (firstRow < 0)
        return;
    emit dataChanged(index(firstRow, SelectedColumn), index(lastRow, SelectedColumn), {Qt::CheckStateRole});
    emit checkedNamesChanged();
}

void FollowerTableModel::clearChecked()
{
    if (m_checked.isEmpty())
        return;
    m_checked.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SelectedColumn), index(int(m_rows.size()) - 1, SelectedColumn), {Qt::CheckStateRole});
    emit checkedNamesChanged();
}

QString FollowerTableModel::formatDuration(std::optional<qint64> millis)
{
    return FollowerColumnTexts::formatDuration(millis);
}

QModelIndex FollowerTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int FollowerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowerTableModel::sortKey(const FollowerRow& row, int column) const
{
    switch (column) {
    case SelectedColumn:
        return m_checked.contains(row.name) ? 1 : 0;
    case StatusColumn:
        return int(row.state);
    case LagColumn:
        return row.lag;
    case OperationsPerSecondColumn:
        return row.operationsPerSecond.value_or(-1.0);
    case TimeSinceLastReadColumn:
        return row.timeSinceLastReadMillis.value_or(-1);
    case FailedReadsColumn:
        return row.failedReads;
    case CatchUpColumn:
        return catchUpEstimate(row).sortKey();
    case LagTrendColumn:
        return lagSparkline(row.name).highest();
    default:
        return FollowerColumnTexts::cellText(row, column); // names; the proxy compares them case-insensitively
    }
}

QVariant FollowerTableModel::data(const QModelIndex& index, int role) const
{
    const FollowerRow* row = index.isValid() && index.column() < ColumnCount ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == CatchUpColumn)
            return FollowerColumnTexts::catchUpText(catchUpEstimate(*row));
        if (column == LagTrendColumn)
            return lagSparkline(row->name).isEmpty() ? QString(QChar(0x2014)) : QString();
        return FollowerColumnTexts::cellText(*row, column);
    case Qt::CheckStateRole:
        if (column == SelectedColumn)
            return m_checked.contains(row->name) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (row->state == FollowerState::Error && column != SelectedColumn)
            return row->errorSummary;
        if (column == SelectedColumn)
            return tr("Select %1 for a bulk action").arg(row->name);
        if (column == LagTrendColumn)
            return lagTrendToolTip(row->name);
        return {};
    case Qt::AccessibleTextRole:
        if (column == LagTrendColumn)
            return lagTrendToolTip(row->name);
        return {};
    case LagSparklineRole:
        if (column == LagTrendColumn)
            return QVariant::fromValue(lagSparkline(row->name));
        return {};
    case Qt::ForegroundRole: {
        // The text already names the state; colour only reinforces it, in shades readable on light and dark themes.
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        if (column == StatusColumn && row->state == FollowerState::Error)
            return QBrush(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xbd, 0x27, 0x1e));
        if (column == StatusColumn && row->state == FollowerState::Paused)
            return QBrush(dark ? QColor(0xb0, 0xb6, 0xc0) : QColor(0x69, 0x70, 0x7d));
        return {};
    }
    case Qt::TextAlignmentRole:
        if (isNumericColumn(column))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(*row, column);
    case NameRole:
        return row->name;
    case StateRole:
        return int(row->state);
    default:
        return {};
    }
}

void FollowerTableModel::setRecentLag(const RecentLag& lag)
{
    m_recentLag = lag;
    m_sparklines.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LagTrendColumn), index(int(m_rows.size()) - 1, LagTrendColumn));
}

const LagSparkline& FollowerTableModel::lagSparkline(const QString& name) const
{
    auto it = m_sparklines.find(name);
    if (it == m_sparklines.end()) {
        // One bucket a minute: the store answers per minute, and an hour with both ends holds 61 minute starts.
        it = m_sparklines.insert(
            name, LagSparkline::build(m_recentLag.byFollower.value(name), m_recentLag.fromMs, m_recentLag.toMs, 61));
    }
    return *it;
}

QString FollowerTableModel::lagTrendToolTip(const QString& name) const
{
    if (m_recentLag.error.isError())
        return tr("No lag history: %1").arg(m_recentLag.error.userMessage());
    const LagSparkline& line = lagSparkline(name);
    if (line.isEmpty())
        return tr("No lag recorded in the last hour yet (a paused follower has none)");
    const QLocale locale;
    QString direction;
    switch (line.direction()) {
    case LagSparkline::Direction::Rising:
        direction = tr("rising");
        break;
    case LagSparkline::Direction::Falling:
        direction = tr("falling");
        break;
    case LagSparkline::Direction::Steady:
        direction = tr("steady");
        break;
    }
    return tr("Lag over the last hour: %1 to %2 operations, %3")
        .arg(locale.toString(line.lowest()), locale.toString(line.highest()), direction);
}

bool FollowerTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const FollowerRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || index.column() != SelectedColumn || role != Qt::CheckStateRole)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_checked.contains(row->name) != checked)
        setChecked({row->name}, checked);
    return true;
}

Qt::ItemFlags FollowerTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == SelectedColumn)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant FollowerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return FollowerColumnTexts::headerToolTip(section);
    if (role == Qt::DisplayRole)
        return FollowerColumnTexts::title(section);
    return {};
}

} // namespace duper::ui
