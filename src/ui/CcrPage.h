#pragma once

#include <QTabWidget>

class QSettings;

namespace duper {
class EsClient;
}

namespace duper::ui {

class FollowersPage;

// The Cross-Cluster Replication page of the selected cluster: one tab per area (Follower indices first).
class CcrPage : public QTabWidget
{
    Q_OBJECT

public:
    explicit CcrPage(QSettings* settings, QWidget* parent = nullptr);

    // `client` may be null; it must stay alive until replaced.
    void setConnection(EsClient* client, const QString& connectionId);
    FollowersPage* followersPage() const { return m_followers; }

signals:
    void statusMessage(const QString& text);

private:
    FollowersPage* m_followers;
};

} // namespace duper::ui
