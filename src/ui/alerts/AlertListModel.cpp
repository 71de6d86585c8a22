#include "ui/alerts/AlertListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <algorithm>
#include <limits>

namespace duper::ui {

AlertListModel::AlertListModel(QObject* parent) : TranslatableTableModel(parent)
{}

void AlertListModel::addFired(const QList<AlertEpisode>& episodes)
{
    update(episodes);
}

void AlertListModel::update(const QList<AlertEpisode>& episodes)
{
    if (episodes.isEmpty())
        return;
    for (const AlertEpisode& episode : episodes) {
        const int row = rowOf(episode.id);
        if (row < 0) {
            beginInsertRows({}, int(m_episodes.size()), int(m_episodes.size()));
            m_episodes.append(episode);
            endInsertRows();
        } else {
            replaceRow(row, episode);
        }
    }
    emit episodesChanged();
}

void AlertListModel::refreshActive(const QList<AlertEpisode>& active)
{
    bool changed = false;
    for (const AlertEpisode& episode : active) {
        const int row = rowOf(episode.id);
        if (row < 0 || m_episodes.at(row) == episode)
            continue;
        replaceRow(row, episode);
        changed = true;
    }
    if (changed)
        emit episodesChanged();
}

void AlertListModel::replaceRow(int row, const AlertEpisode& episode)
{
    m_episodes[row] = episode;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AlertListModel::removeCleared()
{
    bool removed = false;
    for (int row = int(m_episodes.size()) - 1; row >= 0; --row) {
        if (m_episodes.at(row).isActive())
            continue;
        beginRemoveRows({}, row, row);
        m_episodes.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit episodesChanged();
}

void AlertListModel::clear()
{
    if (m_episodes.isEmpty())
        return;
    beginResetModel();
    m_episodes.clear();
    endResetModel();
    emit episodesChanged();
}

int AlertListModel::activeCount() const
{
    return int(
        std::count_if(m_episodes.cbegin(), m_episodes.cend(), [](const AlertEpisode& e) { return e.isActive(); }));
}

int AlertListModel::clearedCount() const
{
    return int(m_episodes.size()) - activeCount();
}

AlertSeverity AlertListModel::worstActiveSeverity() const
{
    AlertSeverity worst = AlertSeverity::Ok;
    for (const AlertEpisode& episode : m_episodes) {
        if (episode.isActive())
            worst = std::max(worst, episode.severity);
    }
    return worst;
}

int AlertListModel::rowOf(quint64 id) const
{
    for (qsizetype row = 0; row < m_episodes.size(); ++row) {
        if (m_episodes.at(row).id == id)
            return int(row);
    }
    return -1;
}

int AlertListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_episodes.size());
}

int AlertListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::severityText(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return tr("Critical");
    case AlertSeverity::Warning:
        return tr("Warning");
    case AlertSeverity::Ok:
        break;
    }
    return tr("OK");
}

QString AlertListModel::ruleText(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Lag:
        return tr("Lag");
    case AlertKind::LastRead:
        return tr("Last read");
    case AlertKind::ReadExceptions:
        return tr("Read exceptions");
    case AlertKind::Fatal:
        return tr("Fatal error");
    case AlertKind::Paused:
        break;
    }
    return tr("Paused too long");
}

QString AlertListModel::timeText(qint64 msSinceEpoch)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QLocale::ShortFormat);
}

QVariant AlertListModel::displayData(const AlertEpisode& episode, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityText(episode.severity);
    case FollowerColumn:
        return episode.follower;
    case RuleColumn:
        return ruleText(episode.kind);
    case FiredColumn:
        return timeText(episode.firedAtMs);
    case StateColumn:
        return episode.isActive() ? tr("Active") : tr("Cleared %1").arg(timeText(*episode.clearedAtMs));
    case MessageColumn:
        return episode.latest.text;
    default:
        return {};
    }
}

qint64 AlertListModel::sortValue(const AlertEpisode& episode, int column)
{
    switch (column) {
    case SeverityColumn:
        return qint64(episode.severity);
    case FiredColumn:
        return episode.firedAtMs;
    case StateColumn:
        // Active ones sort after every cleared time: "still going" is the latest state.
        return episode.clearedAtMs.value_or(std::numeric_limits<qint64>::max());
    default:
        return 0;
    }
}

QVariant AlertListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_episodes.size()))
        return {};
    const AlertEpisode& episode = m_episodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(episode, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == FollowerColumn)
            return episode.latest.text;
        return displayData(episode, index.column());
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        return QApplication::style()->standardIcon(
            episode.severity == AlertSeverity::Critical ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    case SortRole:
        return sortValue(episode, index.column());
    case EpisodeIdRole:
        return episode.id;
    case FollowerRole:
        return episode.follower;
    case ActiveRole:
        return episode.isActive();
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FollowerColumn:
        return tr("Follower index");
    case RuleColumn:
        return tr("Rule");
    case FiredColumn:
        return tr("Fired");
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace duper::ui
