#pragma once

#include "core/connections/ConnectionProfile.h"
#include "core/fleet/FleetAnswers.h"
#include "core/fleet/FleetClusterFacts.h"
#include "core/fleet/FleetDependencies.h"
#include "core/fleet/FleetRow.h"
#include "core/fleet/FleetTopology.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

namespace duper {

class ClusterSession;
class FleetMember;

// Every saved connection at once: one session per connection, each refreshed on its own timer with its own deadline,
// so an unreachable, slow or unauthorised cluster shows its state in its row and never delays the others. Rows
// arrive one cluster at a time (rowChanged); refreshAll() also reports when every cluster has answered (allAnswered),
// for a caller that wants one picture (the CLI). A connection whose secret is missing is asked for once.
class FleetService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDeadlineMs = 10000;

    explicit FleetService(const FleetDependencies& dependencies, QObject* parent = nullptr);
    ~FleetService() override;

    // The connections of the fleet, shown in this order. Members whose profile is unchanged keep their session and
    // row; the others are opened afresh on the next refresh.
    void setConnections(const QList<ConnectionProfile>& profiles);
    QList<ConnectionProfile> connections() const;

    // Auto-refresh period of every cluster in ms (0 = off, the default); each cluster keeps its own timer.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    // How long one cluster's refresh may take before it counts as unreachable (timeout).
    void setDeadline(int ms);
    int deadline() const { return m_deadlineMs; }

    // Refreshes every cluster now; allAnswered() follows once each has answered (or failed, or timed out).
    void refreshAll();
    void refresh(const QString& connectionId);
    // Tries a connection again that could not be opened (asks for its secret again).
    void reopen(const QString& connectionId);

    // One row per connection, in the order of setConnections().
    QList<FleetRow> rows() const;
    std::optional<FleetRow> row(const QString& connectionId) const;
    // What the topology is built from, one per connection.
    QList<FleetClusterFacts> facts() const;
    // Who replicates from whom, as far as the clusters have answered (FleetTopologyRules over facts()).
    FleetTopology topology() const;
    // The last successful refresh of a connection (its followers); null before one.
    std::shared_ptr<const FleetAnswers> answers(const QString& connectionId) const;
    // Null until that connection opened.
    ClusterSession* session(const QString& connectionId) const;

signals:
    void rowChanged(const duper::FleetRow& row);
    // Every cluster answered after refreshAll().
    void allAnswered();

private:
    FleetMember* member(const QString& connectionId) const;
    void memberFinished(const QString& connectionId);

    FleetDependencies m_dependencies;
    QList<FleetMember*> m_members;
    int m_intervalMs = 0;
    int m_deadlineMs = kDefaultDeadlineMs;
    QSet<QString> m_waitingFor; // connections refreshAll() still waits for
    bool m_roundRunning = false;
};

} // namespace duper
