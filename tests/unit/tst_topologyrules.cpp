// FleetTopologyRules: what each saved cluster reported in, the replication graph out. Leaders are matched by the
// addresses their nodes publish, else by cluster name; a remote no saved connection stands for becomes an unknown
// node; a bi-directional pair gives two edges; several connections to one cluster count once.
#include "core/fleet/FleetTopologyRules.h"

#include <QTest>

using namespace duper;

namespace {

ReplicationTopology::Remote remote(const QString& alias, const QStringList& addresses, int active, int paused = 0,
                                   int error = 0)
{
    ReplicationTopology::Remote r;
    r.alias = alias;
    r.connected = true;
    r.addresses = addresses;
    r.activeFollowers = active;
    r.pausedFollowers = paused;
    r.errorFollowers = error;
    return r;
}

FleetClusterFacts cluster(const QString& id, const QString& clusterName, const QStringList& addresses,
                          const QList<ReplicationTopology::Remote>& remotes = {}, bool reachable = true)
{
    FleetClusterFacts facts;
    facts.connectionId = id;
    facts.connectionName = id;
    facts.clusterName = clusterName;
    facts.clusterUuid = clusterName + QStringLiteral("-uuid");
    facts.nodeAddresses = addresses;
    if (reachable) {
        ReplicationTopology replication;
        replication.errorsKnown = true;
        replication.remotes = remotes;
        facts.replication = replication;
    }
    return facts;
}

} // namespace

class TopologyRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void followerToLeaderByTransportAddress();
    void bidirectionalPairGivesTwoEdges();
    void unknownRemoteBecomesUnknownNode();
    void clusterNameWhenNoAddressMatches();
    void ambiguousClusterNameStaysUnknown();
    void publishAddressWithHostName();
    void sameClusterTwiceCountsOnce();
    void remoteWithoutReplicationHasNoEdge();
    void patternsOnlyEdgeHasNoWorstState();
    void worstStateOrder();
    void unreachableFollowerHasNoEdgesButStillMatchesAsLeader();
    void addressForms_data();
    void addressForms();
};

void TopologyRulesTest::followerToLeaderByTransportAddress()
{
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("dc1"), QStringLiteral("prod"),
                 {QStringLiteral("10.0.0.1:9300"), QStringLiteral("10.0.0.1:9200")}),
         cluster(QStringLiteral("dr"), QStringLiteral("dr"), {QStringLiteral("10.0.1.1:9300")},
                 {remote(QStringLiteral("prod-remote"), {QStringLiteral("10.0.0.1:9300")}, 3, 1)})});
    QCOMPARE(topology.nodes.size(), 2);
    QCOMPARE(topology.edges.size(), 1);
    const FleetTopology::Edge& edge = topology.edges.first();
    QCOMPARE(edge.followerId, QStringLiteral("dr"));
    QCOMPARE(edge.alias, QStringLiteral("prod-remote"));
    QCOMPARE(edge.leaderId, QStringLiteral("dc1"));
    QCOMPARE(edge.leaderName, QStringLiteral("dc1"));
    QCOMPARE(edge.match, FleetTopology::Match::Address);
    QCOMPARE(edge.followerCount, 4);
    QCOMPARE(edge.worstState, std::optional<FollowerState>(FollowerState::Paused));
    QVERIFY(edge.connected);
}

void TopologyRulesTest::bidirectionalPairGivesTwoEdges()
{
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("east"), QStringLiteral("east"), {QStringLiteral("10.0.0.1:9300")},
                 {remote(QStringLiteral("to-west"), {QStringLiteral("10.0.0.2:9300")}, 2)}),
         cluster(QStringLiteral("west"), QStringLiteral("west"), {QStringLiteral("10.0.0.2:9300")},
                 {remote(QStringLiteral("to-east"), {QStringLiteral("10.0.0.1:9300")}, 5)})});
    QCOMPARE(topology.edges.size(), 2);
    const FleetTopology::Edge* eastFromWest = topology.find(QStringLiteral("east"), QStringLiteral("to-west"));
    const FleetTopology::Edge* westFromEast = topology.find(QStringLiteral("west"), QStringLiteral("to-east"));
    QVERIFY(eastFromWest && westFromEast);
    QCOMPARE(eastFromWest->leaderId, QStringLiteral("west"));
    QCOMPARE(eastFromWest->followerCount, 2);
    QCOMPARE(westFromEast->leaderId, QStringLiteral("east"));
    QCOMPARE(westFromEast->followerCount, 5);
    QCOMPARE(topology.nodes.size(), 2);
}

void TopologyRulesTest::unknownRemoteBecomesUnknownNode()
{
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("dr"), QStringLiteral("dr"), {QStringLiteral("10.0.1.1:9300")},
                 {remote(QStringLiteral("legacy"),
                         {QStringLiteral("192.168.5.5:9300"), QStringLiteral("192.168.5.4:9300")}, 1, 0, 1)})});
    QCOMPARE(topology.edges.size(), 1);
    const FleetTopology::Edge& edge = topology.edges.first();
    QVERIFY(!edge.leaderKnown());
    QCOMPARE(edge.match, FleetTopology::Match::None);
    QCOMPARE(edge.leaderName, QString());
    QCOMPARE(edge.worstState, std::optional<FollowerState>(FollowerState::Error));
    QCOMPARE(topology.nodes.size(), 2);
    const FleetTopology::Node& unknown = topology.nodes.last();
    QVERIFY(!unknown.known);
    QCOMPARE(unknown.id, edge.leaderId);
    QCOMPARE(unknown.label, QStringLiteral("legacy"));
    QCOMPARE(unknown.addresses, (QStringList{QStringLiteral("192.168.5.4:9300"), QStringLiteral("192.168.5.5:9300")}));
}

void TopologyRulesTest::clusterNameWhenNoAddressMatches()
{
    // A proxy in front of the leader: its address is none of the leader's nodes, but the alias is its cluster name.
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("prod-conn"), QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")}),
         cluster(QStringLiteral("dr"), QStringLiteral("dr"), {},
                 {remote(QStringLiteral("prod"), {QStringLiteral("lb.example:9400")}, 1)})});
    QCOMPARE(topology.edges.size(), 1);
    QCOMPARE(topology.edges.first().leaderId, QStringLiteral("prod-conn"));
    QCOMPARE(topology.edges.first().match, FleetTopology::Match::ClusterName);
}

void TopologyRulesTest::ambiguousClusterNameStaysUnknown()
{
    // Two different clusters (different UUIDs) both called "prod": the name says nothing.
    FleetClusterFacts other = cluster(QStringLiteral("b"), QStringLiteral("prod"), {QStringLiteral("10.0.0.2:9300")});
    other.clusterUuid = QStringLiteral("another-uuid");
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("a"), QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")}), other,
         cluster(QStringLiteral("dr"), QStringLiteral("dr"), {},
                 {remote(QStringLiteral("prod"), {QStringLiteral("lb.example:9400")}, 1)})});
    QCOMPARE(topology.edges.first().match, FleetTopology::Match::None);
}

void TopologyRulesTest::publishAddressWithHostName()
{
    // Elasticsearch publishes "hostname/ip:port"; a seed may use either name.
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("prod"), QStringLiteral("prod"), {QStringLiteral("es1.example/10.0.0.1:9300")}),
         cluster(QStringLiteral("dr1"), QStringLiteral("dr1"), {},
                 {remote(QStringLiteral("a"), {QStringLiteral("ES1.example:9300")}, 1)}),
         cluster(QStringLiteral("dr2"), QStringLiteral("dr2"), {},
                 {remote(QStringLiteral("b"), {QStringLiteral("10.0.0.1:9300")}, 1)})});
    QCOMPARE(topology.edges.size(), 2);
    for (const FleetTopology::Edge& edge : topology.edges) {
        QCOMPARE(edge.leaderId, QStringLiteral("prod"));
        QCOMPARE(edge.match, FleetTopology::Match::Address);
    }
}

void TopologyRulesTest::sameClusterTwiceCountsOnce()
{
    FleetClusterFacts first =
        cluster(QStringLiteral("prod-a"), QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")});
    FleetClusterFacts second =
        cluster(QStringLiteral("prod-b"), QStringLiteral("prod"), {QStringLiteral("10.0.0.2:9300")});
    const FleetTopology topology =
        FleetTopologyRules::build({first, second,
                                   cluster(QStringLiteral("dr"), QStringLiteral("dr"), {},
                                           {remote(QStringLiteral("prod"), {QStringLiteral("10.0.0.2:9300")}, 1)})});
    QCOMPARE(topology.nodes.size(), 2); // prod-a stands for prod-b, then dr
    QCOMPARE(topology.nodes.first().id, QStringLiteral("prod-a"));
    QCOMPARE(topology.edges.first().leaderId, QStringLiteral("prod-a"));
}

void TopologyRulesTest::remoteWithoutReplicationHasNoEdge()
{
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("prod"), QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")}),
         cluster(QStringLiteral("dr"), QStringLiteral("dr"), {},
                 {remote(QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")}, 0)})});
    QVERIFY(topology.edges.isEmpty());
}

void TopologyRulesTest::patternsOnlyEdgeHasNoWorstState()
{
    ReplicationTopology::Remote r = remote(QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")}, 0);
    r.activePatterns = {QStringLiteral("logs")};
    r.pausedPatterns = {QStringLiteral("metrics")};
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("prod"), QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")}),
         cluster(QStringLiteral("dr"), QStringLiteral("dr"), {}, {r})});
    QCOMPARE(topology.edges.size(), 1);
    QCOMPARE(topology.edges.first().followerCount, 0);
    QCOMPARE(topology.edges.first().autoFollowPatterns, 2);
    QCOMPARE(topology.edges.first().worstState, std::nullopt);
}

void TopologyRulesTest::worstStateOrder()
{
    const FleetTopology topology =
        FleetTopologyRules::build({cluster(QStringLiteral("dr"), QStringLiteral("dr"), {},
                                           {remote(QStringLiteral("a"), {QStringLiteral("1.1.1.1:9300")}, 4),
                                            remote(QStringLiteral("b"), {QStringLiteral("1.1.1.2:9300")}, 4, 1),
                                            remote(QStringLiteral("c"), {QStringLiteral("1.1.1.3:9300")}, 4, 1, 1)})});
    QCOMPARE(topology.edges.size(), 3);
    QCOMPARE(topology.edges.at(0).worstState, std::optional<FollowerState>(FollowerState::Active));
    QCOMPARE(topology.edges.at(1).worstState, std::optional<FollowerState>(FollowerState::Paused));
    QCOMPARE(topology.edges.at(2).worstState, std::optional<FollowerState>(FollowerState::Error));
}

void TopologyRulesTest::unreachableFollowerHasNoEdgesButStillMatchesAsLeader()
{
    // "prod" is down now: what it replicates is unknown, but its last known addresses still name it as a leader.
    const FleetTopology topology = FleetTopologyRules::build(
        {cluster(QStringLiteral("prod"), QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")},
                 {remote(QStringLiteral("dr"), {QStringLiteral("10.0.1.1:9300")}, 1)}, false),
         cluster(QStringLiteral("dr"), QStringLiteral("dr"), {QStringLiteral("10.0.1.1:9300")},
                 {remote(QStringLiteral("prod"), {QStringLiteral("10.0.0.1:9300")}, 2)})});
    QCOMPARE(topology.edges.size(), 1);
    QCOMPARE(topology.edges.first().followerId, QStringLiteral("dr"));
    QCOMPARE(topology.edges.first().leaderId, QStringLiteral("prod"));
}

void TopologyRulesTest::addressForms_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("plain") << QStringLiteral("10.0.0.1:9300") << QStringList{QStringLiteral("10.0.0.1:9300")};
    QTest::newRow("host/ip") << QStringLiteral("ES1/10.0.0.1:9300")
                             << QStringList{QStringLiteral("es1:9300"), QStringLiteral("10.0.0.1:9300")};
    QTest::newRow("localhost") << QStringLiteral("localhost:9300")
                               << QStringList{QStringLiteral("localhost:9300"), QStringLiteral("127.0.0.1:9300")};
    QTest::newRow("blank") << QStringLiteral("  ") << QStringList{};
}

void TopologyRulesTest::addressForms()
{
    QFETCH(QString, address);
    QFETCH(QStringList, forms);
    QCOMPARE(FleetTopologyRules::addressForms(address), forms);
}

QTEST_GUILESS_MAIN(TopologyRulesTest)
#include "tst_topologyrules.moc"
