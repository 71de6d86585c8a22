// `duper connect --api-key-from` against the in-process sandbox: the whole set-up with exit 0 and its JSON steps, the
// key never printed, the manual keystore path stopping with exit 1 and the command per node, bad input exit 2.
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper;
using namespace duper::test;

class CliConnectTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setsUpOnTheSandbox();
    void manualKeystoreStopsWithTheCommands();
    void badInputIsRefused();

private:
    CliRunner::Result connect(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("connect"));
        arguments << QStringLiteral("--remote_cluster") << QStringLiteral("secure") << QStringLiteral("--api-key-from")
                  << m_fixture->leaderUrl() << QStringLiteral("--new-key");
        return m_fixture->run(arguments);
    }

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliConnectTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
}

void CliConnectTest::cleanup()
{
    m_fixture.reset();
}

void CliConnectTest::setsUpOnTheSandbox()
{
    const auto result = connect({QStringLiteral("--replication"), QStringLiteral("logs-*"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonObject object = result.object();
    QCOMPARE(object.value(QLatin1String("succeeded")).toBool(), true);
    QCOMPARE(object.value(QLatin1String("credential")).toString(), QStringLiteral("emulator"));
    QCOMPARE(object.value(QLatin1String("proxy_address")).toString(),
             m_fixture->sandbox().leader().remoteClusterServerAddress());
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 6);
    for (const QJsonValue& step : steps)
        QCOMPARE(step.toObject().value(QLatin1String("state")).toString(), QStringLiteral("done"));
    const QString encoded = m_fixture->sandbox().leader().apiKeys().all().value(0).encoded();
    QVERIFY(!encoded.isEmpty());
    QVERIFY(!result.outText().contains(encoded) && !result.errText().contains(encoded));
}

void CliConnectTest::manualKeystoreStopsWithTheCommands()
{
    const auto result = connect({QStringLiteral("--replication"), QStringLiteral("logs-*"),
                                 QStringLiteral("--keystore"), QStringLiteral("manual"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject object = result.object();
    QCOMPARE(object.value(QLatin1String("steps")).toArray().at(2).toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("waiting"));
    QCOMPARE(object.value(QLatin1String("keystore_commands"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("command"))
                 .toString(),
             QStringLiteral("bin/elasticsearch-keystore add cluster.remote.secure.credentials"));
    QVERIFY(result.errText().contains(QLatin1String("--keystore-done")));
    const QString encoded = m_fixture->sandbox().leader().apiKeys().all().value(0).encoded();
    QVERIFY(!result.outText().contains(encoded) && !result.errText().contains(encoded));
}

void CliConnectTest::badInputIsRefused()
{
    QCOMPARE(connect({QStringLiteral("--replication"), QStringLiteral("logs-*"), QStringLiteral("--proxy_address"),
                      QStringLiteral("a:1"), QStringLiteral("--seeds"), QStringLiteral("b:2")})
                 .exitCode,
             2);
    QCOMPARE(connect({}).exitCode, 2); // no key and no --replication
    QCOMPARE(m_fixture->run({QStringLiteral("connect"), QStringLiteral("--replication"), QStringLiteral("x")}).exitCode,
             2); // needs --api-key-from
    QVERIFY(m_fixture->sandbox().leader().apiKeys().all().isEmpty());
}

QTEST_GUILESS_MAIN(CliConnectTest)
#include "tst_cli_connect.moc"
