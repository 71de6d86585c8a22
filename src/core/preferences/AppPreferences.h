#pragma once

#include "core/preferences/HistoryRetention.h"
#include "core/preferences/ProxyPreference.h"

#include <QList>
#include <QString>

class QSettings;

namespace duper {

// The user's choices from Preferences, stored under "preferences/" in the shared settings. Reads and writes go
// straight to the QSettings (which must outlive this object); nothing is cached.
class AppPreferences
{
public:
    explicit AppPreferences(QSettings* settings);

    // A translation's code ("de", "zh_CN", "en"); empty follows the system locale.
    QString language() const;
    void setLanguage(const QString& code);

    // The auto-refresh interval lists use until the user picks one there. 0 = off.
    static QList<int> refreshChoicesSeconds(); // AutoRefreshChoices::seconds()
    static constexpr int defaultRefreshSecondsFallback = 10;
    int defaultRefreshSeconds() const;
    // Snaps to the nearest offered choice.
    void setDefaultRefreshSeconds(int seconds);

    // Ask before pausing or resuming replication (default true).
    bool confirmPauseResume() const;
    void setConfirmPauseResume(bool confirm);

    ProxyPreference proxy() const;
    void setProxy(const ProxyPreference& proxy);

    // How long and how much replication history is kept; stored and returned within the offered bounds.
    HistoryRetention historyRetention() const;
    void setHistoryRetention(const HistoryRetention& retention);

    static int nearestRefreshChoice(int seconds);

private:
    QSettings* m_settings;
};

} // namespace duper
