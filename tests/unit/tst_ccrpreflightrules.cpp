// The privilege preflight's rules: which privileges each action needs on which cluster, the follower targets of an
// auto-follow pattern, missing privileges read from a _has_privileges answer with their reasons, a cross-cluster API
// key's replication access covering leader names and patterns, the key id inside an encoded key and the answers that
// mean "security is off".
#include "core/es/EsError.h"
#include "core/followers/CcrPreflightRules.h"

#include <QTest>

using namespace duper;
using Rules = CcrPreflightRules;
using Action = CcrPreflightRequest::Action;
using Side = CcrPreflightFinding::Side;

class CcrPreflightRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void privilegesPerAction();
    void autoFollowTargets();
    void missingFromAnswer();
    void keyCoverage_data();
    void keyCoverage();
    void uncoveredLeaders();
    void keyIdOfEncodedKey();
    void securityDisabledAnswers();
};

void CcrPreflightRulesTest::privilegesPerAction()
{
    const QStringList followIndex = {QStringLiteral("monitor"), QStringLiteral("read"), QStringLiteral("write"),
                                     QStringLiteral("manage_follow_index")};
    for (Action action : {Action::FollowOne, Action::FollowMany, Action::AutoFollow}) {
        QCOMPARE(Rules::followerClusterPrivileges(action), QStringList{QStringLiteral("manage_ccr")});
        QCOMPARE(Rules::followerIndexPrivileges(action), followIndex);
        QVERIFY(Rules::checksLeader(action));
    }
    // Failover: closes, unfollows and opens on the follower; its leader may be gone.
    QCOMPARE(Rules::followerClusterPrivileges(Action::Failover), QStringList{QStringLiteral("manage_ccr")});
    QVERIFY(Rules::followerIndexPrivileges(Action::Failover).contains(QStringLiteral("manage_follow_index")));
    QVERIFY(Rules::followerIndexPrivileges(Action::Failover).contains(QStringLiteral("manage")));
    QVERIFY(!Rules::followerIndexPrivileges(Action::Failover).contains(QStringLiteral("write")));
    QVERIFY(!Rules::checksLeader(Action::Failover));
    QCOMPARE(Rules::leaderClusterPrivileges(), QStringList{QStringLiteral("read_ccr")});
    QCOMPARE(Rules::leaderIndexPrivileges(), (QStringList{QStringLiteral("monitor"), QStringLiteral("read")}));
}

void CcrPreflightRulesTest::autoFollowTargets()
{
    CcrPreflightRequest request;
    request.action = Action::AutoFollow;
    request.leaderIndices = {QStringLiteral("logs-*"), QStringLiteral("metrics-*")};
    request.followerIndices = {QStringLiteral("{{leader_index}}-copy")};
    QCOMPARE(Rules::followerTargets(request), QStringList{QStringLiteral("*-copy")});
    // Without a follow_index_pattern the followers take the leaders' names.
    request.followerIndices = {QString()};
    QCOMPARE(Rules::followerTargets(request), request.leaderIndices);
    // Other actions check the follower names as given.
    request.action = Action::FollowOne;
    request.followerIndices = {QStringLiteral("copy")};
    QCOMPARE(Rules::followerTargets(request), QStringList{QStringLiteral("copy")});

    const QMap<QString, QStringList> checks =
        Rules::indexChecks({QStringLiteral("a"), QString(), QStringLiteral("b")}, {QStringLiteral("read")});
    QCOMPARE(checks.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void CcrPreflightRulesTest::missingFromAnswer()
{
    const auto answer = PrivilegesResponse::parse(R"({"username":"viewer","has_all_requested":false,
        "cluster":{"manage_ccr":false},
        "index":{"copy":{"monitor":true,"read":true,"write":false,"manage_follow_index":false}},
        "application":{}})");
    QVERIFY(answer);
    const QList<CcrPreflightFinding> missing = Rules::missingIn(*answer, Action::FollowOne, Side::Follower);
    QCOMPARE(missing.size(), 3);
    QCOMPARE(missing[0].privilege, QStringLiteral("manage_ccr"));
    QVERIFY(missing[0].target.isEmpty());
    QCOMPARE(missing[1].privilege, QStringLiteral("manage_follow_index"));
    QCOMPARE(missing[1].target, QStringLiteral("copy"));
    QCOMPARE(missing[2].privilege, QStringLiteral("write"));
    for (const CcrPreflightFinding& finding : missing) {
        QCOMPARE(finding.side, Side::Follower);
        QVERIFY(!finding.reason.isEmpty());
        QVERIFY(finding.text().contains(finding.privilege));
        QVERIFY(finding.text().startsWith(QLatin1String("Follower cluster")));
    }
    QVERIFY(missing[1].text().contains(QLatin1String("on copy")));
    // Different reasons for the same privilege in a failover.
    QVERIFY(Rules::reason(Action::Failover, Side::Follower, QStringLiteral("manage_ccr")) !=
            Rules::reason(Action::FollowOne, Side::Follower, QStringLiteral("manage_ccr")));
    const CcrPreflightFinding leader{Side::Leader, QStringLiteral("read_ccr"), {}, QStringLiteral("why")};
    QVERIFY(leader.text().startsWith(QLatin1String("Leader cluster")));
}

void CcrPreflightRulesTest::keyCoverage_data()
{
    QTest::addColumn<QStringList>("key");
    QTest::addColumn<QString>("leader");
    QTest::addColumn<bool>("covered");
    const QStringList logs = {QStringLiteral("logs-*")};
    QTest::newRow("name matched") << logs << QStringLiteral("logs-1") << true;
    QTest::newRow("name outside") << logs << QStringLiteral("metrics-1") << false;
    QTest::newRow("same pattern") << logs << QStringLiteral("logs-*") << true;
    QTest::newRow("narrower pattern") << logs << QStringLiteral("logs-app-*") << true;
    QTest::newRow("wider pattern") << logs << QStringLiteral("log*") << false;
    QTest::newRow("everything by star") << QStringList{QStringLiteral("*")} << QStringLiteral("anything-*") << true;
    QTest::newRow("suffix key, prefix pattern")
        << QStringList{QStringLiteral("*-prod")} << QStringLiteral("logs-*") << false;
    QTest::newRow("exact name key") << QStringList{QStringLiteral("orders")} << QStringLiteral("orders") << true;
    QTest::newRow("no access") << QStringList{} << QStringLiteral("orders") << false;
    QTest::newRow("second key pattern") << QStringList{QStringLiteral("a-*"), QStringLiteral("orders*")}
                                        << QStringLiteral("orders-2024") << true;
}

void CcrPreflightRulesTest::keyCoverage()
{
    QFETCH(QStringList, key);
    QFETCH(QString, leader);
    QFETCH(bool, covered);
    QCOMPARE(Rules::keyCovers(key, leader), covered);
}

void CcrPreflightRulesTest::uncoveredLeaders()
{
    QCOMPARE(Rules::uncoveredByKey({QStringLiteral("logs-*")}, {QStringLiteral("logs-1"), QStringLiteral("orders"),
                                                                QString(), QStringLiteral("x*")}),
             (QStringList{QStringLiteral("orders"), QStringLiteral("x*")}));
}

void CcrPreflightRulesTest::keyIdOfEncodedKey()
{
    QCOMPARE(Rules::keyIdOf(QString::fromLatin1(QByteArrayLiteral("abc123:s3cret").toBase64())),
             std::optional<QString>(QStringLiteral("abc123")));
    QVERIFY(!Rules::keyIdOf(QString::fromLatin1(QByteArrayLiteral("no-colon").toBase64())));
    QVERIFY(!Rules::keyIdOf(QString::fromLatin1(QByteArrayLiteral(":secret").toBase64())));
    QVERIFY(!Rules::keyIdOf(QStringLiteral("not base64 !!")));
}

void CcrPreflightRulesTest::securityDisabledAnswers()
{
    QVERIFY(Rules::isSecurityDisabled(EsError::http(
        500,
        R"({"error":{"type":"exception","reason":"Security must be explicitly enabled when using a [basic] license. Enable security by setting [xpack.security.enabled] to [true] in the elasticsearch.yml file and restart the node."},"status":500})")));
    QVERIFY(Rules::isSecurityDisabled(EsError::http(
        400,
        R"({"error":"no handler found for uri [/_security/user/_has_privileges] and method [POST]","status":400})")));
    QVERIFY(!Rules::isSecurityDisabled(EsError::http(
        403, R"({"error":{"type":"security_exception","reason":"action [x] is unauthorized"},"status":403})")));
}

QTEST_GUILESS_MAIN(CcrPreflightRulesTest)
#include "tst_ccrpreflightrules.moc"
