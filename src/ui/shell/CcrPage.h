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
class CcrPage : public QTabWidget
{
    Q_OBJECT

public:
    explicit CcrPage(QSettings* settings, QWidget* parent = nullptr);

    // `session` may be null (no connection); every tab follows it until it is replaced or destroyed.
    void setSession(ClusterSession* session);
    FollowersPage* followersPage() const { return m_followers; }
    AutoFollowPatternsPage* autoFollowPage() const { return m_autoFollow; }
    RemoteClustersPage* remoteClustersPage() const { return m_remotes; }
    DisasterRecoveryPage* disasterRecoveryPage() const { return m_disasterRecovery; }

signals:
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    FollowersPage* m_followers;
    AutoFollowPatternsPage* m_autoFollow;
    RemoteClustersPage* m_remotes;
    DisasterRecoveryPage* m_disasterRecovery;
};

} // namespace duper::ui
