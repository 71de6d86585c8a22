#pragma once

#include "core/alerts/AlertThresholds.h"

#include <QString>

class QSettings;

namespace duper {

// The alert rules of each saved connection (Preferences → Alerts), stored under "preferences/alerts/<connection id>/"
// in the shared settings: clusters differ (a busy one lags more), so one set of limits does not fit all. A
// connection without stored rules gets defaults(). Nothing is cached; the QSettings must outlive this.
class AlertRulePreferences
{
public:
    explicit AlertRulePreferences(QSettings* settings);

    // AlertThresholds' defaults, except that lag must last 2 minutes: a window left open sees every burst a follower
    // soon catches up with, and one notification per burst would teach people to ignore them.
    static AlertThresholds defaults();
    static constexpr qint64 defaultLagForMs = 2 * 60'000;

    AlertThresholds thresholds(const QString& connectionId) const;
    void setThresholds(const QString& connectionId, const AlertThresholds& thresholds);

    // Whether the connection's new alerts are announced in the tray (default true); the alert list shows them anyway.
    bool notificationsEnabled(const QString& connectionId) const;
    void setNotificationsEnabled(const QString& connectionId, bool enabled);

private:
    QString key(const QString& connectionId, const QString& name) const;

    QSettings* m_settings;
};

} // namespace duper
