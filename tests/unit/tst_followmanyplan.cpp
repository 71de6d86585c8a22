// FollowManyPlan: which leader indices a bulk follow would take, under which names, and why not the others.
#include "core/followers/FollowManyPlan.h"

#include <QTest>

using namespace duper;
using State = FollowManyCandidate::State;

class FollowManyPlanTest : public QObject
{
    Q_OBJECT

private slots:
    void followerNames();
    void wildcard_data();
    void wildcard();
    void resolveExpression();
    void states();
    void dataStreamBackingIndices();
    void dataStreamOfBackingIndexName();
    void templateWithoutLeaderNameCollides();

private:
    static ResolveIndexResponse remote(const QStringList& names)
    {
        ResolveIndexResponse response;
        for (const QString& name : names)
            response.indices.append(ResolvedIndex{QStringLiteral("leader:") + name, {QStringLiteral("open")}, {}, {}});
        return response;
    }
    static const FollowManyCandidate* find(const FollowManyPlan& plan, const QString& leader)
    {
        for (const FollowManyCandidate& c : plan.candidates())
            if (c.leaderIndex == leader)
                return &c;
        return nullptr;
    }
};

void FollowManyPlanTest::followerNames()
{
    const QString logs = QStringLiteral("logs-1");
    QCOMPARE(FollowManyPlan::followerName({}, logs), logs);
    QCOMPARE(FollowManyPlan::followerName(QStringLiteral("{{leader_index}}-copy"), logs), QStringLiteral("logs-1-copy"));
    QCOMPARE(FollowManyPlan::followerName(QStringLiteral("dr-{{leader_index}}"), logs), QStringLiteral("dr-logs-1"));
    QCOMPARE(FollowManyPlan::patternFromAffixes(QStringLiteral("a-"), QStringLiteral("-b")),
             QStringLiteral("a-{{leader_index}}-b"));
}

void FollowManyPlanTest::wildcard_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << "*" << "anything" << true;
    QTest::newRow("prefix") << "logs-*" << "logs-0001" << true;
    QTest::newRow("prefix no") << "logs-*" << "metrics-1" << false;
    QTest::newRow("middle") << "logs-*-old" << "logs-2020-old" << true;
    QTest::newRow("middle no") << "logs-*-old" << "logs-2020-new" << false;
    QTest::newRow("two stars") << "*old*" << "logs-old-1" << true;
    QTest::newRow("exact") << "logs" << "logs" << true;
    QTest::newRow("exact no") << "logs" << "logs2" << false;
}

void FollowManyPlanTest::wildcard()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(FollowManyPlan::wildcardMatch(pattern, name), matches);
}

void FollowManyPlanTest::resolveExpression()
{
    FollowManySpec spec;
    spec.remoteCluster = QStringLiteral("leader");
    spec.leaderIndexPatterns = {QStringLiteral("logs-*"), QStringLiteral("metrics")};
    QCOMPARE(FollowManyPlan::resolveExpression(spec), QStringLiteral("leader:logs-*,leader:metrics"));
}

void FollowManyPlanTest::states()
{
    FollowManySpec spec;
    spec.remoteCluster = QStringLiteral("leader");
    spec.leaderIndexPatterns = {QStringLiteral("*")};
    spec.leaderIndexExclusionPatterns = {QStringLiteral("logs-old-*")};
    spec.followIndexPattern = QStringLiteral("{{leader_index}}-copy");
    FollowerInfo existing;
    existing.followerIndex = QStringLiteral("orders-replica");
    existing.remoteCluster = QStringLiteral("leader");
    existing.leaderIndex = QStringLiteral("orders");
    FollowerInfo otherRemote;
    otherRemote.followerIndex = QStringLiteral("x");
    otherRemote.remoteCluster = QStringLiteral("elsewhere");
    otherRemote.leaderIndex = QStringLiteral("logs-2");

    const FollowManyPlan plan = FollowManyPlan::build(
        spec,
        remote({QStringLiteral("logs-2"), QStringLiteral("logs-1"), QStringLiteral("logs-old-1"),
                QStringLiteral("orders"), QStringLiteral("taken"), QStringLiteral("Upper")}),
        {QStringLiteral("taken-copy"), QStringLiteral("orders-replica")}, {existing, otherRemote});

    QCOMPARE(plan.candidates().size(), 6);
    QCOMPARE(plan.candidates().first().leaderIndex, QStringLiteral("Upper")); // sorted
    QCOMPARE(find(plan, QStringLiteral("logs-1"))->state, State::WillFollow);
    QCOMPARE(find(plan, QStringLiteral("logs-1"))->followerIndex, QStringLiteral("logs-1-copy"));
    QCOMPARE(find(plan, QStringLiteral("logs-2"))->state, State::WillFollow); // followed from another remote only
    QCOMPARE(find(plan, QStringLiteral("logs-old-1"))->state, State::Excluded);
    QCOMPARE(find(plan, QStringLiteral("orders"))->state, State::AlreadyFollowed);
    QVERIFY(find(plan, QStringLiteral("orders"))->reason.contains(QStringLiteral("orders-replica")));
    QCOMPARE(find(plan, QStringLiteral("taken"))->state, State::NameTaken);
    QCOMPARE(find(plan, QStringLiteral("Upper"))->state, State::InvalidName);
    QVERIFY(!find(plan, QStringLiteral("Upper"))->reason.isEmpty());
    QCOMPARE(plan.count(State::WillFollow), 2);
    QCOMPARE(plan.followable().size(), 2);
    QCOMPARE(FollowManyPlan::stateText(State::NameTaken), QStringLiteral("Name taken"));
}

void FollowManyPlanTest::dataStreamBackingIndices()
{
    FollowManySpec spec;
    spec.remoteCluster = QStringLiteral("leader");
    ResolveIndexResponse response = remote({QStringLiteral(".ds-logs-app-2024.01.01-000001"), QStringLiteral("plain")});
    response.dataStreams.append(ResolvedDataStream{QStringLiteral("leader:logs-app"),
                                                   {QStringLiteral("leader:.ds-logs-app-2024.01.01-000001")},
                                                   QStringLiteral("@timestamp")});
    const FollowManyPlan plan = FollowManyPlan::build(spec, response, {}, {});
    QCOMPARE(plan.candidates().size(), 2);
    QVERIFY(plan.candidates().at(0).isBackingIndex());
    QCOMPARE(plan.candidates().at(0).dataStream, QStringLiteral("logs-app"));
    QCOMPARE(plan.candidates().at(0).followerIndex, QStringLiteral(".ds-logs-app-2024.01.01-000001"));
    QVERIFY(!plan.candidates().at(1).isBackingIndex());
}

void FollowManyPlanTest::dataStreamOfBackingIndexName()
{
    QCOMPARE(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral(".ds-logs-my-app-2026.12.04-000012")),
             QStringLiteral("logs-my-app"));
    QVERIFY(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral("logs-my-app")).isEmpty());
    QVERIFY(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral(".ds-logs-2026.12.04")).isEmpty());
    QVERIFY(FollowManyPlan::dataStreamOfBackingIndex(QStringLiteral(".ds-logs-app-2026.12.04-000001-copy")).isEmpty());
}

void FollowManyPlanTest::templateWithoutLeaderNameCollides()
{
    FollowManySpec spec;
    spec.remoteCluster = QStringLiteral("leader");
    spec.followIndexPattern = QStringLiteral("same");
    const FollowManyPlan plan = FollowManyPlan::build(spec, remote({QStringLiteral("a"), QStringLiteral("b")}), {}, {});
    QCOMPARE(plan.candidates().at(0).state, State::WillFollow);
    QCOMPARE(plan.candidates().at(1).state, State::NameTaken);
}

QTEST_GUILESS_MAIN(FollowManyPlanTest)
#include "tst_followmanyplan.moc"
