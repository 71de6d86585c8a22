#pragma once

#include <QTabWidget>

class QSettings;

namespace duper {
class ClusterSession;
}

namespace duper::ui {

class AutoFollowPatternsPage;
class DisasterRecoveryPage;
class FollowersPage;
class RemoteClustersPage;

// The Cross-Cluster Replication page of the selected cluster: Follower indices, Auto-follow patterns, Remote clusters
// and Disaster recovery, one tab each, and the links between them (an empty follower list leads to the remote
// clusters tab, a pattern to "Follow many…").
// The four pages are built the first time they are needed — the page is shown, a session is set or one of them is
// asked for — and not while the window starts on its welcome page (they were more than half of the work before the
// first paint). Until then each tab holds an empty placeholder; count(), the tab texts and tabs added after them
// (the Alerts tab) keep their places.
class CcrPage : public QTabWidget
{
    Q_OBJECT

public:
    explicit CcrPage(QSettings* settings, QWidget* parent = nullptr);

    // `session` may be null (no connection); every tab follows it until it is replaced or destroyed.
    void setSession(ClusterSession* session);
    // Each builds the four pages if they are not built yet.
    FollowersPage* followersPage();
    AutoFollowPatternsPage* autoFollowPage();
    RemoteClustersPage* remoteClustersPage();
    DisasterRecoveryPage* disasterRecoveryPage();
    // Builds the four pages now (once; pagesBuilt() is emitted then).
    void buildPages();
    bool arePagesBuilt() const { return m_followers != nullptr; }

signals:
    void statusMessage(const QString& text);
    // Once, right after the four pages were built and put in their tabs: connect to their signals then.
    void pagesBuilt();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum Tab
    {
        FollowersTab,
        AutoFollowTab,
        RemotesTab,
        DisasterRecoveryTab,
        TabCount
    };

    void retranslate();
    // Puts `page` in the place of tab `tab`'s placeholder.
    void replacePlaceholder(Tab tab, QWidget* page);

    QSettings* m_settings;
    FollowersPage* m_followers = nullptr;
    AutoFollowPatternsPage* m_autoFollow = nullptr;
    RemoteClustersPage* m_remotes = nullptr;
    DisasterRecoveryPage* m_disasterRecovery = nullptr;
};

} // namespace duper::ui
