#pragma once

#include "core/followers/FollowerRow.h"
#include "ui/common/Retranslator.h"

#include <QWidget>

class QFrame;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace duper::ui {

class ConsistencyCheckView;
class FollowerHistoryView;
class FollowerSettingsView;
class ReadExceptionsView;
class ShardStatsModel;

// Everything about one follower index, meant for a splitter beside the follower table: name, status, remote
// cluster and leader, a stopped task's fatal_exception (with the way out: recreate), the settings in force, the
// shard statistics and the read errors. Refreshed with the updated row on every poll without losing the user's
// scroll position or shard selection.
// Object names: "placeholderLabel", "detailsScrollArea", "followerNameLabel", "statusLabel", "statusIconLabel",
// "statusDetailLabel", "remoteClusterLabel", "leaderIndexLabel", "fatalFrame", "fatalReasonLabel",
// "recreateButton", "editButton", "resumeButton", "historyGroup", "consistencyGroup", "shardTable",
// "pausedShardsLabel", plus those of ConsistencyCheckView, FollowerSettingsView and ReadExceptionsView.
class FollowerDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FollowerDetailsPanel(QWidget* parent = nullptr);

    // nullptr shows the placeholder. Called again with the same follower on every refresh.
    void showFollower(const duper::FollowerRow* row);
    // Empty while the placeholder shows.
    QString currentFollower() const;
    // "Check consistency" for the follower on show.
    ConsistencyCheckView* consistencyView() const { return m_consistency; }
    // Lag, rate and time since the last read over time, from the replication history.
    FollowerHistoryView* historyView() const { return m_history; }

signals:
    void recreateRequested(const QString& follower);
    void resumeRequested(const QString& follower);
    void editRequested(const QString& follower);

protected:
    void changeEvent(QEvent* event) override;

private:
    QGroupBox* titled(QGroupBox* box, std::function<QString()> title);
    QWidget* buildDetails();
    QFrame* buildFatalFrame();
    void showStatus(const duper::FollowerRow& row);
    void showFatal(const duper::FollowerRow& row);
    // At least as wide as the content needs (up to kWidestDetails), so it does not scroll sideways.
    void fitWidthToContent();

    Retranslator m_texts;
    QString m_current;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_statusIcon = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_statusDetail = nullptr;
    QLabel* m_remoteCluster = nullptr;
    QLabel* m_leaderIndex = nullptr;
    QFrame* m_fatalFrame = nullptr;
    QLabel* m_fatalReason = nullptr;
    QPushButton* m_recreate = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_resume = nullptr;
    ConsistencyCheckView* m_consistency = nullptr;
    FollowerHistoryView* m_history = nullptr;
    FollowerSettingsView* m_settings = nullptr;
    ShardStatsModel* m_shardModel = nullptr;
    QSortFilterProxyModel* m_shardProxy = nullptr;
    QTableView* m_shardTable = nullptr;
    QLabel* m_pausedShards = nullptr;
    ReadExceptionsView* m_readErrors = nullptr;
};

} // namespace duper::ui
