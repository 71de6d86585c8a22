#pragma once

#include "core/alerts/AlertEpisode.h"
#include "ui/common/TranslatableTableModel.h"

#include <QList>

namespace duper::ui {

// The alert episodes of the current connection, one row each, as FollowerAlertWatcher announces them: a row appears
// when an episode fires, takes the worse severity when it escalates and gets its cleared time when it clears. Rows
// stay in the order they fired; AlertListProxyModel sorts them (newest first). Severity reads as a word and an icon,
// never only as a colour.
class AlertListModel : public TranslatableTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // qint64: severity rank, times in ms (cleared: 0 while active), else 0
        EpisodeIdRole,               // quint64
        FollowerRole,                // QString
        ActiveRole                   // bool
    };
    enum Column
    {
        SeverityColumn,
        FollowerColumn,
        RuleColumn,
        FiredColumn,
        StateColumn, // "Active" or when it cleared
        MessageColumn,
        ColumnCount
    };

    explicit AlertListModel(QObject* parent = nullptr);

    void addFired(const QList<duper::AlertEpisode>& episodes);
    // Escalated or cleared episodes: the row with the same id takes the new state (unknown ids are added).
    void update(const QList<duper::AlertEpisode>& episodes);
    // Ongoing episodes as the last refresh found them (how long paused, the leader's period once read): rows that
    // differ take the new state; unknown ids are not added.
    void refreshActive(const QList<duper::AlertEpisode>& active);
    // Drops the cleared rows; the active ones stay.
    void removeCleared();
    // Drops every row (another connection: its episode ids start again).
    void clear();

    const QList<duper::AlertEpisode>& episodes() const { return m_episodes; }
    int activeCount() const;
    int clearedCount() const;
    // The worst severity of the active episodes; Ok when none is active.
    duper::AlertSeverity worstActiveSeverity() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Warning", "Critical" (translated).
    static QString severityText(duper::AlertSeverity severity);
    // "Lag", "Last read", "Read exceptions", "Fatal error", "Paused too long" (translated).
    static QString ruleText(duper::AlertKind kind);
    // A local date and time in the locale's short format.
    static QString timeText(qint64 msSinceEpoch);

signals:
    // After any change of the rows (added, updated, removed): counts and badges follow.
    void episodesChanged();

private:
    int rowOf(quint64 id) const;
    // Row `row` takes `episode` (same id), and the view hears of it.
    void replaceRow(int row, const duper::AlertEpisode& episode);
    QVariant displayData(const duper::AlertEpisode& episode, int column) const;
    static qint64 sortValue(const duper::AlertEpisode& episode, int column);

    QList<duper::AlertEpisode> m_episodes;
};

} // namespace duper::ui
