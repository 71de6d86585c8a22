// Authentication through the `duper` executable: password from DUPER_PASSWORD, API key from DUPER_API_KEY, 401 and
// 403 map to exit code 4, and secrets never appear in the output.
#include "CliSandboxFixture.h"

#include <QTest>
#include <memory>

using namespace duper::test;

class CliAuthTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noCredentialsIsUnauthorized();
    void passwordFromEnvironment();
    void wrongPassword();
    void restrictedUserIsForbidden();
    void apiKeyFromEnvironment();
    void tlsFailureIsUnreachable();

private:
    QStringList at(QStringList arguments) const
    {
        return QStringList{QStringLiteral("--url"), m_fixture->url()} + arguments;
    }

    std::unique_ptr<CliSandboxFixture> m_fixture;
};

void CliAuthTest::initTestCase()
{
    auto options = CliSandboxFixture::defaultOptions();
    options.users = {{QStringLiteral("elastic"), QStringLiteral("s3cret-pw")}};
    options.restrictedUsers = {{QStringLiteral("viewer"), QStringLiteral("view-pw")}};
    options.apiKeys = {{QStringLiteral("key1"), QStringLiteral("k3y-secret")}};
    m_fixture = std::make_unique<CliSandboxFixture>(options);
    QVERIFY2(m_fixture->start(), qPrintable(m_fixture->errorString()));
    m_fixture->sandbox().createLeaderIndex(QStringLiteral("orders"));
}

void CliAuthTest::noCredentialsIsUnauthorized()
{
    const auto result = m_fixture->cli().run(at({QStringLiteral("info")}));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.errText().isEmpty());
}

void CliAuthTest::passwordFromEnvironment()
{
    CliRunner cli = m_fixture->cli();
    cli.setEnvironment(QStringLiteral("DUPER_PASSWORD"), QStringLiteral("s3cret-pw"));
    const auto result = cli.run(at({QStringLiteral("info"), QStringLiteral("--username"), QStringLiteral("elastic")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    QVERIFY(result.outText().startsWith(QLatin1String("FOLLOWER")));
    const auto follow =
        cli.run(at({QStringLiteral("--username=elastic"), QStringLiteral("follow"), QStringLiteral("-f"),
                    QStringLiteral("copy"), QStringLiteral("-l"), QStringLiteral("orders")}));
    QVERIFY2(follow.exitCode == 0, qPrintable(follow.errText()));
    QVERIFY(!follow.out.contains("s3cret") && !follow.err.contains("s3cret"));
}

void CliAuthTest::wrongPassword()
{
    CliRunner cli = m_fixture->cli();
    cli.setEnvironment(QStringLiteral("DUPER_PASSWORD"), QStringLiteral("wrong-pw"));
    const auto result = cli.run(at({QStringLiteral("stats"), QStringLiteral("--username"), QStringLiteral("elastic")}));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(!result.err.contains("wrong-pw"));
}

void CliAuthTest::restrictedUserIsForbidden()
{
    CliRunner cli = m_fixture->cli();
    cli.setEnvironment(QStringLiteral("DUPER_PASSWORD"), QStringLiteral("view-pw"));
    const auto result = cli.run(at({QStringLiteral("pause"), QStringLiteral("-f"), QStringLiteral("copy"),
                                    QStringLiteral("--username"), QStringLiteral("viewer")}));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(!result.err.contains("view-pw"));
}

void CliAuthTest::apiKeyFromEnvironment()
{
    CliRunner cli = m_fixture->cli();
    cli.setEnvironment(QStringLiteral("DUPER_API_KEY"), QString::fromLatin1(QByteArray("key1:k3y-secret").toBase64()));
    const auto result = cli.run(at({QStringLiteral("get-auto-follow"), QStringLiteral("--json")}));
    QVERIFY2(result.exitCode == 0, qPrintable(result.errText()));
    cli.setEnvironment(QStringLiteral("DUPER_API_KEY"), QString::fromLatin1(QByteArray("key1:nope").toBase64()));
    QCOMPARE(cli.run(at({QStringLiteral("info")})).exitCode, 4);
}

void CliAuthTest::tlsFailureIsUnreachable()
{
    // The sandbox speaks plain HTTP: a TLS handshake against it fails, which is "unreachable" (exit 3).
    QString https = m_fixture->url();
    https.replace(QLatin1String("http://"), QLatin1String("https://"));
    const auto result =
        m_fixture->cli().run({QStringLiteral("info"), QStringLiteral("--url"), https, QStringLiteral("--insecure")});
    // The message says why when it is not exit 3 (a sanitizer report in the child also changes the exit code).
    QVERIFY2(result.exitCode == 3,
             qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.errText())));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(CliAuthTest)
#include "tst_cli_auth.moc"
