// `duper connect --migrate-to-api-key` against the in-process sandbox (a certificate remote "leader" on the leader's
// transport address with one follower): the dry run prints the plan and changes nothing (exit 0), the migration
// switches the alias to the remote cluster server with a key and leaves the follower active (exit 0, no key printed),
// a forced failure — the keystore command "ran" but no node has the credential — rolls back (exit 1), bad input 2.
#include "CliSandboxFixture.h"
#include "sandbox/EmulatedIndex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper;
using namespace duper::test;

namespace {

const QString kFollower = QStringLiteral("follower-00001");

} // namespace

class CliConnectMigrateTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunChangesNothing();
    void migratesOnTheSandbox();
    void failedVerificationRollsBackWithExitOne();
    void badInputIsRefused();

private:
    CliRunner::Result migrate(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("connect"));
        arguments << QStringLiteral("--remote_cluster") << QStringLiteral("leader") << QStringLiteral("--api-key-from")
                  << m_fixture->leaderUrl() << QStringLiteral("--new-key") << QStringLiteral("--migrate-to-api-key")
                  << QStringLiteral("--replication") << QStringLiteral("leader-*");
        return m_fixture->run(arguments);
    }
    sandbox::RemoteConnection remote()
    {
        return m_fixture->sandbox().follower().settings().remotes().value(QStringLiteral("leader"));
    }
    bool followerActive() { return m_fixture->sandbox().follower().index(kFollower)->follow()->active; }

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliConnectMigrateTest::init()
{
    sandbox::SandboxOptions options = CliSandboxFixture::defaultOptions();
    options.followers = 1;
    m_fixture = std::make_unique<CliSandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void CliConnectMigrateTest::cleanup()
{
    m_fixture.reset();
}

void CliConnectMigrateTest::dryRunChangesNothing()
{
    const auto text = migrate({QStringLiteral("--dry-run")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.errText()));
    QVERIFY2(text.outText().contains(QStringLiteral("Migrate remote cluster leader (now sniff mode on %1)")
                                         .arg(m_fixture->sandbox().leader().transportAddress())),
             qPrintable(text.outText()));
    QVERIFY(text.outText().contains(QLatin1String("followers: follower-00001")));
    QVERIFY(text.outText().contains(QLatin1String("Dry run: nothing was changed.")));

    const auto json = migrate({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = json.object();
    QCOMPARE(plan.value(QLatin1String("dry_run")).toBool(), true);
    QCOMPARE(plan.value(QLatin1String("followers_to_pause")).toArray(), QJsonArray{kFollower});
    QCOMPARE(plan.value(QLatin1String("previous_settings")).toObject().value(QLatin1String("seeds")).toArray(),
             QJsonArray{m_fixture->sandbox().leader().transportAddress()});

    QVERIFY(m_fixture->sandbox().leader().apiKeys().all().isEmpty());
    QVERIFY(!remote().proxyMode);
    QVERIFY(followerActive());
}

void CliConnectMigrateTest::migratesOnTheSandbox()
{
    const auto result = migrate({QStringLiteral("--yes"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText() + result.outText()));
    const QJsonObject object = result.object();
    QCOMPARE(object.value(QLatin1String("succeeded")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("rolled_back")).toBool(), false);
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 6);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(steps.at(i).toObject().value(QLatin1String("state")).toString(), QStringLiteral("done"));
    QCOMPARE(steps.at(5).toObject().value(QLatin1String("state")).toString(), QStringLiteral("pending"));

    QVERIFY(remote().proxyMode);
    QCOMPARE(remote().proxyAddress, m_fixture->sandbox().leader().remoteClusterServerAddress());
    QVERIFY(followerActive());
    const QString encoded = m_fixture->sandbox().leader().apiKeys().all().value(0).encoded();
    QVERIFY(!encoded.isEmpty());
    QVERIFY(!result.outText().contains(encoded) && !result.errText().contains(encoded));
}

void CliConnectMigrateTest::failedVerificationRollsBackWithExitOne()
{
    const auto result = migrate({QStringLiteral("--yes"), QStringLiteral("--keystore"), QStringLiteral("manual"),
                                 QStringLiteral("--keystore-done")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.outText().contains(QLatin1String("[3/6] Switch the remote cluster to the API key: failed")),
             qPrintable(result.outText()));
    QVERIFY2(result.outText().contains(QLatin1String("[6/6] Roll back to the previous settings: done")),
             qPrintable(result.outText()));
    QVERIFY(result.errText().contains(QLatin1String("no credential in force")));
    QVERIFY(result.errText().contains(QLatin1String("Rolled back")));

    QVERIFY(!remote().proxyMode);
    QCOMPARE(remote().seeds, QStringList{m_fixture->sandbox().leader().transportAddress()});
    QVERIFY(followerActive());
}

void CliConnectMigrateTest::badInputIsRefused()
{
    QCOMPARE(m_fixture->run({QStringLiteral("connect"), QStringLiteral("--migrate-to-api-key")}).exitCode, 2);
    QCOMPARE(m_fixture
                 ->run({QStringLiteral("connect"), QStringLiteral("--dry-run"), QStringLiteral("--seeds"),
                        QStringLiteral("a:1")})
                 .exitCode,
             2);
    QVERIFY(m_fixture->sandbox().leader().apiKeys().all().isEmpty());
}

QTEST_GUILESS_MAIN(CliConnectMigrateTest)
#include "tst_cli_connect_migrate.moc"
