// `duper remotes` against the in-process sandbox: the default certificate remote and a remote secured with a
// cross-cluster API key, with the security model in the table and in JSON (credentials_present for API-key remotes).
#include "ApiKeyRemote.h"
#include "CliSandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <memory>

using namespace duper;
using namespace duper::test;

class CliRemotesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableShowsSecurityModel();
    void jsonShowsSecurityModel();
    void unreachableClusterFails();

private:
    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliRemotesTest::init()
{
    m_fixture = std::make_unique<CliSandboxFixture>();
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    addApiKeyRemote(m_fixture->sandbox(), QStringLiteral("secure"));
    addApiKeyRemote(m_fixture->sandbox(), QStringLiteral("wrongkey"), false);
}

void CliRemotesTest::cleanup()
{
    m_fixture.reset();
}

void CliRemotesTest::tableShowsSecurityModel()
{
    const auto result = m_fixture->run({QStringLiteral("remotes")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QStringList lines = result.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).contains(QLatin1String("SECURITY")));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("leader ")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QLatin1String(" certificate ")));
    QVERIFY(lines.at(1).contains(QLatin1String(" connected ")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("secure ")));
    QVERIFY(lines.at(2).contains(QLatin1String(" API key ")));
    QVERIFY(lines.at(2).contains(m_fixture->sandbox().leader().remoteClusterServerAddress()));
    QVERIFY(lines.at(3).startsWith(QLatin1String("wrongkey ")));
    QVERIFY(lines.at(3).contains(QLatin1String("not connected")));
    QVERIFY(lines.at(3).contains(QLatin1String(" API key ")));
}

void CliRemotesTest::jsonShowsSecurityModel()
{
    const auto result = m_fixture->run({QStringLiteral("remotes"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    const QJsonArray remotes = result.object().value(QLatin1String("remote_clusters")).toArray();
    QCOMPARE(remotes.size(), 3);
    const QJsonObject leader = remotes.at(0).toObject();
    QCOMPARE(leader.value(QLatin1String("name")).toString(), QStringLiteral("leader"));
    QCOMPARE(leader.value(QLatin1String("security")).toString(), QStringLiteral("certificate"));
    QVERIFY(!leader.contains(QLatin1String("credentials_present")));
    QVERIFY(leader.value(QLatin1String("connected")).toBool());
    const QJsonObject secure = remotes.at(1).toObject();
    QCOMPARE(secure.value(QLatin1String("name")).toString(), QStringLiteral("secure"));
    QCOMPARE(secure.value(QLatin1String("security")).toString(), QStringLiteral("api_key"));
    QCOMPARE(secure.value(QLatin1String("credentials_present")).toBool(false), true);
    QCOMPARE(secure.value(QLatin1String("mode")).toString(), QStringLiteral("proxy"));
    QCOMPARE(secure.value(QLatin1String("proxy_address")).toString(),
             m_fixture->sandbox().leader().remoteClusterServerAddress());
    QVERIFY(secure.value(QLatin1String("connected")).toBool());
    const QJsonObject wrongKey = remotes.at(2).toObject();
    QCOMPARE(wrongKey.value(QLatin1String("security")).toString(), QStringLiteral("api_key"));
    QCOMPARE(wrongKey.value(QLatin1String("connected")).toBool(true), false);
    // The credential itself never leaves the cluster, not even redacted.
    QVERIFY(!result.outText().contains(QLatin1String("es_redacted")));
}

void CliRemotesTest::unreachableClusterFails()
{
    const auto result =
        m_fixture->cli().run({QStringLiteral("remotes"), QStringLiteral("--url"), CliSandboxFixture::closedUrl()});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.errText().contains(QLatin1String("could not list the remote clusters")),
             qPrintable(result.errText()));
}

QTEST_MAIN(CliRemotesTest)
#include "tst_cli_remotes.moc"
