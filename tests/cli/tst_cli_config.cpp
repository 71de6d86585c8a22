// Saved connections through the `duper` executable: add-cluster / config / delete-cluster / set-*-cluster /
// config import, commands picking a connection with -c or the defaults, and test-connection. Every run gets its own
// XDG_CONFIG_HOME and HOME (a temporary folder) and a test keychain service, so nothing touches the user's settings
// or keychain entries. Secrets never show in any output nor in the settings file.
#include "CliSandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace duper::test;

class CliConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addListDelete();
    void badInputIsUsageError();
    void setDefaults();
    void secretComesFromStdinAndIsNeverPrinted();
    void commandsUseConnections();
    void leaderConnectionForOpenClose();
    void testConnection();
    void savedSecretAuthenticates();
    void importDuperrc();
    void importOldShapesAndErrors();

private:
    CliRunner cli() const { return m_fixture.cli(); }
    QString settingsText() const { return m_fixture.settingsText(); }
    QJsonArray connections() const;

    CliSandboxFixture m_fixture;
};

void CliConfigTest::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    m_fixture.sandbox().createLeaderIndex(QStringLiteral("orders"));
}

void CliConfigTest::init()
{
    QVERIFY(m_fixture.resetHome());
}

QJsonArray CliConfigTest::connections() const
{
    const auto result = cli().run({QStringLiteral("config"), QStringLiteral("--json")});
    return result.json().array();
}

void CliConfigTest::addListDelete()
{
    const auto empty = cli().run({QStringLiteral("config")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.outText().contains(QLatin1String("No saved connections")));

    const auto added = cli().run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("us"),
                                  QStringLiteral("-u"), QStringLiteral("http://localhost:9200")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
    const auto viaConfig =
        cli().run({QStringLiteral("config"), QStringLiteral("add-cluster"), QStringLiteral("--name=japan"),
                   QStringLiteral("--url"), QStringLiteral("http://localhost:8200"), QStringLiteral("-r"),
                   QStringLiteral("follower"), QStringLiteral("--insecure")});
    QVERIFY2(viaConfig.exitCode == 0, qPrintable(viaConfig.errText()));

    const auto table = cli().run({QStringLiteral("config"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.outText().startsWith(QLatin1String("NAME")));
    QVERIFY(table.outText().contains(QLatin1String("http://localhost:8200")));
    const QJsonArray list = connections();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)[QLatin1String("name")].toString(), QStringLiteral("japan"));
    QCOMPARE(list.at(0)[QLatin1String("default")].toString(), QStringLiteral("follower"));
    QCOMPARE(list.at(0)[QLatin1String("verify_tls")].toBool(), false);
    QCOMPARE(list.at(1)[QLatin1String("auth")].toString(), QStringLiteral("none"));

    const auto duplicate = cli().run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("US"),
                                      QStringLiteral("-u"), QStringLiteral("http://other:9200")});
    QCOMPARE(duplicate.exitCode, 2);
    const auto replaced =
        cli().run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("us"), QStringLiteral("-u"),
                   QStringLiteral("http://other:9200"), QStringLiteral("--overwrite")});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.errText()));
    QCOMPARE(connections().at(1)[QLatin1String("urls")].toArray().at(0).toString(),
             QStringLiteral("http://other:9200"));

    const auto deleted = cli().run(
        {QStringLiteral("config"), QStringLiteral("delete-cluster"), QStringLiteral("-n"), QStringLiteral("us")});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.errText()));
    QCOMPARE(connections().size(), 1);
    QCOMPARE(cli().run({QStringLiteral("delete-cluster"), QStringLiteral("-n"), QStringLiteral("us")}).exitCode, 2);
}

void CliConfigTest::badInputIsUsageError()
{
    const QString add = QStringLiteral("add-cluster");
    QCOMPARE(cli().run({add, QStringLiteral("-u"), QStringLiteral("http://x:9200")}).exitCode, 2); // no name
    QCOMPARE(cli().run({add, QStringLiteral("-n"), QStringLiteral("a")}).exitCode, 2);             // no URL
    QCOMPARE(cli()
                 .run({add, QStringLiteral("-n"), QStringLiteral("a"), QStringLiteral("-u"), QStringLiteral("http://x"),
                       QStringLiteral("-r"), QStringLiteral("boss")})
                 .exitCode,
             2);
    QCOMPARE(cli()
                 .run({add, QStringLiteral("-n"), QStringLiteral("a"), QStringLiteral("-u"), QStringLiteral("http://x"),
                       QStringLiteral("--sslCa"), QStringLiteral("/no/such/ca.pem")})
                 .exitCode,
             2);
    // No flag takes a secret.
    QCOMPARE(cli()
                 .run({add, QStringLiteral("-n"), QStringLiteral("a"), QStringLiteral("-u"), QStringLiteral("http://x"),
                       QStringLiteral("--password"), QStringLiteral("pw")})
                 .exitCode,
             2);
    // --username without a secret on stdin (not a terminal).
    const auto noSecret =
        cli().run({add, QStringLiteral("-n"), QStringLiteral("a"), QStringLiteral("-u"), QStringLiteral("http://x"),
                   QStringLiteral("--username"), QStringLiteral("elastic")});
    QCOMPARE(noSecret.exitCode, 2);
    QVERIFY(connections().isEmpty());
    QCOMPARE(cli().run({QStringLiteral("config"), QStringLiteral("bogus")}).exitCode, 2);
    QCOMPARE(cli().run({QStringLiteral("set-leader-cluster"), QStringLiteral("-n"), QStringLiteral("none")}).exitCode,
             2);
}

void CliConfigTest::setDefaults()
{
    for (const QString& name : {QStringLiteral("one"), QStringLiteral("two")})
        QCOMPARE(cli()
                     .run({QStringLiteral("add-cluster"), QStringLiteral("-n"), name, QStringLiteral("-u"),
                           QStringLiteral("http://%1:9200").arg(name)})
                     .exitCode,
                 0);
    QCOMPARE(cli().run({QStringLiteral("set-leader-cluster"), QStringLiteral("-n"), QStringLiteral("one")}).exitCode,
             0);
    QCOMPARE(cli()
                 .run({QStringLiteral("config"), QStringLiteral("set-follower-cluster"), QStringLiteral("-n"),
                       QStringLiteral("two")})
                 .exitCode,
             0);
    const QJsonArray list = connections();
    QCOMPARE(list.at(0)[QLatin1String("default")].toString(), QStringLiteral("leader"));
    QCOMPARE(list.at(1)[QLatin1String("default")].toString(), QStringLiteral("follower"));
}

void CliConfigTest::secretComesFromStdinAndIsNeverPrinted()
{
    const QByteArray secret = "pipe-s3cret-pw";
    CliRunner runner = cli();
    runner.setInput(secret + "\nignored-second-line\n");
    const auto added =
        runner.run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("secure"), QStringLiteral("-u"),
                    QStringLiteral("https://secure:9200"), QStringLiteral("--username"), QStringLiteral("elastic")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
    QVERIFY(!added.out.contains(secret) && !added.err.contains(secret));
    const bool inKeychain = added.outText().contains(QLatin1String("keychain"));
    if (!inKeychain) {
        // Said in plain words, and the connection asks each time instead.
        QVERIFY(added.errText().contains(QLatin1String("keychain is not available")));
        QVERIFY2(qEnvironmentVariable("DUPER_REQUIRE_KEYCHAIN") != u"1", "the keychain is required here");
    }
    const auto table = cli().run({QStringLiteral("config")});
    const auto json = cli().run({QStringLiteral("config"), QStringLiteral("--json")});
    for (const auto& result : {table, json})
        QVERIFY(!result.out.contains(secret) && !result.err.contains(secret));
    QVERIFY(json.outText().contains(QLatin1String("\"basic\"")));
    QVERIFY(!settingsText().isEmpty());
    QVERIFY(!settingsText().contains(QString::fromLatin1(secret)));
    QCOMPARE(connections().at(0)[QLatin1String("ask_secret_every_time")].toBool(), !inKeychain);
    // Deleting removes the keychain entry too.
    QCOMPARE(cli().run({QStringLiteral("delete-cluster"), QStringLiteral("-n"), QStringLiteral("secure")}).exitCode, 0);
}

void CliConfigTest::commandsUseConnections()
{
    const QString url = m_fixture.url();
    QCOMPARE(cli()
                 .run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("sandbox"),
                       QStringLiteral("-u"), url, QStringLiteral("-r"), QStringLiteral("follower")})
                 .exitCode,
             0);
    QCOMPARE(cli()
                 .run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("nowhere"),
                       QStringLiteral("-u"), QStringLiteral("http://127.0.0.1:1")})
                 .exitCode,
             0);
    // The default follower connection, then -c.
    const auto info = cli().run({QStringLiteral("info"), QStringLiteral("--json")});
    QVERIFY2(info.exitCode == 0, qPrintable(info.errText()));
    const auto named = cli().run({QStringLiteral("-c"), QStringLiteral("sandbox"), QStringLiteral("stats")});
    QVERIFY2(named.exitCode == 0, qPrintable(named.errText()));
    QCOMPARE(cli().run({QStringLiteral("info"), QStringLiteral("--connection=nowhere")}).exitCode, 3);
    QCOMPARE(cli().run({QStringLiteral("info"), QStringLiteral("-c"), QStringLiteral("missing")}).exitCode, 2);
    QCOMPARE(cli()
                 .run({QStringLiteral("info"), QStringLiteral("-c"), QStringLiteral("sandbox"), QStringLiteral("--url"),
                       url})
                 .exitCode,
             2);
    // --url still wins over the saved default.
    QCOMPARE(
        cli().run({QStringLiteral("info"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")}).exitCode, 3);
}

void CliConfigTest::leaderConnectionForOpenClose()
{
    const QString leaderUrl = m_fixture.leaderUrl();
    QCOMPARE(cli()
                 .run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("leader"),
                       QStringLiteral("-u"), leaderUrl, QStringLiteral("-r"), QStringLiteral("leader")})
                 .exitCode,
             0);
    QCOMPARE(cli()
                 .run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("follower"),
                       QStringLiteral("-u"), m_fixture.url(), QStringLiteral("-r"), QStringLiteral("follower")})
                 .exitCode,
             0);
    const auto closed = cli().run({QStringLiteral("close"), QStringLiteral("-l"), QStringLiteral("orders")});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.errText()));
    // -c names the leader's connection for open -l.
    const auto opened = cli().run({QStringLiteral("open"), QStringLiteral("-l"), QStringLiteral("orders"),
                                   QStringLiteral("-c"), QStringLiteral("leader")});
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.errText()));
    // forget no longer needs --leader_url once a leader connection is set (it then fails on the missing follower).
    const auto forget = cli().run({QStringLiteral("forget"), QStringLiteral("-f"), QStringLiteral("nothing-here"),
                                   QStringLiteral("-l"), QStringLiteral("orders")});
    QVERIFY(forget.exitCode != 2);
}

void CliConfigTest::testConnection()
{
    QCOMPARE(cli()
                 .run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("sandbox"),
                       QStringLiteral("-u"), m_fixture.url()})
                 .exitCode,
             0);
    const auto result = cli().run({QStringLiteral("test-connection"), QStringLiteral("-c"), QStringLiteral("sandbox")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.outText() + result.errText()));
    QCOMPARE(result.outText().trimmed().split(QLatin1Char('\n')).size(), 5);
    const auto json = cli().run(
        {QStringLiteral("test-connection"), QStringLiteral("-c"), QStringLiteral("sandbox"), QStringLiteral("--json")});
    QCOMPARE(json.object()[QLatin1String("checks")].toArray().size(), 4);
    const auto down =
        cli().run({QStringLiteral("test-connection"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")});
    QCOMPARE(down.exitCode, 3);
}

void CliConfigTest::savedSecretAuthenticates()
{
    auto options = CliSandboxFixture::defaultOptions();
    options.users = {{QStringLiteral("elastic"), QStringLiteral("keychain-pw")}};
    duper::sandbox::Sandbox secured(options);
    QString error;
    QVERIFY2(secured.start(&error), qPrintable(error));
    CliRunner adder = cli();
    adder.setInput("keychain-pw\n");
    const auto added =
        adder.run({QStringLiteral("add-cluster"), QStringLiteral("-n"), QStringLiteral("secured"), QStringLiteral("-u"),
                   secured.followerUrl().toString(), QStringLiteral("--username"), QStringLiteral("elastic")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.errText()));
    const auto info = cli().run({QStringLiteral("-c"), QStringLiteral("secured"), QStringLiteral("info")});
    if (added.outText().contains(QLatin1String("keychain"))) {
        QVERIFY2(info.exitCode == 0, qPrintable(info.errText()));
    } else {
        // No keychain: the password is asked for this run only (here from DUPER_PASSWORD, as stdin is no terminal).
        QCOMPARE(info.exitCode, 2);
        CliRunner withPassword = cli();
        withPassword.setEnvironment(QStringLiteral("DUPER_PASSWORD"), QStringLiteral("keychain-pw"));
        const auto retried =
            withPassword.run({QStringLiteral("-c"), QStringLiteral("secured"), QStringLiteral("info")});
        QVERIFY2(retried.exitCode == 0, qPrintable(retried.errText()));
    }
    QVERIFY(!info.out.contains("keychain-pw") && !info.err.contains("keychain-pw"));
    // Reachable but refusing anonymous requests: an authentication failure (4), not "unreachable" (3).
    const auto anonymous =
        cli().run({QStringLiteral("test-connection"), QStringLiteral("--url"), secured.followerUrl().toString()});
    QCOMPARE(anonymous.exitCode, 4);
    QCOMPARE(cli().run({QStringLiteral("delete-cluster"), QStringLiteral("-n"), QStringLiteral("secured")}).exitCode,
             0);
}

void CliConfigTest::importDuperrc()
{
    const QString ca = m_fixture.homePath(QStringLiteral("ca.pem"));
    QFile caFile(ca);
    QVERIFY(caFile.open(QIODevice::WriteOnly));
    caFile.close();
    const QByteArray yaml = "clusters:\n"
                            "  - name: us-cluster\n"
                            "    options:\n"
                            "      node:\n"
                            "        url: http://localhost:9200\n"
                            "      auth:\n"
                            "        username: elastic\n"
                            "        password: 'plain # text-pw'\n"
                            "  - name: japan-cluster   # the follower\n"
                            "    options:\n"
                            "      node:\n"
                            "        url: \"http://localhost:8200\"\n"
                            "      auth:\n"
                            "        apiKey: plainApiKey==\n"
                            "  - name: tls\n"
                            "    options:\n"
                            "      node:\n"
                            "        url: https://secure:9200\n"
                            "        ssl:\n"
                            "          ca:\n"
                            "            - " +
                            ca.toUtf8() +
                            "\n"
                            "leaderCluster: us-cluster\n"
                            "followerCluster: japan-cluster\n";
    const QString path = m_fixture.homePath(QStringLiteral(".duperrc.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml);
    file.close();

    const auto result = cli().run({QStringLiteral("config"), QStringLiteral("import")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(result.outText().contains(QLatin1String("Imported 3")));
    QVERIFY(result.errText().contains(QLatin1String("Delete")));
    for (const QByteArray& secret : {QByteArray("plain # text-pw"), QByteArray("plainApiKey==")}) {
        QVERIFY(!result.out.contains(secret) && !result.err.contains(secret));
        QVERIFY(!settingsText().contains(QString::fromLatin1(secret)));
    }
    QVERIFY(QFile::exists(path)); // left for the user to delete
    const QJsonArray list = connections();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0)[QLatin1String("name")].toString(), QStringLiteral("japan-cluster"));
    QCOMPARE(list.at(0)[QLatin1String("auth")].toString(), QStringLiteral("api-key"));
    QCOMPARE(list.at(0)[QLatin1String("default")].toString(), QStringLiteral("follower"));
    QCOMPARE(list.at(1)[QLatin1String("name")].toString(), QStringLiteral("tls"));
    QCOMPARE(list.at(1)[QLatin1String("ca_certificate")].toString(), ca);
    QCOMPARE(list.at(2)[QLatin1String("username")].toString(), QStringLiteral("elastic"));
    QCOMPARE(list.at(2)[QLatin1String("default")].toString(), QStringLiteral("leader"));

    // Importing again keeps what is there.
    const auto again = cli().run({QStringLiteral("config"), QStringLiteral("import"), QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.object()[QLatin1String("imported")].toArray().size(), 0);
    QCOMPARE(connections().size(), 3);
    for (const QString& name : {QStringLiteral("us-cluster"), QStringLiteral("japan-cluster")})
        QCOMPARE(cli().run({QStringLiteral("delete-cluster"), QStringLiteral("-n"), name}).exitCode, 0);
}

void CliConfigTest::importOldShapesAndErrors()
{
    const QString path = m_fixture.homePath(QStringLiteral("old.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\nclusters:\n- url: http://localhost:9200\n  name: us-cluster\n- {}\ncurrent: us-cluster\n");
    file.close();
    const auto result = cli().run({QStringLiteral("config"), QStringLiteral("import"), QStringLiteral("--file"), path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(result.outText().contains(QLatin1String("skipped")));
    QCOMPARE(connections().at(0)[QLatin1String("default")].toString(), QStringLiteral("follower"));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("clusters:\n  - name: a\n     url: bad-indent\n");
    file.close();
    QCOMPARE(cli().run({QStringLiteral("config"), QStringLiteral("import"), QStringLiteral("-i"), path}).exitCode, 2);
    QCOMPARE(cli().run({QStringLiteral("config"), QStringLiteral("import")}).exitCode, 2); // no ~/.duperrc.yml
}

QTEST_GUILESS_MAIN(CliConfigTest)
#include "tst_cli_config.moc"
