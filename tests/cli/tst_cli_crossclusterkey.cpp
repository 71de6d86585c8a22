// `duper cross-cluster-key create|list|invalidate` against the in-process sandbox's leader: the id on stdout, the
// encoded key only with --show-key or in the keychain (never in the output otherwise), list as a table and JSON,
// invalidate with its exit codes, and bad input refused before any request.
#include "CliSandboxFixture.h"
#include "core/connections/KeychainSecretStore.h"
#include "core/security/CrossClusterKeySecret.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace duper;
using namespace duper::test;

class CliCrossClusterKeyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createPrintsIdAndShowsKeyOnlyWhenAsked();
    void createStoresKeyInKeychain();
    void listAndInvalidate();
    void badInputIsRefusedBeforeAnyRequest();
    void keyEnforcedOnFollow();

private:
    CliRunner::Result duper(QStringList arguments) const
    {
        arguments << QStringLiteral("--leader_url") << m_fixture->leaderUrl();
        return m_fixture->run(arguments);
    }
    QString encodedOf(const QString& id) const
    {
        const sandbox::CrossClusterApiKey* key = m_fixture->sandbox().leader().apiKeys().find(id);
        return key ? key->encoded() : QString();
    }

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliCrossClusterKeyTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void CliCrossClusterKeyTest::cleanup()
{
    m_fixture.reset();
}

void CliCrossClusterKeyTest::createPrintsIdAndShowsKeyOnlyWhenAsked()
{
    const auto shown = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("--name"),
                              QStringLiteral("dr"), QStringLiteral("--replication"), QStringLiteral("logs-*,metrics-*"),
                              QStringLiteral("--expiration"), QStringLiteral("30d"), QStringLiteral("--show-key")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.errText()));
    const QStringList lines = shown.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString id = lines.at(0);
    QCOMPARE(lines.at(1), encodedOf(id));
    QVERIFY(shown.errText().contains(QLatin1String("It expires on")));
    const sandbox::CrossClusterApiKey* key = m_fixture->sandbox().leader().apiKeys().find(id);
    QVERIFY(key);
    QCOMPARE(key->replication, (QStringList{QStringLiteral("logs-*"), QStringLiteral("metrics-*")}));
    QVERIFY(key->expirationMs > 0);

    const auto json = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"),
                             QStringLiteral("dr2"), QStringLiteral("--replication"), QStringLiteral("logs-*"),
                             QStringLiteral("--search"), QStringLiteral("logs-*"), QStringLiteral("--show-key"),
                             QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = json.object();
    QCOMPARE(object.value(QLatin1String("command")).toString(), QStringLiteral("cross-cluster-key create"));
    QCOMPARE(object.value(QLatin1String("encoded")).toString(),
             encodedOf(object.value(QLatin1String("id")).toString()));
}

void CliCrossClusterKeyTest::createStoresKeyInKeychain()
{
    const auto created = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"),
                                QStringLiteral("dr"), QStringLiteral("--replication"), QStringLiteral("logs-*"),
                                QStringLiteral("--remote_cluster"), QStringLiteral("secure")});
    const QString id = created.outText().trimmed().section(QLatin1Char('\n'), 0, 0);
    const QString encoded = encodedOf(id);
    QVERIFY(!encoded.isEmpty());
    // Never in the output.
    QVERIFY(!created.outText().contains(encoded) && !created.errText().contains(encoded));
    if (created.exitCode != 0) {
        QVERIFY(created.errText().contains(QLatin1String("keychain could not keep it")));
        QVERIFY2(qEnvironmentVariable("DUPER_REQUIRE_KEYCHAIN") != u"1", "the keychain is required here");
        return;
    }
    QVERIFY(created.errText().contains(QLatin1String("cluster.remote.secure.credentials")));
    KeychainSecretStore store(QStringLiteral("dev.duper.Duper.cli-test"));
    SecretResult result;
    QEventLoop loop;
    store.read(CrossClusterKeySecret::ownerId(QStringLiteral("secure")), CrossClusterKeySecret::kind, &loop,
               [&](const SecretResult& r) {
                   result = r;
                   loop.quit();
               });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.secret, encoded);
    QEventLoop removed;
    store.remove(CrossClusterKeySecret::ownerId(QStringLiteral("secure")), CrossClusterKeySecret::kind, &removed,
                 [&](const SecretResult&) { removed.quit(); });
    QTimer::singleShot(10000, &removed, &QEventLoop::quit);
    removed.exec();
}

void CliCrossClusterKeyTest::listAndInvalidate()
{
    const auto created = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"),
                                QStringLiteral("dr"), QStringLiteral("--replication"), QStringLiteral("logs-*"),
                                QStringLiteral("--show-key")});
    QCOMPARE(created.exitCode, 0);
    const QString id = created.outText().section(QLatin1Char('\n'), 0, 0);

    const auto table = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.outText().split(QLatin1Char('\n')).at(1).simplified(),
             QStringLiteral("%1 dr active never logs-*").arg(id));
    QVERIFY(!table.outText().contains(encodedOf(id)));

    const auto invalidated =
        duper({QStringLiteral("cross-cluster-key"), QStringLiteral("invalidate"), QStringLiteral("--id"), id});
    QVERIFY2(invalidated.exitCode == 0, qPrintable(invalidated.errText()));
    QCOMPARE(invalidated.outText().trimmed(), QStringLiteral("Invalidated %1.").arg(id));
    const auto json = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.object()
                 .value(QLatin1String("cross_cluster_api_keys"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("state"))
                 .toString(),
             QStringLiteral("invalidated"));

    // Again: already invalidated is fine; an unknown id is not.
    QCOMPARE(
        duper({QStringLiteral("cross-cluster-key"), QStringLiteral("invalidate"), QStringLiteral("--id"), id}).exitCode,
        0);
    const auto unknown =
        duper({QStringLiteral("cross-cluster-key"), QStringLiteral("invalidate"), QStringLiteral("--id=nope")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.errText().contains(QLatin1String("no API key with id nope")));
}

void CliCrossClusterKeyTest::badInputIsRefusedBeforeAnyRequest()
{
    const qsizetype before = m_fixture->sandbox().leader().apiKeys().all().size();
    // Neither --show-key nor --remote_cluster: the key would be lost.
    auto result = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"),
                         QStringLiteral("k"), QStringLiteral("--replication"), QStringLiteral("logs-*")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.errText().contains(QLatin1String("--remote_cluster")));
    result = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"),
                    QStringLiteral("k"), QStringLiteral("--show-key")});
    QCOMPARE(result.exitCode, 2);
    result = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"),
                    QStringLiteral("k"), QStringLiteral("--replication"), QStringLiteral("logs-*"),
                    QStringLiteral("--expiration"), QStringLiteral("soon"), QStringLiteral("--show-key")});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(m_fixture->sandbox().leader().apiKeys().all().size(), before);
    QCOMPARE(m_fixture->run({QStringLiteral("cross-cluster-key")}).exitCode, 2);
    QCOMPARE(duper({QStringLiteral("cross-cluster-key"), QStringLiteral("invalidate")}).exitCode, 2);
    // Unreachable leader: exit 3.
    result = m_fixture->run({QStringLiteral("cross-cluster-key"), QStringLiteral("list"),
                             QStringLiteral("--leader_url"), CliSandboxFixture::closedUrl()});
    QCOMPARE(result.exitCode, 3);
    const auto help =
        m_fixture->run({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.outText().contains(QLatin1String("--show-key")));
}

void CliCrossClusterKeyTest::keyEnforcedOnFollow()
{
    sandbox::Sandbox& sandbox = m_fixture->sandbox();
    sandbox.createLeaderIndex(QStringLiteral("logs-1"));
    sandbox.createLeaderIndex(QStringLiteral("private-1"));
    const auto created = duper({QStringLiteral("cross-cluster-key"), QStringLiteral("create"), QStringLiteral("-n"),
                                QStringLiteral("dr"), QStringLiteral("--replication"), QStringLiteral("logs-*"),
                                QStringLiteral("--show-key")});
    QCOMPARE(created.exitCode, 0);
    const QString encoded = created.outText().section(QLatin1Char('\n'), 1, 1);
    sandbox.follower().settings().setPersistent(QStringLiteral("cluster.remote.secure.mode"), QStringLiteral("proxy"));
    sandbox.follower().settings().setPersistent(QStringLiteral("cluster.remote.secure.proxy_address"),
                                                sandbox.leader().remoteClusterServerAddress());
    sandbox.follower().keystore().store(QStringLiteral("cluster.remote.secure.credentials"), encoded);
    sandbox.follower().keystore().reload();

    const auto allowed = m_fixture->run({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("logs-1-copy"),
                                         QStringLiteral("-l"), QStringLiteral("logs-1"),
                                         QStringLiteral("--remote_cluster"), QStringLiteral("secure")});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.errText()));
    const auto denied = m_fixture->run({QStringLiteral("follow"), QStringLiteral("-f"), QStringLiteral("private-copy"),
                                        QStringLiteral("-l"), QStringLiteral("private-1"),
                                        QStringLiteral("--remote_cluster"), QStringLiteral("secure")});
    QCOMPARE(denied.exitCode, 4); // a 403
    QVERIFY(denied.errText().contains(QLatin1String("unauthorized")));
}

QTEST_GUILESS_MAIN(CliCrossClusterKeyTest)
#include "tst_cli_crossclusterkey.moc"
