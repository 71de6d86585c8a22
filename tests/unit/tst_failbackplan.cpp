// FailbackPlan::build, the rule of which indices fail back: every regular index of the promoted cluster B except
// system ones (backing indices of data streams are not system ones) and B's own followers; A's copies are deleted
// (a backing index through its data stream), followers of B on A are left as they are, followers of another remote
// on A are skipped; whether a copy differs comes from document counts and per-shard max sequence numbers.
#include "core/dr/FailbackPlan.h"

#include <QTest>

using namespace duper;
using OnA = FailbackPlan::OnA;
using Phase = FailbackPlan::Phase;

class FailbackPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void whichIndicesAndWhatHappensToThem();
    void rerunAfterEverythingIsFollowed();

private:
    static IndexStatsResponse::Index stats(qint64 documents, qint64 maxSeqNo) { return {documents, {maxSeqNo}}; }
    static FollowerInfo follower(const QString& name, const QString& remote)
    {
        FollowerInfo info;
        info.followerIndex = name;
        info.leaderIndex = name;
        info.remoteCluster = remote;
        return info;
    }
};

void FailbackPlanTest::whichIndicesAndWhatHappensToThem()
{
    const QString backing = QStringLiteral(".ds-logs-app-2026.12.05-000001");
    FailbackPlan::Input input;
    input.seedsB = {QStringLiteral("127.0.0.1:9300")};
    input.statsB.indices = {{QStringLiteral("orders"), stats(5, 4)},      {QStringLiteral("same"), stats(2, 1)},
                            {QStringLiteral("new-on-b"), stats(1, 0)},    {backing, stats(3, 2)},
                            {QStringLiteral(".security-7"), stats(1, 0)}, {QStringLiteral("b-follower"), stats(1, 0)},
                            {QStringLiteral("elsewhere"), stats(1, 0)},   {QStringLiteral("resumed"), stats(7, 6)}};
    input.followInfoB.followers = {follower(QStringLiteral("b-follower"), QStringLiteral("other"))};
    input.statsA.indices = {{QStringLiteral("orders"), stats(3, 2)},
                            {QStringLiteral("same"), stats(2, 1)},
                            {backing, stats(1, 0)},
                            {QStringLiteral("elsewhere"), stats(1, 0)},
                            {QStringLiteral("resumed"), stats(7, 6)}};
    input.followInfoA.followers = {follower(QStringLiteral("elsewhere"), QStringLiteral("third")),
                                   follower(QStringLiteral("resumed"), QStringLiteral("b"))};
    DataStream stream;
    stream.name = QStringLiteral("logs-app");
    stream.indices = {{backing, QStringLiteral("uuid")}};
    input.dataStreamsA.dataStreams = {stream};

    const FailbackPlan plan = FailbackPlan::build(QStringLiteral("b"), input);
    QVERIFY(!plan.remoteExists);
    QCOMPARE(plan.seeds, input.seedsB);
    QCOMPARE(plan.indexNames(), (QStringList{backing, QStringLiteral("new-on-b"), QStringLiteral("orders"),
                                             QStringLiteral("resumed"), QStringLiteral("same")}));
    QCOMPARE(plan.find(backing)->dataStream, QStringLiteral("logs-app"));
    QCOMPARE(plan.find(backing)->onA, OnA::Copy);
    QCOMPARE(plan.find(QStringLiteral("new-on-b"))->onA, OnA::Missing);
    QCOMPARE(plan.find(QStringLiteral("resumed"))->onA, OnA::Following);
    QVERIFY(plan.find(QStringLiteral("orders"))->differs());
    QVERIFY(!plan.find(QStringLiteral("same"))->differs());
    QCOMPARE(plan.skipped.size(), 1);
    QCOMPARE(plan.skipped.first().name, QStringLiteral("elsewhere"));
    QCOMPARE(plan.dataStreamsToDelete, QStringList{QStringLiteral("logs-app")});
    QCOMPARE(plan.indicesToDelete, (QStringList{QStringLiteral("orders"), QStringLiteral("same")}));
    QCOMPARE(plan.staleCopies().size(), 3);
    QVERIFY(plan.staleCopies().first().contains(QLatin1String("logs-app")));
    QCOMPARE(plan.toFollow().size(), 4);
    QCOMPARE(plan.phases(), (QList<Phase>{Phase::EnsureRemote, Phase::DeleteStaleCopies, Phase::Follow, Phase::CatchUp,
                                          Phase::Verify}));
}

void FailbackPlanTest::rerunAfterEverythingIsFollowed()
{
    FailbackPlan::Input input;
    RemoteClusterInfo remote;
    remote.alias = QStringLiteral("b");
    remote.connected = true;
    input.remotesA.remotes = {remote};
    input.statsB.indices = {{QStringLiteral("orders"), stats(5, 4)}};
    input.statsA.indices = {{QStringLiteral("orders"), stats(5, 4)}};
    input.followInfoA.followers = {follower(QStringLiteral("orders"), QStringLiteral("b"))};
    const FailbackPlan plan = FailbackPlan::build(QStringLiteral("b"), input);
    QVERIFY(plan.remoteExists && plan.remoteConnected);
    QVERIFY(!plan.needsDeletion());
    QVERIFY(plan.toFollow().isEmpty());
    QCOMPARE(plan.phases(), (QList<Phase>{Phase::EnsureRemote, Phase::CatchUp, Phase::Verify}));
}

QTEST_GUILESS_MAIN(FailbackPlanTest)
#include "tst_failbackplan.moc"
