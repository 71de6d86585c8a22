#pragma once

#include "core/alerts/AlertEpisode.h"
#include "core/alerts/LeaderRetentionTracker.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QSettings;

namespace duper {
class AlertRulePreferences;
class ClusterSession;
class FollowerAlertWatcher;
} // namespace duper

namespace duper::ui {

class AlertListModel;
class AlertRulesWidget;
class AlertsPage;
class CcrPage;
class ErrorNotifier;
class PreferencesDialog;

// The window's side of the alert rules, kept out of MainWindow: runs a FollowerAlertWatcher on the current
// connection's follower refresher (with that connection's rules from Preferences), shows its episodes on an Alerts
// tab of the CCR page (the tab's text counts the active ones), announces new and worsened episodes once each through
// the ErrorNotifier, and adds the connection's rules to the Preferences dialog. Given a leader source, paused
// followers are timed against their leader's retention lease period (LeaderRetentionTracker).
class AlertCenter : public QObject
{
    Q_OBJECT

public:
    // All must outlive the centre; the Alerts tab is added to `ccrPage`.
    AlertCenter(CcrPage* ccrPage, ErrorNotifier* notifier, QSettings* settings, QObject* parent = nullptr);
    ~AlertCenter() override;

    AlertsPage* page() const { return m_page; }
    AlertListModel* model() const { return m_model; }
    // Null without a connection.
    FollowerAlertWatcher* watcher() const { return m_watcher.get(); }
    AlertRulePreferences* rules() const { return m_rules.get(); }
    // Notifications handed to the tray or taskbar since the start (not counting the ones the window's being in front
    // made unnecessary).
    int notificationsSent() const { return m_sent; }

    // Where paused followers' leaders are looked for: the saved connections, opened apart from the window's (never
    // asking for a secret). Without it, Elasticsearch's default period is assumed, and the alerts say so.
    void setLeaderSource(LeaderRetentionTracker::Connections connections, const FleetDependencies& dependencies);
    // Null without a leader source.
    LeaderRetentionTracker* retentionTracker() const { return m_tracker.get(); }

    // Adds the current connection's rules to `dialog` (nothing without a connection); saved when it applies.
    AlertRulesWidget* addPreferencesTo(PreferencesDialog* dialog);

public slots:
    // Another connection (or none): its alerts start afresh under its own rules.
    void setSession(duper::ClusterSession* session);
    // The current connection's stored rules apply from the next refresh.
    void applyRules();

signals:
    // An episode was announced (fired or escalated) and the notifier delivered it.
    void episodeNotified(const duper::AlertEpisode& episode);

private:
    void announce(const QList<duper::AlertEpisode>& episodes, bool escalated);
    void updateTab();

    CcrPage* m_ccrPage;
    QPointer<ErrorNotifier> m_notifier;
    std::unique_ptr<AlertRulePreferences> m_rules;
    AlertListModel* m_model;
    AlertsPage* m_page;
    QPointer<ClusterSession> m_session;
    QString m_connectionId;
    std::unique_ptr<LeaderRetentionTracker> m_tracker;
    std::unique_ptr<FollowerAlertWatcher> m_watcher;
    bool m_baseline = true; // the first refresh of a connection: what is already wrong is listed, not announced
    int m_sent = 0;
};

} // namespace duper::ui
