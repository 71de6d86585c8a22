#pragma once

#include "core/connections/ConnectionProfile.h"
#include "ui/common/Retranslator.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace duper {
class ClusterSession;
class ClusterSessionOpener;
class ConsistencyCheck;
} // namespace duper

namespace duper::ui {

class OtherClusterPicker;

// "Check consistency" in the follower details panel: the leader cluster picked from the saved connections (the one
// named like the follower's remote cluster first), opened on demand through an opener of its own, then a core
// ConsistencyCheck on the shown follower; the verdict in words below. Nothing here waits: every step answers through
// signals. Object names: "consistencyLeaderCombo", "checkConsistencyButton", "consistencyVerdictLabel".
class ConsistencyCheckView : public QWidget
{
    Q_OBJECT

public:
    using Connections = std::function<QList<ConnectionProfile>()>;
    using OpenerFactory = std::function<ClusterSessionOpener*()>;

    explicit ConsistencyCheckView(QWidget* parent = nullptr);
    ~ConsistencyCheckView() override;

    // Where the leader's connection comes from: the saved connections (read again for each follower session) and
    // a new opener for them (the view owns it). Without them the button says a saved leader connection is needed.
    void setLeaderSource(Connections connections, OpenerFactory newOpener);
    // The follower cluster's session (may be null); the pick of leader starts over.
    void setFollowerSession(ClusterSession* session);
    // The follower shown; another one clears the verdict and preselects the connection named like its remote.
    void showFollower(const QString& follower, const QString& remoteCluster);

    QString verdictText() const;
    bool isChecking() const;

public slots:
    void check();

signals:
    void checkFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildPicker();
    void preselectLeader();
    void runCheck(ClusterSession* leader);
    void showVerdict(const QString& text);
    void updateButton();

    Retranslator m_texts;
    Connections m_connections;
    OpenerFactory m_newOpener;
    QPointer<ClusterSession> m_session;
    OtherClusterPicker* m_picker = nullptr;
    QPointer<ConsistencyCheck> m_check;
    bool m_waitingForLeader = false;
    QString m_follower;
    QString m_remoteCluster;
    QComboBox* m_leaderCombo = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_verdict = nullptr;
};

} // namespace duper::ui
