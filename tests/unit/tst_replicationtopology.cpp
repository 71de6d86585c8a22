// ReplicationTopology::build: one row per alias (configured or only named by followers and patterns), followers
// counted by state with the follower list's own error rule, patterns by state, replicated data streams by the remote
// their backing indices follow, and what it says when the stats or the data streams are unknown.
#include "core/dr/ReplicationTopology.h"

#include <QTest>

using namespace duper;

namespace {

RemoteClusterInfo remote(const QString& alias, bool connected, RemoteClusterMode mode = RemoteClusterMode::Sniff)
{
    RemoteClusterInfo info;
    info.alias = alias;
    info.connected = connected;
    info.mode = mode;
    if (mode == RemoteClusterMode::Proxy)
        info.proxyAddress = QStringLiteral("proxy.example:9400");
    else
        info.seeds = {QStringLiteral("10.0.0.1:9300"), QStringLiteral("10.0.0.2:9300")};
    return info;
}

FollowerInfo follower(const QString& name, const QString& alias, FollowerStatus status = FollowerStatus::Active)
{
    FollowerInfo info;
    info.followerIndex = name;
    info.remoteCluster = alias;
    info.leaderIndex = name;
    info.status = status;
    return info;
}

AutoFollowPattern pattern(const QString& name, const QString& alias, bool active)
{
    AutoFollowPattern p;
    p.name = name;
    p.remoteCluster = alias;
    p.active = active;
    p.leaderIndexPatterns = {QStringLiteral("*")};
    return p;
}

FollowerStats fatal(const QString& index)
{
    ShardFollowStats shard;
    shard.followerIndex = index;
    ErrorCause cause;
    cause.type = QStringLiteral("index_not_found_exception");
    cause.reason = QStringLiteral("no such index");
    shard.fatalException = cause;
    FollowerStats stats;
    stats.index = index;
    stats.shards = {shard};
    return stats;
}

} // namespace

class ReplicationTopologyTest : public QObject
{
    Q_OBJECT

private slots:
    void countsPerRemote()
    {
        const RemoteInfoResponse remotes{
            {remote(QStringLiteral("west"), false, RemoteClusterMode::Proxy), remote(QStringLiteral("east"), true)}};
        const FollowInfoResponse info{{follower(QStringLiteral("a"), QStringLiteral("east")),
                                       follower(QStringLiteral("b"), QStringLiteral("east"), FollowerStatus::Paused),
                                       follower(QStringLiteral("c"), QStringLiteral("east")),
                                       follower(QStringLiteral("d"), QStringLiteral("west"))}};
        const QList<AutoFollowPattern> patterns{pattern(QStringLiteral("p2"), QStringLiteral("east"), true),
                                                pattern(QStringLiteral("p1"), QStringLiteral("east"), true),
                                                pattern(QStringLiteral("old"), QStringLiteral("west"), false)};
        const FollowStatsResponse stats{{fatal(QStringLiteral("c"))}};
        const DataStreamsResponse streams;
        const ReplicationTopology topology = ReplicationTopology::build(remotes, info, patterns, &stats, &streams);

        QCOMPARE(topology.remotes.size(), 2);
        QCOMPARE(topology.remotes.at(0).alias, QStringLiteral("east")); // sorted by alias
        const ReplicationTopology::Remote* east = topology.find(QStringLiteral("east"));
        QVERIFY(east);
        QVERIFY(east->configured);
        QVERIFY(east->connected);
        QCOMPARE(east->addresses.size(), 2);
        QCOMPARE(east->activeFollowers, 1);
        QCOMPARE(east->pausedFollowers, 1);
        QCOMPARE(east->errorFollowers, 1);
        QCOMPARE(east->followerCount(), 3);
        QCOMPARE(east->activePatterns, (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
        QVERIFY(east->pausedPatterns.isEmpty());

        const ReplicationTopology::Remote* west = topology.find(QStringLiteral("west"));
        QVERIFY(west);
        QVERIFY(!west->connected);
        QCOMPARE(west->mode, RemoteClusterMode::Proxy);
        QCOMPARE(west->addresses, QStringList{QStringLiteral("proxy.example:9400")});
        QCOMPARE(west->activeFollowers, 1);
        QCOMPARE(west->pausedPatterns, QStringList{QStringLiteral("old")});
        QVERIFY(topology.errorsKnown);
        QVERIFY(!topology.find(QStringLiteral("north")));
    }

    void aliasOnlyFollowersNameIsNotConfigured()
    {
        const FollowInfoResponse info{{follower(QStringLiteral("a"), QStringLiteral("gone"))}};
        const QList<AutoFollowPattern> patterns{pattern(QStringLiteral("p"), QStringLiteral("lost"), true)};
        const ReplicationTopology topology = ReplicationTopology::build({}, info, patterns, nullptr, nullptr);
        QCOMPARE(topology.remotes.size(), 2);
        for (const ReplicationTopology::Remote& remote : topology.remotes) {
            QVERIFY(!remote.configured);
            QVERIFY(!remote.connected);
            QVERIFY(remote.replicatesAnything());
        }
        QCOMPARE(topology.find(QStringLiteral("gone"))->activeFollowers, 1);
        QCOMPARE(topology.find(QStringLiteral("lost"))->activePatterns, QStringList{QStringLiteral("p")});
        QVERIFY(!topology.errorsKnown);
        QVERIFY(!topology.dataStreamsKnown);
    }

    void dataStreamsByTheRemoteOfTheirBackingIndices()
    {
        const QString backing = QStringLiteral(".ds-logs-app-2026.12.04-000001");
        const RemoteInfoResponse remotes{{remote(QStringLiteral("east"), true)}};
        const FollowInfoResponse info{
            {follower(backing, QStringLiteral("east")),
             follower(QStringLiteral(".ds-metrics-2026.12.04-000001"), QStringLiteral("east"))}};
        // Known streams: only the replicated ones whose backing index follows the remote.
        DataStream logs;
        logs.name = QStringLiteral("logs-app");
        logs.replicated = true;
        logs.indices = {{backing, QStringLiteral("u1")}};
        DataStream local;
        local.name = QStringLiteral("local");
        local.indices = {{QStringLiteral(".ds-local-2026.12.04-000001"), QStringLiteral("u2")}};
        const DataStreamsResponse streams{{logs, local}};
        const ReplicationTopology known = ReplicationTopology::build(remotes, info, {}, nullptr, &streams);
        QCOMPARE(known.find(QStringLiteral("east"))->dataStreams, QStringList{QStringLiteral("logs-app")});
        // Unknown streams: inferred from the backing index names, as a failover plan does.
        const ReplicationTopology inferred = ReplicationTopology::build(remotes, info, {}, nullptr, nullptr);
        QCOMPARE(inferred.find(QStringLiteral("east"))->dataStreams,
                 (QStringList{QStringLiteral("logs-app"), QStringLiteral("metrics")}));
    }

    void errorsUnknownCountAsActiveOrPaused()
    {
        const FollowInfoResponse info{{follower(QStringLiteral("a"), QStringLiteral("east"))}};
        const ReplicationTopology topology = ReplicationTopology::build({}, info, {}, nullptr, nullptr);
        QCOMPARE(topology.remotes.first().activeFollowers, 1);
        QCOMPARE(topology.remotes.first().errorFollowers, 0);
    }
};

QTEST_GUILESS_MAIN(ReplicationTopologyTest)
#include "tst_replicationtopology.moc"
