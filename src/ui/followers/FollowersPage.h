#pragma once

#include "core/es/EsError.h"
#include "core/followers/CcrAccess.h"
#include "core/followers/FollowerRefresher.h"
#include "core/followers/FollowerRow.h"
#include "core/followers/FollowerSnapshot.h"
#include "ui/common/ListPageFrame.h"
#include "ui/followers/FollowerListStatus.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QSettings;
class QTableView;

namespace duper {
class CcrApi;
class ClusterSession;
class HistoryStore;
class FollowerRefresher;
class RememberedParameters;
} // namespace duper

namespace duper::ui {

class CreateFollowerDialog;
class FollowerActionController;
class FollowerActionSet;
class FollowerDetailsPanel;
class FollowerFilterBar;
class FollowerFilterProxyModel;
class FollowerHistoryBinding;
class FollowerTableModel;
class FollowerTableSelection;
class FollowManyDialog;

// The Follower indices tab (a ListPageFrame): toolbar, search and status filter, the table (model + proxy, refreshed in
// place), the details panel beside it, and the states that explain an empty or failing list. Actions go through
// FollowerActionController; the page only decides which rows they apply to.
class FollowersPage : public ListPageFrame
{
    Q_OBJECT

public:
    // `settings` (shared app settings, must outlive the page) holds the auto-refresh interval and the parameters
    // remembered per connection.
    explicit FollowersPage(QSettings* settings, QWidget* parent = nullptr);
    ~FollowersPage() override; // out of line: members of types declared only here

    // `session` may be null (no connection); the page follows it until it is replaced or destroyed.
    void setSession(duper::ClusterSession* session);
    duper::ClusterSession* session() const;
    // The replication history for the lag sparklines and the details panel's charts; null (the default): none.
    void setHistoryStore(duper::HistoryStore* store);

    FollowerTableModel* model() const { return m_model; }
    FollowerFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    FollowerDetailsPanel* detailsPanel() const { return m_details; }
    // The session's follower refresher (ClusterSession::followerRefresher()), or an idle one without a session.
    FollowerRefresher* refresher() const { return m_refresher ? m_refresher.data() : m_idleRefresher; }
    FollowerActionSet* actions() const { return m_actions; }
    FollowerActionController* controller() const { return m_controller; }
    FollowerFilterBar* filterBar() const { return m_filterBar; }
    const FollowerListStatus& listStatus() const { return m_status; }

    // The rows the row actions apply to: the checked ones when any are checked, else the selected ones.
    QList<FollowerRow> targetRows() const;
    // Makes `name` the current row (clearing a filter that hides it) and scrolls to it.
    void selectFollower(const QString& name);
    // Whether pause and resume ask first (unfollow and recreate always do); kept across connections.
    void setPauseResumeConfirmationsEnabled(bool enabled);
    // The auto-refresh interval used while the user has not picked one on this page (Preferences' default).
    void setDefaultRefreshIntervalMs(int ms);

public slots:
    void refresh();
    CreateFollowerDialog* createFollower();
    // Opens "Follow many…", prefilled when patterns are given (from an auto-follow pattern).
    FollowManyDialog* followMany(const QString& remote = {}, const QStringList& leaderPatterns = {},
                                 const QStringList& exclusions = {}, const QString& followerPattern = {});

signals:
    // Short feedback for the window's status bar.
    void statusMessage(const QString& text);
    // The empty state asks the user to set up a remote cluster.
    void remoteClustersRequested();
    // A refresh's rows are in the table (every successful refresh, in the snapshot's order).
    void snapshotApplied(const QList<duper::FollowerRow>& rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void connectActions();
    void onSnapshot(const std::shared_ptr<const FollowerSnapshot>& snapshot);
    void onRefreshFailed(const EsError& error);
    void onAccess(const CcrAccess& access);
    void attachRefresher(FollowerRefresher* refresher);
    void updateView();
    void updateBanner();
    void updateActions();
    void updateCount();
    void showCurrentDetails();

    QSettings* m_settings;
    QPointer<ClusterSession> m_session;
    CcrApi* m_api = nullptr;                  // the session's
    RememberedParameters* m_memory = nullptr; // the session's
    std::optional<CcrAccess> m_access;
    QString m_pendingSelection;
    FollowerListStatus m_status;

    FollowerRefresher* m_idleRefresher;      // shown while there is no session: no list, no requests
    QPointer<FollowerRefresher> m_refresher; // the one in use
    FollowerTableModel* m_model;
    FollowerFilterProxyModel* m_proxy;
    FollowerActionSet* m_actions;
    FollowerActionController* m_controller = nullptr;
    bool m_confirmations = true;
    FollowerFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    FollowerDetailsPanel* m_details = nullptr;
    FollowerHistoryBinding* m_history = nullptr;
    std::unique_ptr<FollowerTableSelection> m_selection;
};

} // namespace duper::ui
