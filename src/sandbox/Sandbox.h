#pragma once

#include "sandbox/Authenticator.h"
#include "sandbox/Cluster.h"
#include "sandbox/ClusterRegistry.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace duper::sandbox {

class EsHttpServer;

// An emulated leader cluster and follower cluster on loopback. The follower has the remote cluster
// `options.remoteAlias` pointing at the leader's transport address. Replication moves on a QTimer tick
// (options.tickIntervalMs) or deterministically through advance().
class Sandbox : public QObject
{
    Q_OBJECT

public:
    enum class Which
    {
        Leader,
        Follower
    };
    Q_ENUM(Which)

    explicit Sandbox(SandboxOptions options, QObject* parent = nullptr);
    ~Sandbox() override;

    bool start(QString* error = nullptr);
    QUrl followerUrl() const;
    QUrl leaderUrl() const;

    Cluster& follower() { return *m_follower; }
    Cluster& leader() { return *m_leader; }
    // Faults of the follower cluster (its REST port and its replication).
    FaultInjector& faults() { return m_followerFaults; }
    const SandboxOptions& options() const { return m_options; }

    // Runs `steps` ticks of options.tickIntervalMs simulated milliseconds each (at least 1 ms), synchronously.
    void advance(int steps = 1);
    void setTicking(bool on);

    // Simulates an outage of one cluster (an emulator control, not an Elasticsearch API): its REST port stops
    // listening and drops its open connections, its transport address becomes unreachable for the other cluster
    // (remote disconnected, followers of it get read failures) and it stops ticking. Bringing it back listens on the
    // same ports again with its data intact. Returns false (and sets `error`) when a port cannot be reopened.
    bool setClusterDown(Which which, bool down, QString* error = nullptr);
    bool isClusterDown(Which which) const;
    Cluster& cluster(Which which) { return which == Which::Leader ? *m_leader : *m_follower; }

    // Helpers for tests and the pre-created followers.
    EmulatedIndex* createLeaderIndex(const QString& name, int shards = 1, bool softDeletes = true);
    void indexLeaderDocuments(const QString& index, int count);

signals:
    void advanced(qint64 nowMs);
    void clusterDownChanged(duper::sandbox::Sandbox::Which which, bool down);

private:
    void runWorkload();
    bool createFollowers(QString* error);

    SandboxOptions m_options;
    ClusterRegistry m_registry;
    FaultInjector m_leaderFaults;
    FaultInjector m_followerFaults;
    Authenticator m_authenticator;
    std::unique_ptr<Cluster> m_leader;
    std::unique_ptr<Cluster> m_follower;
    Router m_leaderRouter;
    Router m_followerRouter;
    std::unique_ptr<EsHttpServer> m_leaderServer;
    std::unique_ptr<EsHttpServer> m_followerServer;
    QTimer m_timer;
    qint64 m_workloadCursor = 0;
    qint64 m_workloadCounter = 0;
    qint64 m_workloadTicks = 0;
    // The bursty workload's schedule, in ticks (seconds at the default tick): see runWorkload().
    static constexpr qint64 burstCycleTicks = 60;
    static constexpr qint64 burstLengthTicks = 20;
    static constexpr qint64 burstOffsetTicks = 23;
    // Every quarter of an hour, from the third minute on, the first index takes a surge of three minutes at twice what
    // its follower can read: its lag climbs past the alert rules' default warning (1,000) for a few minutes and
    // drains again, so a demo left running shows a lag alert come and go.
    static constexpr qint64 surgeCycleTicks = 900;
    static constexpr qint64 surgeLengthTicks = 180;
    static constexpr qint64 surgeStartTicks = 120;
};

} // namespace duper::sandbox
