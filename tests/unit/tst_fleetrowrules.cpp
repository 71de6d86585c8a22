// FleetRowRules: a fleet row from one refresh's answers (followers by state, worst lag, longest time since a read,
// remotes followed by followers and patterns), and what a failed refresh or a missing secret makes of it.
#include "core/fleet/FleetRowRules.h"

#include <QTest>

using namespace duper;

namespace {

FollowerRow follower(const QString& name, const QString& remote, FollowerState state, qint64 lag,
                     std::optional<qint64> sinceRead)
{
    FollowerRow row;
    row.name = name;
    row.remoteCluster = remote;
    row.state = state;
    row.lag = lag;
    row.timeSinceLastReadMillis = sinceRead;
    if (state != FollowerState::Paused)
        row.shards.append(ShardFollowStats{});
    return row;
}

FleetAnswers answers()
{
    FleetAnswers a;
    ClusterInfo identity;
    identity.clusterName = QStringLiteral("prod");
    identity.clusterUuid = QStringLiteral("uuid-1");
    identity.versionNumber = QStringLiteral("8.13.4");
    a.identity = identity;
    LicenseInfo license;
    license.type = QStringLiteral("platinum");
    license.status = QStringLiteral("active");
    a.license = license;
    FollowerSnapshot snapshot;
    snapshot.rows = {follower(QStringLiteral("a"), QStringLiteral("east"), FollowerState::Active, 10, 200),
                     follower(QStringLiteral("b"), QStringLiteral("east"), FollowerState::Error, 500, 90000),
                     follower(QStringLiteral("c"), QStringLiteral("west"), FollowerState::Paused, 0, std::nullopt),
                     follower(QStringLiteral("d"), QStringLiteral("west"), FollowerState::Active, 40, 1000)};
    a.followers = snapshot;
    a.autoFollowPatterns = 2;
    ReplicationTopology replication;
    ReplicationTopology::Remote patternsOnly;
    patternsOnly.alias = QStringLiteral("archive");
    patternsOnly.activePatterns = {QStringLiteral("logs")};
    ReplicationTopology::Remote unused;
    unused.alias = QStringLiteral("spare");
    replication.remotes = {patternsOnly, unused};
    a.replication = replication;
    return a;
}

ConnectionProfile profile()
{
    ConnectionProfile p;
    p.id = QStringLiteral("id-1");
    p.name = QStringLiteral("Production");
    p.urls = {QUrl(QStringLiteral("https://user:pw@es.example:9200"))};
    return p;
}

} // namespace

class FleetRowRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void pendingNamesTheConnection();
    void reachableSummarisesTheCluster();
    void ccrErrorIsSaid();
    void failureKeepsFiguresStale();
    void missingSecretIsItsOwnState();
    void factsKeepIdentityWhenDown();
};

void FleetRowRulesTest::pendingNamesTheConnection()
{
    const FleetRow row = FleetRowRules::pending(profile());
    QCOMPARE(row.connectionId, QStringLiteral("id-1"));
    QCOMPARE(row.connectionName, QStringLiteral("Production"));
    QCOMPARE(row.url, QStringLiteral("https://es.example:9200")); // never the user info
    QCOMPARE(row.state, FleetRow::State::Pending);
    QVERIFY(!row.reachable());
}

void FleetRowRulesTest::reachableSummarisesTheCluster()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1700000000000);
    const FleetRow row = FleetRowRules::reachable(FleetRowRules::pending(profile()), answers(), now);
    QCOMPARE(row.state, FleetRow::State::Reachable);
    QVERIFY(row.problem.isEmpty());
    QCOMPARE(row.clusterName, QStringLiteral("prod"));
    QCOMPARE(row.clusterUuid, QStringLiteral("uuid-1"));
    QCOMPARE(row.version, QStringLiteral("8.13.4"));
    QCOMPARE(row.licenseType, QStringLiteral("platinum"));
    QCOMPARE(row.activeFollowers, 2);
    QCOMPARE(row.pausedFollowers, 1);
    QCOMPARE(row.errorFollowers, 1);
    QCOMPARE(row.followerCount(), 4);
    QCOMPARE(row.autoFollowPatterns, 2);
    QCOMPARE(row.worstLag, std::optional<qint64>(500));
    QCOMPARE(row.longestSinceLastReadMs, std::optional<qint64>(90000));
    QCOMPARE(row.remotes, (QStringList{QStringLiteral("archive"), QStringLiteral("east"), QStringLiteral("west")}));
    QCOMPARE(row.refreshedAt, now);
    QVERIFY(!row.stale);
}

void FleetRowRulesTest::ccrErrorIsSaid()
{
    FleetAnswers a = answers();
    a.followers.reset();
    a.ccrError = EsError::http(403, R"({"error":{"type":"security_exception","reason":"action denied"},"status":403})");
    const FleetRow row = FleetRowRules::reachable(FleetRowRules::pending(profile()), a, QDateTime::currentDateTime());
    QVERIFY(row.reachable());
    QCOMPARE(row.followerCount(), 0);
    QCOMPARE(row.worstLag, std::nullopt);
    QVERIFY(row.ccrProblem.contains(QStringLiteral("action denied")));
}

void FleetRowRulesTest::failureKeepsFiguresStale()
{
    const FleetRow before =
        FleetRowRules::reachable(FleetRowRules::pending(profile()), answers(), QDateTime::currentDateTime());
    const FleetRow after =
        FleetRowRules::unreachable(before, EsError::connectionRefused(QStringLiteral("es.example"), 9200, QString()));
    QCOMPARE(after.state, FleetRow::State::Unreachable);
    QVERIFY(!after.reachable());
    QVERIFY(!after.problem.isEmpty());
    QVERIFY(after.stale);
    QCOMPARE(after.activeFollowers, 2); // the last figures stay, marked stale
    const FleetRow never = FleetRowRules::unreachable(FleetRowRules::pending(profile()), EsError::timeout(1000));
    QVERIFY(!never.stale);
    const FleetRow refused = FleetRowRules::unreachable(
        before, EsError::http(
                    401, R"({"error":{"type":"security_exception","reason":"unable to authenticate"},"status":401})"));
    QCOMPARE(refused.state, FleetRow::State::Unauthorised);
    QVERIFY(!refused.reachable());
    QVERIFY(refused.problem.contains(QStringLiteral("unable to authenticate")));
}

void FleetRowRulesTest::missingSecretIsItsOwnState()
{
    const FleetRow missing = FleetRowRules::notOpened(FleetRowRules::pending(profile()), true, QString());
    QCOMPARE(missing.state, FleetRow::State::SecretMissing);
    QVERIFY(!missing.problem.isEmpty());
    const FleetRow other = FleetRowRules::notOpened(FleetRowRules::pending(profile()), false, QStringLiteral("bad CA"));
    QCOMPARE(other.state, FleetRow::State::NotOpened);
    QCOMPARE(other.problem, QStringLiteral("bad CA"));
}

void FleetRowRulesTest::factsKeepIdentityWhenDown()
{
    FleetAnswers a = answers();
    FleetNodesResponse nodes;
    nodes.addresses = {QStringLiteral("10.0.0.1:9300")};
    a.nodes = nodes;
    FleetClusterFacts facts = FleetRowRules::facts({}, a);
    QCOMPARE(facts.clusterName, QStringLiteral("prod"));
    QCOMPARE(facts.nodeAddresses, QStringList{QStringLiteral("10.0.0.1:9300")});
    QVERIFY(facts.replication);
    facts = FleetRowRules::unreachableFacts(facts);
    QCOMPARE(facts.clusterName, QStringLiteral("prod"));
    QCOMPARE(facts.nodeAddresses, QStringList{QStringLiteral("10.0.0.1:9300")});
    QVERIFY(!facts.replication);
    // A later refresh that could not read the nodes keeps the known addresses.
    FleetAnswers partial = a;
    partial.nodes.reset();
    QCOMPARE(FleetRowRules::facts(facts, partial).nodeAddresses, QStringList{QStringLiteral("10.0.0.1:9300")});
}

QTEST_GUILESS_MAIN(FleetRowRulesTest)
#include "tst_fleetrowrules.moc"
