#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/fleet/FleetAnswers.h"
#include "core/fleet/FleetClusterFacts.h"
#include "core/fleet/FleetDependencies.h"
#include "core/fleet/FleetRow.h"
#include "core/fleet/FleetSecretPrompter.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace duper {

class ClusterSession;
class ClusterSessionOpener;
class FleetClusterRefresher;

// One saved connection of the fleet: opens its own session (asking for a missing secret once), refreshes on its own
// timer with its own deadline, and keeps its row and topology facts. Members never wait for one another.
class FleetMember : public QObject
{
    Q_OBJECT

public:
    FleetMember(ConnectionProfile profile, const FleetDependencies& dependencies, int deadlineMs, int intervalMs,
                QObject* parent = nullptr);
    ~FleetMember() override;

    const ConnectionProfile& profile() const { return m_profile; }
    const FleetRow& row() const { return m_row; }
    const FleetClusterFacts& facts() const { return m_facts; }
    // What the last successful refresh read (its followers among it); null before one.
    std::shared_ptr<const FleetAnswers> answers() const { return m_answers; }
    // Null until the connection opened.
    ClusterSession* session() const { return m_session; }

    void setInterval(int ms);
    void setDeadline(int ms);

    // Opens the connection first when needed. A connection that could not be opened (secret not given, keychain
    // error) is not opened again here: that would ask again on every refresh. reopen() does.
    void refresh();
    // Forgets an earlier failure to open and tries again (asks for a missing secret again).
    void reopen();
    bool isBusy() const;

signals:
    // The row changed (the refresh ended, either way); `finished` follows it.
    void rowChanged(const duper::FleetRow& row);
    // One refresh ended: the row is current.
    void finished(const QString& connectionId);

private:
    void open();
    void opened(ClusterSession* session);
    void openFailed(const QString& message);
    void openDeadlinePassed();
    void answered(const std::shared_ptr<const FleetAnswers>& answers);
    void failed(const EsError& error);
    void publish(FleetRow row);

    ConnectionProfile m_profile;
    FleetDependencies m_dependencies;
    int m_deadlineMs;
    int m_intervalMs;
    FleetSecretPrompter m_prompter;
    ClusterSessionOpener* m_opener = nullptr;
    ClusterSession* m_session = nullptr;
    FleetClusterRefresher* m_refresher = nullptr;
    QTimer m_openDeadline; // a keychain that does not answer must not hold up the fleet either
    bool m_openFailed = false;
    FleetRow m_row;
    FleetClusterFacts m_facts;
    std::shared_ptr<const FleetAnswers> m_answers;
};

} // namespace duper
