// The privilege preflight of the `duper` executable: follow, auto-follow and failover refuse a restricted user (no
// manage_ccr, manage_follow_index, write) with exit code 1 and the missing privileges named before anything is sent,
// --skip-preflight sends anyway (and Elasticsearch refuses), a full user is only warned about what could not be
// checked, and an API-key remote whose key (kept in the keychain) does not cover the leader index is refused.
#include "CliSandboxFixture.h"
#include "sandbox/Cluster.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace duper::test;

namespace {

const QString kAdminPassword = QStringLiteral("s3cret-pw");
const QString kViewerPassword = QStringLiteral("view-pw");

} // namespace

class CliPreflightTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restrictedFollowIsRefusedBeforeSending();
    void skipPreflightSends();
    void restrictedAutoFollowIsRefusedAsJson();
    void restrictedFailoverIsRefused();
    void fullUserIsOnlyWarned();
    void apiKeyNotCoveringTheLeaderIsRefused();

private:
    CliRunner::Result as(const QString& user, QStringList arguments) const
    {
        CliRunner cli = m_fixture->cli();
        cli.setEnvironment(QStringLiteral("DUPER_PASSWORD"), user == u"viewer" ? kViewerPassword : kAdminPassword);
        return cli.run(QStringList{QStringLiteral("--url"), m_fixture->url(), QStringLiteral("--username"), user} +
                       arguments);
    }
    bool followerExists(const QString& name) { return m_fixture->sandbox().follower().index(name) != nullptr; }

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliPreflightTest::init()
{
    auto options = CliSandboxFixture::defaultOptions();
    options.users = {{QStringLiteral("elastic"), kAdminPassword}};
    options.restrictedUsers = {{QStringLiteral("viewer"), kViewerPassword}};
    m_fixture = std::make_unique<CliSandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
}

void CliPreflightTest::cleanup()
{
    m_fixture.reset();
}

void CliPreflightTest::restrictedFollowIsRefusedBeforeSending()
{
    const auto result =
        as(QStringLiteral("viewer"),
           {QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"), QStringLiteral("-l"),
            QStringLiteral("orders"), QStringLiteral("--leader_url"), m_fixture->leaderUrl()});
    QCOMPARE(result.exitCode, 1);
    const QString err = result.errText();
    QVERIFY2(err.contains(QLatin1String("Nothing was sent")), qPrintable(err));
    QVERIFY(err.contains(QLatin1String("manage_ccr")));
    QVERIFY(err.contains(QLatin1String("privilege manage_follow_index on copy")));
    QVERIFY(err.contains(QLatin1String("privilege write on copy")));
    QVERIFY(err.contains(QLatin1String("--skip-preflight")));
    QVERIFY(!err.contains(QLatin1String("Leader cluster"))); // the viewer may read the leader
    QVERIFY(!err.contains(QLatin1String("warning: could not check")));
    QVERIFY(!followerExists(QStringLiteral("copy")));
    QVERIFY(!err.contains(kViewerPassword));
}

void CliPreflightTest::skipPreflightSends()
{
    const auto result = as(QStringLiteral("viewer"),
                           {QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"),
                            QStringLiteral("-l"), QStringLiteral("orders"), QStringLiteral("--skip-preflight")});
    QCOMPARE(result.exitCode, 4); // Elasticsearch's 403
    QVERIFY(!result.errText().contains(QLatin1String("Nothing was sent")));
    QVERIFY(result.errText().contains(QLatin1String("unauthorized")));
}

void CliPreflightTest::restrictedAutoFollowIsRefusedAsJson()
{
    const auto result = as(QStringLiteral("viewer"),
                           {QStringLiteral("--json"), QStringLiteral("auto-follow"), QStringLiteral("-p"),
                            QStringLiteral("logs"), QStringLiteral("--leader_index_patterns"), QStringLiteral("logs-*"),
                            QStringLiteral("--follow_index_pattern"), QStringLiteral("{{leader_index}}-copy")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = result.object();
    QCOMPARE(json.value(QLatin1String("refused")).toString(), QStringLiteral("missing_privileges"));
    QStringList named;
    for (const QJsonValue& value : json.value(QLatin1String("missing_privileges")).toArray()) {
        const QJsonObject finding = value.toObject();
        QCOMPARE(finding.value(QLatin1String("cluster")).toString(), QStringLiteral("follower"));
        QVERIFY(!finding.value(QLatin1String("reason")).toString().isEmpty());
        named << finding.value(QLatin1String("privilege")).toString() + u'@' +
                     finding.value(QLatin1String("on")).toString();
    }
    QVERIFY2(named.contains(QStringLiteral("manage_ccr@")), qPrintable(named.join(u' ')));
    QVERIFY(named.contains(QStringLiteral("write@*-copy")));
    // No leader connection: named as not checked.
    QVERIFY(!json.value(QLatin1String("could_not_check")).toArray().isEmpty());
    QVERIFY(m_fixture->sandbox().follower().autoFollow().patterns().isEmpty());
}

void CliPreflightTest::restrictedFailoverIsRefused()
{
    const auto created =
        as(QStringLiteral("elastic"), {QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"),
                                       QStringLiteral("-l"), QStringLiteral("orders")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.errText()));
    const auto result = as(QStringLiteral("viewer"), {QStringLiteral("failover"), QStringLiteral("--remote_cluster"),
                                                      QStringLiteral("leader"), QStringLiteral("--yes")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errText().contains(QLatin1String("manage_follow_index on copy")), qPrintable(result.errText()));
    QVERIFY(result.errText().contains(QLatin1String("manage on copy")));
    QVERIFY(followerExists(QStringLiteral("copy")));
    QVERIFY(m_fixture->sandbox().follower().index(QStringLiteral("copy"))->isFollower());
}

void CliPreflightTest::fullUserIsOnlyWarned()
{
    const auto result =
        as(QStringLiteral("elastic"), {QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("copy"),
                                       QStringLiteral("-l"), QStringLiteral("orders")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(result.errText().contains(QLatin1String("warning: could not check")));
    QVERIFY(result.errText().contains(QLatin1String("read_ccr")));
    QVERIFY(followerExists(QStringLiteral("copy")));
}

void CliPreflightTest::apiKeyNotCoveringTheLeaderIsRefused()
{
    duper::sandbox::Sandbox& sandbox = m_fixture->sandbox();
    sandbox.createLeaderIndex(QStringLiteral("logs-1"));
    const auto created =
        as(QStringLiteral("elastic"),
           {QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"), QStringLiteral("dr"),
            QStringLiteral("--replication"), QStringLiteral("logs-*"), QStringLiteral("--remote_cluster"),
            QStringLiteral("secure"), QStringLiteral("--leader_url"), m_fixture->leaderUrl()});
    if (created.exitCode != 0 && qEnvironmentVariable("DUPER_REQUIRE_KEYCHAIN") != u"1")
        QSKIP("no keychain to keep the key in");
    QVERIFY2(created.exitCode == 0, qPrintable(created.errText()));
    const QString id = created.outText().trimmed().section(QLatin1Char('\n'), 0, 0);
    sandbox.follower().settings().setPersistent(QStringLiteral("cluster.remote.secure.mode"), QStringLiteral("proxy"));
    sandbox.follower().settings().setPersistent(QStringLiteral("cluster.remote.secure.proxy_address"),
                                                sandbox.leader().remoteClusterServerAddress());
    sandbox.follower().keystore().store(QStringLiteral("cluster.remote.secure.credentials"),
                                        sandbox.leader().apiKeys().find(id)->encoded());
    sandbox.follower().keystore().reload();

    const auto denied = as(QStringLiteral("elastic"),
                           {QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("orders-copy"),
                            QStringLiteral("-l"), QStringLiteral("orders"), QStringLiteral("--remote_cluster"),
                            QStringLiteral("secure"), QStringLiteral("--leader_url"), m_fixture->leaderUrl()});
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.errText().contains(QLatin1String("access.replication on orders")), qPrintable(denied.errText()));
    QVERIFY(denied.errText().contains(QLatin1String("logs-*")));
    QVERIFY(!followerExists(QStringLiteral("orders-copy")));

    const auto allowed = as(QStringLiteral("elastic"),
                            {QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("logs-1-copy"),
                             QStringLiteral("-l"), QStringLiteral("logs-1"), QStringLiteral("--remote_cluster"),
                             QStringLiteral("secure"), QStringLiteral("--leader_url"), m_fixture->leaderUrl()});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.errText()));
    QVERIFY(allowed.errText().contains(QLatin1String("cross_cluster_replication"))); // the unreadable part
}

QTEST_GUILESS_MAIN(CliPreflightTest)
#include "tst_cli_preflight.moc"
